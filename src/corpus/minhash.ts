/**
 * Near-duplicate detection: MinHash signatures over word 5-shingles, banded
 * for locality-sensitive lookup. Syndicated copies of a story differ in a
 * headline, a byline or a footer, so most of their shingles are shared.
 */

export const SHINGLE_WORDS = 5;
export const BANDS = 32;
export const ROWS = 4;
export const SIGNATURE_LENGTH = BANDS * ROWS;
/** Estimated Jaccard similarity at or above which two articles are copies of one story. */
export const DUPLICATE_THRESHOLD = 0.5;

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit string hash. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes one 32-bit value well, so seeding it gives independent hash functions. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(i + 1) ^ 0x9e3779b9);

/** Hashes of the text's word 5-shingles (lowercased letters and digits; punctuation ignored). */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

/** The MinHash signature of a text: per seeded hash function, the least hash over its shingles. */
export function signature(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix(s ^ (SEEDS[i] as number));
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
    keys.push(`${b}:${fnv1a(rows).toString(36)}`);
  }
  return keys;
}
