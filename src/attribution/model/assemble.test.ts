import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline.js';
import { assemble } from './assemble.js';
import { sequences } from './features.js';
import { beginOf, type Role } from './labels.js';

/** Assembles a made-up text whose tagged phrases are given, returning each relation's source text. */
function sourcesOf(text: string, tags: [Role, string][]): string[] {
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
  return assemble(doc, sequences(doc), labels).map((d) =>
    d.source.map((s) => text.slice(doc.tokens[s.first]?.start, doc.tokens[s.last - 1]?.end)).join(' '),
  );
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
