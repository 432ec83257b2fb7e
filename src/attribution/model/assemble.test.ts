import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline.js';
import { assemble } from './assemble.js';
import { sequences } from './features.js';
import { beginOf, type Role, type TaggedSpan } from './labels.js';

/** Assembles a made-up text whose tagged phrases are given, returning each relation's cue, source and content text. */
function assembled(text: string, tags: [Role, string][]): { cue: string; source: string; content: string }[] {
  const doc = analyze(text);
  const labels = new Uint8Array(doc.tokens.length);
  for (const [role, phrase] of tags) {
    const start = text.indexOf(phrase);
    const end = start + phrase.length;
    let first = true;
    doc.tokens.forEach((t, i) => {
      if (t.start < start || t.end > end) return;
      labels[i] = first ? beginOf(role) : beginOf(role) + 1;
      first = false;
    });
  }
  const words = (spans: TaggedSpan[]) =>
    spans.map((s) => text.slice(doc.tokens[s.first]?.start, doc.tokens[s.last - 1]?.end)).join(' ');
  return assemble(doc, sequences(doc), labels).map((d) => ({
    cue: words([d.cue]),
    source: words(d.source),
    content: words(d.content),
  }));
}

function sourcesOf(text: string, tags: [Role, string][]): string[] {
  return assembled(text, tags).map((d) => d.source);
}

describe('assemble: the one spoken to is not the source', () => {
  it('prefers the speaker over the outlet after "in a statement to"', () => {
    const text = 'The mayor, Ann Ruiz, in a statement to Reuters denied the report.';
    const got = sourcesOf(text, [
      ['source', 'The mayor, Ann Ruiz'],
      ['source', 'Reuters'],
      ['cue', 'denied'],
      ['content', 'the report'],
    ]);
    expect(got).toEqual(['The mayor, Ann Ruiz']);
  });

  it('prefers the speaker over the object of "told"', () => {
    const text = 'A senior aide, speaking on Monday, told Politico the vote would be delayed.';
    const got = sourcesOf(text, [
      ['source', 'A senior aide'],
      ['cue', 'told'],
      ['source', 'Politico'],
      ['content', 'the vote would be delayed'],
    ]);
    expect(got).toEqual(['A senior aide']);
  });

  it('keeps a source after "according to" and a lone recipient-looking source', () => {
    const lone = 'In an interview with the governor, nothing was decided, officials said.';
    expect(
      sourcesOf('The plan failed, according to Reuters.', [
        ['content', 'The plan failed'],
        ['cue', 'according to'],
        ['source', 'Reuters'],
      ]),
    ).toEqual(['Reuters']);
    expect(
      sourcesOf(lone, [
        ['source', 'the governor'],
        ['content', 'nothing was decided'],
        ['cue', 'said'],
      ]),
    ).toEqual(['the governor']);
  });
});

describe('assemble: a reporting clause left without content', () => {
  it('takes what precedes the comma of a closing "..., sources said."', () => {
    const text = 'The protocol called for her to be taken to a trauma center, sources said.';
    const got = assembled(text, [
      ['cue', 'called for'],
      ['content', 'her to be taken to a trauma center'],
      ['source', 'sources'],
      ['cue', 'said'],
    ]);
    expect(got).toContainEqual({
      cue: 'said',
      source: 'sources',
      content: 'The protocol called for her to be taken to a trauma center',
    });
  });

  it('takes what follows an opening "According to X,"', () => {
    const text = 'According to police, officers saw the man get out of a car.';
    const got = assembled(text, [
      ['cue', 'According to'],
      ['source', 'police'],
      ['cue', 'saw'],
      ['content', 'the man get out of a car'],
    ]);
    expect(got).toContainEqual({
      cue: 'According to',
      source: 'police',
      content: 'officers saw the man get out of a car',
    });
  });

  it('leaves an opening phrase without a verb and an "X did, ..." adjunct alone', () => {
    const phrase = assembled('But in July 2012, the mine failed.', [
      ['source', 'the mine'],
      ['cue', 'failed'],
    ]);
    expect(phrase).toEqual([]);
    const adjunct = assembled('Trump backed off, dialing back plans to cut taxes.', [
      ['source', 'Trump'],
      ['cue', 'backed off'],
    ]);
    expect(adjunct).toEqual([]);
  });
});
