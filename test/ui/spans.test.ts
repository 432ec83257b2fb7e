import { describe, expect, it } from 'vitest';
import { claimExtents, collectMarks, segment } from '../../web/src/spans.js';
import type { AnalyzedDocument } from '../../web/src/types.js';

// A nested quote, as PolNeAR annotates it: Holder's content holds the chief of staff's attribution.
const text =
  '"My memory is that the chief of staff said that the interview couldn\'t happen today," Holder told Politico.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const why = { by: 'rule' as const, rule: 'test', confidence: 1 };
const doc = {
  text,
  meta: {},
  blocks: [],
  sentences: [],
  tokens: [],
  mentions: [],
  dates: [],
  diagnostics: [],
  attributions: [
    {
      id: 'a1',
      source: [at('Holder')],
      cue: [at('told Politico')],
      content: [at('"My memory is that the chief of staff said that the interview couldn\'t happen today,"')],
      kind: 'direct',
      why,
    },
    {
      id: 'a2',
      source: [at('the chief of staff')],
      cue: [at('said')],
      content: [at("that the interview couldn't happen today")],
      kind: 'indirect',
      parent: 'a1',
      why,
    },
  ],
  provenance: {
    markers: [
      { id: 'm1', type: 'hedge', ...at('My memory is'), text: 'My memory is', attribution: 'a1', target: {} },
    ],
  },
} as unknown as AnalyzedDocument;

describe('segment', () => {
  const segs = segment({ start: 0, end: text.length }, collectMarks(doc), claimExtents(doc));

  it('cuts the text into contiguous pieces that cover it exactly', () => {
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBe(segs[i - 1]?.end);
  });

  it('gives nested text to the innermost claim and keeps the outer content mark', () => {
    const said = segs.find((s) => text.slice(s.start, s.end) === 'said');
    expect(said?.claim).toBe('a2');
    expect(said?.marks.map((m) => m.role).sort()).toEqual(['content', 'cue']);
    const told = segs.find((s) => text.slice(s.start, s.end) === 'told Politico');
    expect(told?.claim).toBe('a1');
  });

  it('marks hedges without making them a claim of their own', () => {
    const hedge = segs.find((s) => text.slice(s.start, s.end) === 'My memory is');
    expect(hedge?.marks.map((m) => m.role).sort()).toEqual(['content', 'hedge']);
    expect(hedge?.claim).toBe('a1');
  });
});
