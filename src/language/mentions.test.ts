import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../clean/classify.js';
import { segment } from '../clean/segment.js';
import { createDocument, type Document, type MentionType } from '../model/document.js';
import { findMentions } from './mentions.js';
import { tokenize } from './tokens.js';

function mentions(text: string): Document {
  const doc = createDocument(text);
  for (const stage of [segment, classify, tokenize, findMentions]) stage(doc);
  return doc;
}

/** The set of types given to each distinct mention text. */
function typesOf(doc: Document): Map<string, Set<MentionType>> {
  const out = new Map<string, Set<MentionType>>();
  for (const m of doc.mentions) out.set(m.text, (out.get(m.text) ?? new Set()).add(m.type));
  return out;
}

describe('findMentions on the seed article', () => {
  const doc = mentions(readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8'));
  const types = typesOf(doc);

  it('types the people, outlets, places, organisation and document a reader sees', () => {
    const want: [string, MentionType][] = [
      ['Alex Holder', 'person'],
      ['Liz Harrington', 'person'],
      ['Vladimir Putin', 'person'],
      ['Donald Trump', 'person'],
      ['Robert Mueller', 'person'],
      ['Holder', 'person'],
      ['Trump', 'person'],
      ['Politico', 'outlet'],
      ['Business Insider', 'outlet'],
      ['Insider', 'outlet'],
      ['Russia', 'place'],
      ['Ukraine', 'place'],
      ['Moscow', 'place'],
      ['New Hampshire', 'place'],
      ['Maine', 'place'],
      ['the House committee', 'organization'],
      ['a US intelligence report', 'document'],
      ['a British filmmaker', 'person'],
      ['the chief of staff', 'person'],
      ['the outlet', 'outlet'],
      ['Russian state media reports', 'outlet'],
    ];
    const missing = want.filter(([text, type]) => !types.get(text)?.has(type));
    // "Business Insider" is named only by the excluded footer, so it must not be found.
    expect(missing).toEqual([['Business Insider', 'outlet']]);
  });

  it('gives each name one type', () => {
    for (const [text, set] of types)
      expect({ text, types: [...set] }).toEqual({ text, types: [[...set][0]] });
  });

  it('finds nothing in the excluded widget and footer blocks', () => {
    const excluded = doc.blocks.filter((b) => b.excluded);
    for (const m of doc.mentions)
      expect(excluded.some((b) => m.start < b.end && b.start < m.end)).toBe(false);
  });

  it('keeps spans verbatim, in text order, never crossing', () => {
    const bad = doc.mentions.filter(
      (m, i) =>
        doc.text.slice(m.start, m.end) !== m.text ||
        !m.why.rule.startsWith('mentions/') ||
        (doc.mentions[i - 1]?.start ?? 0) > m.start ||
        doc.mentions.some((o) => o.start < m.start && m.start < o.end && o.end < m.end),
    );
    expect(doc.mentions.length).toBeGreaterThan(80);
    expect(bad).toEqual([]);
  });

  it('does not take a verb for a document ("Politico reports.", "recording Trump")', () => {
    expect(types.has('Politico reports')).toBe(false);
    expect([...types.keys()].some((t) => t.includes('recording'))).toBe(false);
  });
});

describe('findMentions on news sentences', () => {
  it('uses titles, cue words, acronyms and role nouns', () => {
    const types = typesOf(
      mentions(
        'Headline\n\nSen. Ted Cruz and Iowa Gov. Terry Branstad met officials of the Department of Justice and the FBI, ' +
          'Green Party candidate Jill Stein was escorted off the premises of Hofstra University, and spokeswoman Melezia ' +
          'Figueroa told USA Today that the Commission on Presidential Debates had not replied.',
      ),
    );
    expect(types.get('Ted Cruz')).toEqual(new Set(['person']));
    expect(types.get('Terry Branstad')).toEqual(new Set(['person']));
    expect(types.get('Iowa')).toEqual(new Set(['place']));
    expect(types.get('Department of Justice')).toEqual(new Set(['organization']));
    expect(types.get('FBI')).toEqual(new Set(['organization']));
    expect(types.get('Green Party')).toEqual(new Set(['organization']));
    expect(types.get('Jill Stein')).toEqual(new Set(['person']));
    expect(types.get('Hofstra University')).toEqual(new Set(['organization']));
    expect(types.get('Melezia Figueroa')).toEqual(new Set(['person']));
    expect(types.get('USA Today')).toEqual(new Set(['outlet']));
    expect(types.get('Commission on Presidential Debates')).toEqual(new Set(['organization']));
  });

  it('resolves short forms from names found elsewhere in the text', () => {
    const types = typesOf(
      mentions(
        'Headline\n\nThe New York Times reported that Hillary Clinton met donors. Clinton said so, the Times added.',
      ),
    );
    expect(types.get('New York Times')).toEqual(new Set(['outlet']));
    expect(types.get('Times')).toEqual(new Set(['outlet']));
    expect(types.get('Clinton')).toEqual(new Set(['person']));
  });

  it('does not take sentence openings, days or slogans for names', () => {
    const doc = mentions(
      'Headline\n\nAccording to the tally, Meanwhile the vote was on Monday. It was Election Day. "Fake News," he said.',
    );
    expect(doc.mentions.filter((m) => m.type === 'person' || m.type === 'organization')).toEqual([]);
  });

  it('finds documents: records, filings and statements', () => {
    const types = typesOf(
      mentions(
        'Headline\n\nCourt filings and a statement from the agency show it, according to documents obtained by CNN.',
      ),
    );
    expect(types.get('Court filings')).toEqual(new Set(['document']));
    expect(types.get('a statement')).toEqual(new Set(['document']));
    expect(types.get('documents')).toEqual(new Set(['document']));
    expect(types.get('CNN')).toEqual(new Set(['outlet']));
  });
});

describe('findMentions on PolNeAR dev articles', () => {
  const DEV = new URL('../../../shared/data/polnear/dev/text/', import.meta.url);
  const read = (name: string) => mentions(readFileSync(new URL(`${name}.txt`, DEV), 'utf8'));

  it('types the people and places of a wire story', () => {
    const types = typesOf(read('breitbart_2016-09-26_green-party-candidate-jill-stein'));
    for (const name of ['Jill Stein', 'Melezia Figueroa'])
      expect(types.get(name)).toEqual(new Set(['person']));
    expect(types.get('Hofstra University')).toEqual(new Set(['organization']));
    expect(types.get('USA Today')).toEqual(new Set(['outlet']));
  });

  it('types the outlets and people of an interview write-up', () => {
    const types = typesOf(read('breitbart_2016-09-15_pat-caddell-democrat-voters-worr'));
    expect(types.get('Pat Caddell')).toEqual(new Set(['person']));
    expect(types.get('Caddell')).toEqual(new Set(['person']));
    expect(types.get('Alex Marlow')).toEqual(new Set(['person']));
  });
});
