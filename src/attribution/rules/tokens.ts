import type { Document, Span, Token } from '../../model/document.js';

/** Token-index helpers shared by the rules. Indices are into `Document.tokens`. */

/** Possessive determiners: they open a noun phrase ("his campaign") and name a possessor source ("his claim"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** A token range [first, last], inclusive. */
export type Range = [number, number];

export function tok(doc: Document, i: number): Token | undefined {
  return doc.tokens[i];
}

export function lower(doc: Document, i: number): string {
  return doc.tokens[i]?.text.toLowerCase() ?? '';
}

export function isPunct(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && (t.pos === 'PUNCT' || t.pos === 'SYM' || /^[^\p{L}\p{N}]+$/u.test(t.text));
}

/** A quotation mark token: curly, straight, or one half of a two-apostrophe mark (''). */
export function isQuoteMark(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (/^[“”"]$|^''$/.test(t.text)) return true;
  const apostrophe = (k: number) => doc.tokens[k]?.text === "'";
  return (
    t.text === "'" &&
    ((apostrophe(i + 1) && doc.tokens[i + 1]?.start === t.end) ||
      (apostrophe(i - 1) && doc.tokens[i - 1]?.end === t.start))
  );
}

/** The span from token `first` to token `last`, inclusive. */
export function spanOf(doc: Document, first: number, last: number): Span {
  return { start: (doc.tokens[first] as Token).start, end: (doc.tokens[last] as Token).end };
}

/** First and one-past-last token index of the sentence holding token `i`. */
export function sentenceBounds(doc: Document, i: number): [number, number] {
  const s = doc.sentences[(doc.tokens[i] as Token).sentence];
  return s ? [s.tokenStart, s.tokenEnd] : [i, i + 1];
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAtOrAfter(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drops trailing sentence punctuation tokens (not quote marks) from [first, last]; returns the new last. */
export function trimEnd(doc: Document, first: number, last: number): number {
  while (last > first && isPunct(doc, last) && !isQuoteMark(doc, last)) last--;
  return last;
}
