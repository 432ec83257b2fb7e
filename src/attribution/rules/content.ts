import type { Document, Span } from '../../model/document.js';
import { type Quote, quoteAt } from './quotes.js';
import { isPunct, isQuoteMark, lower, POSSESSIVES, type Range, spanOf, tok, trimEnd } from './tokens.js';

export const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|last|this|week|month|year|morning|afternoon|evening|night)$/;
/** Prepositional adjuncts between a cue and its content: "said on Monday that", "said in a statement that". */
const ADJUNCT_PREP = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'late',
]);

/** Skips a time or setting adjunct ("Tuesday", "on Monday", "in a statement to reporters") starting at `i`. */
export function skipAdjunct(doc: Document, i: number, end: number): number {
  let j = i;
  for (;;) {
    if (j < end && TIME_WORDS.test(lower(doc, j))) {
      j++;
      continue;
    }
    if (j < end && ADJUNCT_PREP.has(lower(doc, j))) {
      let k = j + 1;
      while (
        k < end &&
        ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(tok(doc, k)?.pos ?? '') &&
        lower(doc, k) !== 'that'
      )
        k++;
      if (k > j + 1 && (lower(doc, k) === 'that' || lower(doc, k) === ',' || lower(doc, k) === ':')) {
        j = k;
        if (lower(doc, j) === ',') j++;
        continue;
      }
    }
    return j;
  }
}

/** A hearer object after "told"/"informed": a short noun phrase ("Politico", "the outlet", "reporters"). */
export function skipObject(doc: Document, i: number, end: number): number {
  let j = i;
  if (['PRON'].includes(tok(doc, j)?.pos ?? '') && lower(doc, j) !== 'that') return j + 1;
  while (
    j < end &&
    ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART'].includes(tok(doc, j)?.pos ?? '') &&
    lower(doc, j) !== 'that'
  )
    j++;
  return j;
}

/**
 * Content that follows its cue, from token `first` to the sentence end
 * (exclusive `end`), without the final period; a quotation that opens here
 * and runs past the sentence is taken whole.
 */
export function contentAfter(doc: Document, first: number, end: number, quotes: readonly Quote[]): Span[] {
  let i = first;
  while (i < end && (lower(doc, i) === ':' || lower(doc, i) === ',')) i++;
  if (i >= end) return [];
  const t = tok(doc, i);
  if (t && isQuoteMark(doc, i)) {
    const q = quoteAt(quotes, t.start);
    if (q && q.start === t.start && q.end >= spanOf(doc, i, end - 1).end)
      return [{ start: q.start, end: q.end }];
  }
  const last = trimEnd(doc, i, clauseEnd(doc, i, end) - 1);
  return last >= i && (!isPunct(doc, i) || isQuoteMark(doc, i)) ? [spanOf(doc, i, last)] : [];
}

const BREAKS = new Set(['which', 'but', 'while', 'although', 'though', 'however', 'according', 'whereas']);

/**
 * Where reported content stops: at a semicolon, or at a comma that opens a
 * new clause PolNeAR leaves out (", which ...", ", but ...", ", adding ...").
 * Commas inside quotation marks do not count.
 */
export function clauseEnd(doc: Document, first: number, end: number): number {
  let quoted = false;
  for (let i = first; i < end; i++) {
    const w = lower(doc, i);
    // Straight marks and the second apostrophe of '' toggle; curly ones say which way they go.
    if (isQuoteMark(doc, i) && !(w === "'" && lower(doc, i + 1) === "'"))
      quoted = w === '“' || (w !== '”' && !quoted);

    if (quoted) continue;
    if (w === ';') return i;
    const next = tok(doc, i + 1);
    // "... his bid but declined to", "... - said at a rally": a second predicate of the subject.
    if (i > first && ['but', '-', '—', '--'].includes(w) && ['VERB', 'AUX'].includes(next?.pos ?? ''))
      return i;
    if (w !== ',' || i === first) continue;
    // ", and was quoted ...": the subject's next predicate.
    if (lower(doc, i + 1) === 'and' && ['VERB', 'AUX'].includes(tok(doc, i + 2)?.pos ?? '')) return i;

    if (next && (BREAKS.has(next.text.toLowerCase()) || (next.pos === 'VERB' && /ing$/.test(next.text))))
      return i;
  }
  return end;
}

/**
 * Content before its cue: the quotation that closes just before `stop` (the
 * comma or mark before the source or cue), else the clause from the sentence
 * start (`start`) up to `stop`.
 */
export function contentBefore(doc: Document, start: number, stop: number, quotes: readonly Quote[]): Span[] {
  let last = stop - 1;
  while (last >= start && (lower(doc, last) === ',' || lower(doc, last) === '—')) last--;
  if (last < start) return [];
  if (isQuoteMark(doc, last)) {
    const t = tok(doc, last);
    const q = t && quoteAt(quotes, t.start);
    if (q && q.end === t.end) return [{ start: q.start, end: q.end }];
  }
  let first = start;
  while (first < last && isPunct(doc, first) && !isQuoteMark(doc, first)) first++;
  last = trimEnd(doc, first, last);
  return [spanOf(doc, first, last)];
}

/** The object noun phrase after a cue that takes one ("pushed back against the claim", "criticized Trump's plan"). */
export function objectAfter(doc: Document, first: number, end: number): Range | undefined {
  let j = first;
  if (tok(doc, j)?.pos === 'PRON' && !POSSESSIVES.has(lower(doc, j))) return [j, j];
  while (
    j < end &&
    (['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART'].includes(tok(doc, j)?.pos ?? '') ||
      POSSESSIVES.has(lower(doc, j)) ||
      ["'s", '’s', 'of', '-'].includes(lower(doc, j)))
  )
    j++;
  while (j > first && (['of', '-'].includes(lower(doc, j - 1)) || tok(doc, j - 1)?.pos === 'DET')) j--;
  return j > first ? [first, j - 1] : undefined;
}
