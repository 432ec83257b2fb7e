import { allowed, LABELS } from './labels.js';

export const L = LABELS.length;

/** Emission row length: seven labels padded to eight, so that a row never straddles two cache lines. */
export const STRIDE = 8;

/** Linear-chain tagger weights: hashed emission table (buckets × STRIDE) and transitions (start row last). */
export interface TaggerWeights {
  buckets: number;
  /**
   * Float while training; a decoded model keeps the file's 8-bit values, a
   * table four times smaller, so the random reads of tagging miss the cache less.
   */
  emission: Float32Array | Int8Array;
  /** Every emission value is multiplied by this (1 for float weights). */
  scale: number;
  transition: Float32Array;
}

export function emptyWeights(buckets: number): TaggerWeights {
  return {
    buckets,
    emission: new Float32Array(buckets * STRIDE),
    scale: 1,
    transition: new Float32Array((L + 1) * L),
  };
}

/** Per-token label scores: the sum of the token's feature weights (seven labels, unrolled). */
export function emissions(w: TaggerWeights, feats: Int32Array, n: number, perToken: number): Float32Array {
  const out = new Float32Array(n * L);
  const e = w.emission;
  const scale = w.scale;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const b = (feats[k] as number) * STRIDE;
      s0 += e[b] as number;
      s1 += e[b + 1] as number;
      s2 += e[b + 2] as number;
      s3 += e[b + 3] as number;
      s4 += e[b + 4] as number;
      s5 += e[b + 5] as number;
      s6 += e[b + 6] as number;
    }
    const o = i * L;
    out[o] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale;
    out[o + 6] = s6 * scale;
  }
  return out;
}

const FORBIDDEN = -1e9;

/** Transition score with the BIO constraint applied (I-X only after B-X or I-X, never first). */
function trans(w: TaggerWeights, prev: number, next: number): number {
  if (prev === L) return (next & 1) === 0 && next !== 0 ? FORBIDDEN : (w.transition[L * L + next] as number);
  return allowed(prev, next) ? (w.transition[prev * L + next] as number) : FORBIDDEN;
}

/**
 * Transition scores with the BIO constraint applied, row `L` for the start:
 * computed once per set of weights (per document when tagging), not per paragraph.
 */
export function transitions(w: TaggerWeights): Float64Array {
  const out = new Float64Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let l = 0; l < L; l++) out[p * L + l] = trans(w, p, l);
  return out;
}

/** Best label sequence under the emission and transition scores. */
export function viterbi(tr: Float64Array, em: Float32Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) score[l] = (tr[L * L + l] as number) + (em[l] as number);
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = (score[(i - 1) * L + p] as number) + (tr[p * L + l] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + (em[i * L + l] as number);
      back[i * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const s = score[(n - 1) * L + l] as number;
    if (s > best) {
      best = s;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = arg;
    arg = back[i * L + arg] as number;
  }
  return labels;
}

/** Transition factors exp(score / T) for `marginals`, zero where BIO forbids the pair: once per temperature, like `transitions`. */
export function transitionFactors(scores: Float64Array, temperature: number): Float64Array {
  const t = 1 / temperature;
  const out = new Float64Array(scores.length);
  let top = -Infinity;
  for (const s of scores) top = Math.max(top, s);
  scores.forEach((s, k) => {
    out[k] = s <= FORBIDDEN ? 0 : Math.exp((s - top) * t);
  });
  return out;
}

/**
 * Label marginals from forward-backward over the scores divided by
 * `temperature` (`tr` from `transitionFactors` at that temperature): a
 * per-token probability we turn into confidence.
 */
export function marginals(tr: Float64Array, em: Float32Array, n: number, temperature: number): Float64Array {
  const t = 1 / temperature;
  // Emissions scaled per token for stability.
  const e = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let l = 0; l < L; l++) m = Math.max(m, em[i * L + l] as number);
    for (let l = 0; l < L; l++) e[i * L + l] = Math.exp(((em[i * L + l] as number) - m) * t);
  }
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const normalize = (a: Float64Array, at: number): void => {
    let z = 0;
    for (let l = 0; l < L; l++) z += a[at + l] as number;
    if (z > 0) for (let l = 0; l < L; l++) a[at + l] = (a[at + l] as number) / z;
  };
  for (let l = 0; l < L; l++) alpha[l] = (tr[L * L + l] as number) * (e[l] as number);
  normalize(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let s = 0;
      for (let p = 0; p < L; p++) s += (alpha[(i - 1) * L + p] as number) * (tr[p * L + l] as number);
      alpha[i * L + l] = s * (e[i * L + l] as number);
    }
    normalize(alpha, i * L);
  }
  for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let l = 0; l < L; l++) {
      let s = 0;
      for (let x = 0; x < L; x++)
        s += (tr[l * L + x] as number) * (e[(i + 1) * L + x] as number) * (beta[(i + 1) * L + x] as number);
      beta[i * L + l] = s;
    }
    normalize(beta, i * L);
  }
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let l = 0; l < L; l++) z += (alpha[i * L + l] as number) * (beta[i * L + l] as number);
    for (let l = 0; l < L; l++)
      out[i * L + l] = z > 0 ? ((alpha[i * L + l] as number) * (beta[i * L + l] as number)) / z : 0;
  }
  return out;
}
