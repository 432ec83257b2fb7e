/**
 * Near-duplicate detection: MinHash signatures over word 5-shingles, banded
 * for locality-sensitive lookup. Syndicated copies of a story differ in a
 * headline, a byline or a footer, so most of their shingles are shared.
 */

import { finish, hashString } from '../attribution/model/hash.js';

const SHINGLE_WORDS = 5;
const BANDS = 32;
const ROWS = 4;
const SIGNATURE_LENGTH = BANDS * ROWS;
/** Estimated Jaccard similarity at or above which two articles are copies of one story. */
export const DUPLICATE_THRESHOLD = 0.5;

/** A stable unsigned 32-bit hash of a string. */
const hash32 = (s: string): number => hashString(s) >>> 0;

/** Seeding one well-mixing hash (murmur's finaliser) gives the independent hash functions MinHash needs. */
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => finish(i + 1) ^ 0x9e3779b9);

/** Hashes of the text's word 5-shingles (lowercased letters and digits; punctuation ignored). */
function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(hash32(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

/** The MinHash signature of a text: per seeded hash function, the least hash over its shingles. */
export function signature(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = finish(s ^ (SEEDS[i] as number));
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature positions. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}

/** One bucket key per band: two signatures sharing any key are candidate duplicates. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = sig.slice(b * ROWS, (b + 1) * ROWS).join(',');
    keys.push(`${b}:${hash32(rows).toString(36)}`);
  }
  return keys;
}
