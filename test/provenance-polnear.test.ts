import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/model/document.js';
import type { Provenance } from '../src/model/provenance.js';
import { readPolnear } from '../src/node/polnear.js';
import { provenance } from '../src/provenance/index.js';
import { goldDoc } from './provenance-fixtures.js';

// Every third of the first 30 dev articles in sorted order (all publishers), with gold attributions.
// The last 15 dev articles are kept for measurement and never read here.
const DEV = fileURLToPath(new URL('../../shared/data/polnear/dev/', import.meta.url));
let docs: Document[];

beforeAll(() => {
  docs = readPolnear(DEV)
    .slice(0, 30)
    .filter((_, i) => i % 3 === 0)
    .map((article) => {
      const doc = goldDoc(article);
      provenance(doc);
      return doc;
    });
});

function sources(doc: Document) {
  const p = doc.provenance as Provenance;
  return doc.attributions
    .map((a) => ({
      text: a.source
        .map((s) => doc.text.slice(s.start, s.end))
        .join(' ')
        .trim(),
      entity: p.entities.find((e) => e.id === p.sourceOf[a.id]),
    }))
    .filter((s) => s.text.length > 0);
}

describe('provenance on PolNeAR dev articles with gold attributions', () => {
  it('gives nearly every gold source an entity', () => {
    const all = docs.flatMap(sources);
    expect(all.length).toBeGreaterThan(200);
    expect(all.filter((s) => s.entity).length / all.length).toBeGreaterThanOrEqual(0.98);
  });

  it('resolves "he" and "she" to a person, and "Mr. X" to a person named X', () => {
    const all = docs.flatMap(sources);
    const pronouns = all.filter((s) => /^(?:he|she)$/i.test(s.text));
    const persons = pronouns.filter(
      (s) => s.entity?.type === 'named-person' || s.entity?.type === 'role-person',
    );
    expect(pronouns.length).toBeGreaterThan(20);
    expect(persons.length / pronouns.length).toBeGreaterThanOrEqual(0.95);
    const titled = all.filter((s) => /^(?:Mr|Mrs|Ms)\. \S+$/.test(s.text));
    const named = titled.filter((s) => s.entity?.name.endsWith(s.text.split(' ')[1] ?? '?'));
    expect(titled.length).toBeGreaterThan(10);
    expect(named.length / titled.length).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every entity mention, marker and claim inside the text and every marker target a known claim', () => {
    for (const doc of docs) {
      const p = doc.provenance as Provenance;
      const claims = new Set(p.claims.map((c) => c.id));
      for (const e of p.entities)
        for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(doc.text.length);
      for (const m of p.markers) {
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        if (m.target.claim) expect(claims.has(m.target.claim)).toBe(true);
      }
      for (const c of p.claims)
        expect(c.assessment.summary).toMatch(/^(?:First-hand|Second-hand|Sourced|No named source)/);
      expect(p.profile.attributions).toBe(p.claims.filter((c) => c.kind === 'attribution').length);
    }
  });
});
