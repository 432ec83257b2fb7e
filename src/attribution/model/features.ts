import type { Document, Token } from '../../model/document.js';
import { cueEntry } from '../lexicon.js';
import { finish, hashString, mix } from './hash.js';

/** Bumped whenever templates change: a model file trained with other features is refused. */
export const FEATURE_SET = 4;

/** A paragraph's tokens: the unit the tagger labels (contents cross sentences, rarely paragraphs). */
export interface Sequence {
  first: number;
  last: number;
  block: number;
}

export function sequences(doc: Document): Sequence[] {
  const out: Sequence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.block === s.block && prev.last === s.tokenStart) prev.last = s.tokenEnd;
    else out.push({ first: s.tokenStart, last: s.tokenEnd, block: s.block });
  }
  return out;
}

/** Cue-likelihood class of a lemma (0 = never a cue in training, 4 = usually one), learned from train. */
export type CueLexicon = ReadonlyMap<string, number>;

const NONE = hashString('<none>');
/** The hand-made cue lexicon's classes, as feature values (0: not a cue lemma). */
const LEX_CLASS = new Map([
  ['speech', 1],
  ['report', 2],
  ['cognition', 3],
  ['stance', 4],
]);
const QUOTES_OPEN = new Set(['“', '‘', '«']);
const QUOTES_CLOSE = new Set(['”', '’', '»']);

/** One feature's id: its template and up to three values, hashed. */
function fid(tid: number, a: number, b = 0, c = 0): number {
  return finish(mix(mix(mix(Math.imul(tid + 1, 0x9e3779b1), a), b), c));
}

/** Hash of the word's shape (Xx, dd, x.x: case/digit classes, repeats collapsed, at most 6), built without a string. */
function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0, kept = 0; i < s.length && kept < 6; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 88 : c >= 97 && c <= 122 ? 120 : c >= 48 && c <= 57 ? 100 : c;
    if (k !== last) {
      h = Math.imul(h ^ k, 0x01000193);
      kept++;
    }
    last = k;
  }
  return h | 0;
}

function bucket(d: number): number {
  return d < 0 ? 9 : d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 15 ? 5 : d <= 30 ? 6 : 7;
}

function isQuote(t: Token): number {
  if (t.text === '"' || t.text === "''" || t.text === '``') return 3;
  if (QUOTES_OPEN.has(t.text) && t.text !== '‘') return 1;
  if (QUOTES_CLOSE.has(t.text) && t.text !== '’') return 2;
  return 0;
}

/** Number of hashed features per token (every template always fires, with a `<none>` value where needed). */
export const FEATURES_PER_TOKEN = 75;

/**
 * Hashed feature ids for each token of a sequence, `FEATURES_PER_TOKEN` per
 * token, each already reduced modulo `buckets` (a power of two). `hints` are
 * the rule attributor's labels for the document's tokens: the model learns
 * where to trust them.
 */
export function extractFeatures(
  doc: Document,
  seq: Sequence,
  lexicon: CueLexicon,
  buckets: number,
  hints: Uint8Array,
): Int32Array {
  const n = seq.last - seq.first;
  const F = FEATURES_PER_TOKEN;
  const mask = buckets - 1;
  const out = new Int32Array(n * F);
  const w = new Int32Array(n + 4).fill(NONE);
  const lem = new Int32Array(n + 4).fill(NONE);
  const pos = new Int32Array(n + 4).fill(NONE);
  const cue = new Int32Array(n + 4);
  const quote = new Int8Array(n);
  const inside = new Int8Array(n);
  const shp = new Int32Array(n);
  const suf = new Int32Array(n);
  const pre = new Int32Array(n);
  const cap = new Int8Array(n);
  const comma = new Int8Array(n);
  let open = 0;
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[seq.first + i] as Token;
    const lower = t.text.toLowerCase();
    w[i + 2] = hashString(lower);
    lem[i + 2] = hashString(t.lemma);
    pos[i + 2] = hashString(t.pos);
    cue[i + 2] = lexicon.get(t.lemma) ?? 0;
    shp[i] = shapeHash(t.text);
    suf[i] = hashString(lower, Math.max(0, lower.length - 3));
    pre[i] = hashString(lower, 0, Math.min(3, lower.length));
    const c0 = t.text.charCodeAt(0);
    cap[i] = c0 >= 65 && c0 <= 90 ? 1 : 0;
    const q = isQuote(t);
    quote[i] = q;
    if (q === 1) open = 1;
    else if (q === 2) open = 0;
    else if (q === 3) open = open ? 0 : 1;
    inside[i] = q === 0 ? open : q === 3 ? 3 + open : q + 1;
    comma[i] = i > 0 && doc.tokens[seq.first + i - 1]?.text === ',' ? 1 : 0;
  }
  // Distances to the nearest quote mark and to the nearest likely cue, left and right, in the sentence.
  const qLeft = nearest(doc, seq, (i) => quote[i] !== 0, lem, w, -1);
  const qRight = nearest(doc, seq, (i) => quote[i] !== 0, lem, w, 1);
  const strong = (i: number) => (cue[i + 2] as number) >= 3;
  const weak = (i: number) => (cue[i + 2] as number) >= 2;
  const cLeft = nearest(doc, seq, strong, lem, w, -1);
  const cRight = nearest(doc, seq, strong, lem, w, 1);
  const wLeft = nearest(doc, seq, weak, lem, w, -1);
  const wRight = nearest(doc, seq, weak, lem, w, 1);
  const hintCue = (i: number) => {
    const h = hints[seq.first + i] as number;
    return h === 3 || h === 4;
  };
  const hLeft = nearest(doc, seq, hintCue, lem, w, -1);
  const hRight = nearest(doc, seq, hintCue, lem, w, 1);
  // The verbs around a token stand in for a parse: the governing verb of a source or content.
  const verb = (i: number) => (doc.tokens[seq.first + i] as Token).pos === 'VERB';
  const vLeft = nearest(doc, seq, verb, lem, w, -1);
  const vRight = nearest(doc, seq, verb, lem, w, 1);
  const lexClass = new Int32Array(n);
  for (let i = 0; i < n; i++)
    lexClass[i] = LEX_CLASS.get(cueEntry((doc.tokens[seq.first + i] as Token).lemma)?.class ?? '') ?? 0;
  const cLeftLemma = cLeft.lemma;
  const cRightLemma = cRight.lemma;
  const block = doc.blocks[seq.block];
  const blockKind = hashString(block?.kind ?? 'paragraph');
  const firstSentence = doc.tokens[seq.first]?.sentence ?? 0;
  const firstQuote = quote[0] ? 1 : 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const j = i + 2;
    const t = doc.tokens[seq.first + i] as Token;
    const sent = doc.sentences[t.sentence];
    const sentFirst = sent ? seq.first + i === sent.tokenStart : false;
    const sentLast = sent ? seq.first + i === sent.tokenEnd - 1 : false;
    const sentIndex = Math.min(t.sentence - firstSentence, 3);
    const q = inside[i] as number;
    const cl = bucket(cLeft.distance[i] as number);
    const wl = bucket(wLeft.distance[i] as number);
    const wr = bucket(wRight.distance[i] as number);
    const cr = bucket(cRight.distance[i] as number);
    const c0 = cue[j] as number;
    out[k++] = fid(0, 0) & mask;
    out[k++] = fid(1, w[j] as number) & mask;
    out[k++] = fid(2, lem[j] as number) & mask;
    out[k++] = fid(3, pos[j] as number) & mask;
    out[k++] = fid(4, shp[i] as number) & mask;
    out[k++] = fid(5, suf[i] as number) & mask;
    out[k++] = fid(6, pre[i] as number) & mask;
    out[k++] = fid(7, w[j - 1] as number) & mask;
    out[k++] = fid(8, w[j + 1] as number) & mask;
    out[k++] = fid(9, w[j - 2] as number) & mask;
    out[k++] = fid(10, w[j + 2] as number) & mask;
    out[k++] = fid(11, pos[j - 1] as number) & mask;
    out[k++] = fid(12, pos[j + 1] as number) & mask;
    out[k++] = fid(13, pos[j - 2] as number) & mask;
    out[k++] = fid(14, pos[j + 2] as number) & mask;
    out[k++] = fid(15, lem[j - 1] as number) & mask;
    out[k++] = fid(16, lem[j + 1] as number) & mask;
    out[k++] = fid(17, pos[j - 1] as number, pos[j] as number) & mask;
    out[k++] = fid(18, pos[j] as number, pos[j + 1] as number) & mask;
    out[k++] = fid(19, w[j - 1] as number, w[j] as number) & mask;
    out[k++] = fid(20, w[j] as number, w[j + 1] as number) & mask;
    out[k++] = fid(21, pos[j - 1] as number, pos[j] as number, pos[j + 1] as number) & mask;
    out[k++] = fid(22, q) & mask;
    out[k++] = fid(23, q, pos[j] as number) & mask;
    out[k++] = fid(24, bucket(qLeft.distance[i] as number), bucket(qRight.distance[i] as number)) & mask;
    out[k++] = fid(25, bucket(qLeft.distance[i] as number), q) & mask;
    out[k++] = fid(26, bucket(qRight.distance[i] as number), q) & mask;
    out[k++] = fid(27, c0) & mask;
    out[k++] = fid(28, c0, pos[j] as number) & mask;
    out[k++] = fid(29, cl, q) & mask;
    out[k++] = fid(30, cr, q) & mask;
    out[k++] = fid(31, cl, cr, q) & mask;
    out[k++] = fid(32, cl, cr, pos[j] as number) & mask;
    out[k++] = fid(33, (sentFirst ? 1 : 0) + (sentLast ? 2 : 0) + ((comma[i] as number) << 2), q) & mask;
    out[k++] = fid(34, sentIndex, blockKind, firstQuote) & mask;
    out[k++] = fid(35, blockKind, q) & mask;
    out[k++] = fid(36, cue[j - 1] as number, cue[j + 1] as number, c0) & mask;
    out[k++] = fid(37, cLeftLemma[i] as number, cl) & mask;
    out[k++] = fid(38, cRightLemma[i] as number, cr) & mask;
    out[k++] = fid(39, c0 >= 2 ? (lem[j] as number) : 0, w[j + 1] as number) & mask;
    out[k++] = fid(40, c0 >= 2 ? (lem[j] as number) : 0, w[j - 1] as number) & mask;
    out[k++] = fid(41, cap[i] as number, pos[j] as number, cr) & mask;
    out[k++] = fid(42, cr, pos[j] as number, w[j + 1] as number) & mask;
    out[k++] = fid(43, cl, w[j - 1] as number) & mask;
    out[k++] = fid(44, cl, cLeft.distance[i] === 1 ? (w[j] as number) : 0) & mask;
    out[k++] = fid(45, pos[j] as number, comma[i] as number, cr) & mask;
    out[k++] = fid(46, wl, wr, q) & mask;
    out[k++] = fid(47, wLeft.lemma[i] as number, wl) & mask;
    out[k++] = fid(48, wRight.lemma[i] as number, wr) & mask;
    out[k++] = fid(49, w[j] as number, cl) & mask;
    out[k++] = fid(50, w[j] as number, cr) & mask;
    const place = sent
      ? Math.min(8, ((8 * (seq.first + i - sent.tokenStart)) / (sent.tokenEnd - sent.tokenStart)) | 0)
      : 0;
    out[k++] = fid(51, place, q, cr) & mask;
    out[k++] = fid(52, wLeft.next[i] as number, wl, q) & mask;
    out[k++] = fid(53, pos[j] as number, wl, wr) & mask;
    const h = hints[seq.first + i] as number;
    out[k++] = fid(54, h) & mask;
    out[k++] = fid(55, h, w[j] as number) & mask;
    out[k++] = fid(56, hints[seq.first + i - 1] ?? 9, h, hints[seq.first + i + 1] ?? 9) & mask;
    out[k++] = fid(57, h, q, cl) & mask;
    const k0 = lexClass[i] as number;
    out[k++] = fid(58, k0, pos[j] as number) & mask;
    out[k++] = fid(59, k0, lexClass[i - 1] ?? 0, lexClass[i + 1] ?? 0) & mask;
    const hl = bucket(hLeft.distance[i] as number);
    const hr = bucket(hRight.distance[i] as number);
    out[k++] = fid(60, hl, hr, q) & mask;
    out[k++] = fid(61, hl, hr, pos[j] as number) & mask;
    out[k++] = fid(62, hLeft.lemma[i] as number, hl, h) & mask;
    const vl = bucket(vLeft.distance[i] as number);
    const vr = bucket(vRight.distance[i] as number);
    out[k++] = fid(63, vLeft.lemma[i] as number, Math.min(vl, 3), q) & mask;
    out[k++] = fid(64, vRight.lemma[i] as number, Math.min(vr, 3), q) & mask;
    out[k++] = fid(65, h, pos[j] as number, q) & mask;
    out[k++] = fid(66, h, lem[j] as number) & mask;
    out[k++] = fid(67, hints[seq.first + i - 1] ?? 9, h, w[j] as number) & mask;
    out[k++] = fid(68, w[j - 1] as number, w[j] as number, w[j + 1] as number) & mask;
    const toEnd = sent ? sent.tokenEnd - (seq.first + i) - 1 : 0;
    out[k++] = fid(69, bucket(toEnd), q, pos[j] as number) & mask;
    out[k++] = fid(70, firstQuote, sentIndex, q) & mask;
    out[k++] = fid(71, suf[i] as number, pos[j] as number) & mask;
    out[k++] = fid(72, hl, hLeft.distance[i] === 1 ? (w[j] as number) : 0, h) & mask;
    // Tokens glued to a neighbour (hyphenated words, contractions) belong to the same span.
    const prevTok = doc.tokens[seq.first + i - 1];
    const nextTok = doc.tokens[seq.first + i + 1];
    const glue = (prevTok && prevTok.end === t.start ? 1 : 0) + (nextTok && nextTok.start === t.end ? 2 : 0);
    out[k++] = fid(73, glue, w[j] as number) & mask;
    out[k++] = fid(74, glue, pos[j - 1] as number, pos[j + 1] as number) & mask;
  }
  return out;
}

interface Nearest {
  /** Tokens to the nearest match in the sentence (-1: none). */
  distance: Int32Array;
  /** Lemma hash of that match, and word hash of the token after it. */
  lemma: Int32Array;
  next: Int32Array;
}

/** For each token, the nearest token satisfying `match` in one direction within its sentence. */
function nearest(
  doc: Document,
  seq: Sequence,
  match: (i: number) => boolean,
  lem: Int32Array,
  words: Int32Array,
  dir: 1 | -1,
): Nearest {
  const n = seq.last - seq.first;
  const out = { distance: new Int32Array(n), lemma: new Int32Array(n), next: new Int32Array(n) };
  let at = -1;
  let sentence = -1;
  for (let s = 0; s < n; s++) {
    const i = dir === -1 ? s : n - 1 - s;
    const t = doc.tokens[seq.first + i] as Token;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      at = -1;
    }
    out.distance[i] = at < 0 ? -1 : Math.abs(i - at);
    out.lemma[i] = at < 0 ? NONE : (lem[at + 2] as number);
    out.next[i] = at < 0 ? NONE : (words[at + 3] as number);
    if (match(i)) at = i;
  }
  return out;
}
