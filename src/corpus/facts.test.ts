import { describe, expect, it } from 'vitest';
import { type Attribution, createDocument } from '../model/document.js';
import type { Claim, Entity, Provenance } from '../model/provenance.js';
import { articleFacts } from './facts.js';

const text =
  'Alex Holder told Politico the call was made. Holder said it was cancelled. ' +
  'Officials said the call was logged. The chief of staff said the president was busy. ' +
  'Mr. Trump reportedly denied it.';

function span(part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(part);
  return { start, end: start + part.length };
}

function attribution(id: string, source: string, cue: string, content: string, from = 0): Attribution {
  return {
    id,
    source: [span(source, from)],
    cue: [span(cue, text.indexOf(source, from))],
    content: [span(content, from)],
    kind: 'indirect',
    why: { by: 'model', rule: 'perceptron-1', confidence: 0.8 },
  };
}

const why = { by: 'rule', rule: 'test', confidence: 1 } as const;
const entity = (id: string, name: string, type: Entity['type']): Entity => ({
  id,
  name,
  type,
  roles: [],
  descriptions: [],
  mentions: [],
  why,
});

const claim = (id: string, sourceTypes: { named: number; unnamed: number; anonymous: number }) =>
  ({ id, kind: 'attribution', assessment: { sourceTypes } }) as unknown as Claim;

function doc() {
  const d = createDocument(text);
  d.attributions = [
    attribution('a1', 'Alex Holder', 'told', 'the call was made'),
    attribution('a2', 'Holder', 'said', 'it was cancelled', text.indexOf('Holder said')),
    attribution('a3', 'Officials', 'said', 'the call was logged'),
    attribution('a4', 'The chief of staff', 'said', 'the president was busy'),
    attribution('a5', 'Mr. Trump', 'denied', 'it'),
  ];
  return d;
}

describe('articleFacts', () => {
  it('without provenance, names speakers from the source text and resolves surnames in the article', () => {
    const facts = articleFacts(doc());
    expect(facts.attributions.map((a) => [a.speaker?.key ?? null, a.anonymous])).toEqual([
      ['alex holder', false],
      ['alex holder', false],
      [null, true],
      [null, false],
      ['trump', false],
    ]);
    expect(facts.attributions[1]).toMatchObject({
      source: 'Holder',
      cue: 'said',
      content: 'it was cancelled',
      confidence: 0.8,
    });
    expect(facts.layers).toEqual({ attributions: 'perceptron-1' });
    expect(facts.markers).toEqual([]);
  });

  it('with provenance, takes speakers, types and anonymity from the resolved entities', () => {
    const d = doc();
    const provenance: Partial<Provenance> = {
      entities: [
        entity('e1', 'Alex Holder', 'named-person'),
        entity('e2', 'officials', 'anonymous'),
        entity('e3', 'the chief of staff', 'role-person'),
        entity('e4', 'Donald Trump', 'named-person'),
      ],
      sourceOf: { a1: 'e1', a2: 'e1', a3: 'e2', a4: 'e3', a5: 'e4' },
      markers: [
        {
          id: 'm1',
          type: 'hedge',
          text: 'reportedly',
          rule: 'hedge/reportedly',
          attribution: 'a5',
          place: 'cue',
          target: { claim: 'a5' },
          why,
          ...span('reportedly'),
        },
      ],
    };
    d.provenance = provenance as Provenance;
    const facts = articleFacts(d);
    expect(
      facts.attributions.map((a) => [a.speaker && `${a.speaker.key}/${a.speaker.type}`, a.anonymous]),
    ).toEqual([
      ['alex holder/person', false],
      ['alex holder/person', false],
      [null, true],
      [null, false],
      ['donald trump/person', false],
    ]);
    expect(facts.markers).toEqual([
      {
        localId: 'm1',
        type: 'hedge',
        text: 'reportedly',
        rule: 'hedge/reportedly',
        attribution: 'a5',
        ...span('reportedly'),
      },
    ]);
    d.provenance.claims = [claim('a3', { named: 1, unnamed: 0, anonymous: 1 })];
    expect(articleFacts(d).attributions[2]?.anonymous).toBe(false); // "Politico reported officials said"
    d.provenance.claims = [claim('a3', { named: 0, unnamed: 0, anonymous: 2 })];
    expect(articleFacts(d).attributions[2]?.anonymous).toBe(true);
    expect(facts.layers).toMatchObject({
      attributions: 'perceptron-1',
      'provenance.entities': 'rules',
      'provenance.markers': 'rules',
    });
  });
});
