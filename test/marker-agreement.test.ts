/**
 * The second annotation of the marker test sets (test/data/marker-agreement/README.md):
 * one file per article of both sets, spans that are the article's own text.
 */
import { describe, expect, it } from 'vitest';
import { AGREEMENT_DIR, agreement } from '../scripts/measure-marker-agreement.js';
import { readHeldout } from '../scripts/measure-marker-heldout.js';
import { readGold } from '../scripts/measure-provenance.js';
import { polnearText } from '../scripts/shared-data.js';

const second = readHeldout(AGREEMENT_DIR);
const heldout = readHeldout();
const gold = readGold();

describe('marker agreement files', () => {
  it('annotate every article of the held-out set and the provenance gold, nothing else', () => {
    const expected = [...heldout.map((f) => f.name), ...gold.map((g) => g.name)].sort();
    expect(second.map((f) => f.name).sort()).toEqual(expected);
  });

  it('record spans whose text is the article slice, of the three marker types', () => {
    const split = new Map([
      ...heldout.map((f) => [f.name, 'train'] as const),
      ...gold.map((g) => [g.name, 'dev'] as const),
    ]);
    for (const f of second) {
      expect(f.split, f.name).toBe(split.get(f.name));
      const text = polnearText(f.split, f.name);
      for (const m of f.markers) {
        expect(text.slice(m.start, m.end), `${f.name} ${m.start}`).toBe(m.text);
        expect(f.types).toContain(m.type);
      }
    }
  });

  it('score a second annotation against the first by overlap, per type', () => {
    const scores = agreement(heldout, new Map(second.map((f) => [f.name, f])));
    const total = (k: 'gold' | 'predicted') =>
      scores.denial[k] + scores.corroboration[k] + scores['missing-record'][k];
    expect(total('gold')).toBe(heldout.reduce((n, f) => n + f.markers.length, 0));
    expect(total('predicted')).toBe(
      second.filter((f) => heldout.some((h) => h.name === f.name)).reduce((n, f) => n + f.markers.length, 0),
    );
    expect(scores.denial.found).toBeLessThanOrEqual(scores.denial.gold);
  });

  it('find a set in perfect agreement with itself, and a marker left out missing once', () => {
    const itself = agreement(heldout, new Map(heldout.map((f) => [f.name, f])));
    for (const s of [itself.denial, itself.corroboration, itself['missing-record']]) {
      expect(s.gold).toBeGreaterThan(0);
      expect([s.found, s.correct, s.predicted]).toEqual([s.gold, s.gold, s.gold]);
    }
    const [dropped, ...kept] = heldout.flatMap((f) => f.markers.map((m) => ({ f, m })));
    const without = new Map(
      heldout.map((f) => [f.name, { ...f, markers: kept.filter((x) => x.f === f).map((x) => x.m) }]),
    );
    const type = dropped?.m.type ?? 'denial';
    expect(agreement(heldout, without)[type].found).toBe(itself[type].gold - 1);
  });
});
