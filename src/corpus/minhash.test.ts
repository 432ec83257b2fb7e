import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandKeys, DUPLICATE_THRESHOLD, signature, similarity } from './minhash.js';

const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');
const dev = (name: string) =>
  readFileSync(new URL(`../../../shared/data/polnear/dev/text/${name}.txt`, import.meta.url), 'utf8');

describe('MinHash near-duplicates', () => {
  it('scores a syndicated copy (new headline and footer) as a duplicate of the seed', () => {
    const lines = seed.split('\n');
    const copy = ['Trump phoned Putin days before the vote, filmmaker says', ...lines.slice(1, -1)]
      .concat('This story first appeared on Politico Europe.')
      .join('\n');
    const s = similarity(signature(seed), signature(copy));
    expect(s).toBeGreaterThan(0.85);
    const shared = bandKeys(signature(seed)).filter((k) => bandKeys(signature(copy)).includes(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('scores different articles well below the threshold', () => {
    const a = dev('breitbart_2016-09-12_stealth-over-health-hillary-clin');
    const b = dev('breitbart_2016-09-15_pat-caddell-democrat-voters-worr');
    expect(similarity(signature(a), signature(b))).toBeLessThan(DUPLICATE_THRESHOLD / 4);
    expect(similarity(signature(seed), signature(a))).toBeLessThan(DUPLICATE_THRESHOLD / 4);
  });

  it('is stable and handles texts shorter than a shingle', () => {
    expect(signature('Hello world')).toEqual(signature('hello, WORLD!'));
    expect(signature('').every((v) => v === 0xffffffff)).toBe(true);
  });
});
