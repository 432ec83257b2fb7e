import { allowed, LABELS } from './labels.js';

export const L = LABELS.length;

/** Linear-chain tagger weights: hashed emission table (buckets × labels) and transitions (start row last). */
export interface TaggerWeights {
  buckets: number;
  emission: Float32Array;
  transition: Float32Array;
}

export function emptyWeights(buckets: number): TaggerWeights {
  return { buckets, emission: new Float32Array(buckets * L), transition: new Float32Array((L + 1) * L) };
}

/** Per-token label scores: the sum of the token's feature weights. */
export function emissions(w: TaggerWeights, feats: Int32Array, n: number, perToken: number): Float32Array {
  const out = new Float32Array(n * L);
  const e = w.emission;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const b = (feats[k] as number) * L;
      for (let l = 0; l < L; l++) out[o + l] = (out[o + l] as number) + (e[b + l] as number);
    }
  }
  return out;
}

const FORBIDDEN = -1e9;

/** Transition score with the BIO constraint applied (I-X only after B-X or I-X, never first). */
function trans(w: TaggerWeights, prev: number, next: number): number {
  if (prev === L) return (next & 1) === 0 && next !== 0 ? FORBIDDEN : (w.transition[L * L + next] as number);
  return allowed(prev, next) ? (w.transition[prev * L + next] as number) : FORBIDDEN;
}

/** Best label sequence under the emission and transition scores. */
export function viterbi(w: TaggerWeights, em: Float32Array, n: number): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let l = 0; l < L; l++) score[l] = trans(w, L, l) + (em[l] as number);
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = (score[(i - 1) * L + p] as number) + trans(w, p, l);
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

/**
 * Label marginals from forward-backward over the scores divided by
 * `temperature`: a per-token probability we turn into confidence.
 */
export function marginals(w: TaggerWeights, em: Float32Array, n: number, temperature: number): Float64Array {
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const t = 1 / temperature;
  const logsum = (xs: number[]): number => {
    let m = -Infinity;
    for (const x of xs) if (x > m) m = x;
    if (m === -Infinity) return m;
    let s = 0;
    for (const x of xs) s += Math.exp(x - m);
    return m + Math.log(s);
  };
  const tr = (p: number, l: number): number => {
    const s = trans(w, p, l);
    return s <= FORBIDDEN ? -Infinity : s * t;
  };
  const buf: number[] = new Array(L);
  for (let l = 0; l < L; l++) alpha[l] = tr(L, l) + (em[l] as number) * t;
  for (let i = 1; i < n; i++)
    for (let l = 0; l < L; l++) {
      for (let p = 0; p < L; p++) buf[p] = (alpha[(i - 1) * L + p] as number) + tr(p, l);
      alpha[i * L + l] = logsum(buf) + (em[i * L + l] as number) * t;
    }
  for (let i = n - 2; i >= 0; i--)
    for (let l = 0; l < L; l++) {
      for (let x = 0; x < L; x++)
        buf[x] = tr(l, x) + (em[(i + 1) * L + x] as number) * t + (beta[(i + 1) * L + x] as number);
      beta[i * L + l] = logsum(buf);
    }
  const last: number[] = [];
  for (let l = 0; l < L; l++) last.push(alpha[(n - 1) * L + l] as number);
  const z = logsum(last);
  const out = new Float64Array(n * L);
  for (let k = 0; k < n * L; k++) out[k] = Math.exp((alpha[k] as number) + (beta[k] as number) - z);
  return out;
}
