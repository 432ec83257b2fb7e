import type { Document } from '../../model/document.js';
import { isPunct, lower, POSSESSIVES, type Range, tok } from './tokens.js';

const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who', 'you', 'which', 'that', 'this']);
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** "sort of", "kind of": hedges between a subject and its verb. */
const HEDGES = /^(sort|kind|of)$/;
const DISCOURSE = new Set(['though', 'however', 'too', 'also', 'meanwhile', 'instead', 'therefore']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);

/** Is token `i` a word that can sit inside a noun phrase? */
function inNounPhrase(doc: Document, i: number): boolean {
  const t = tok(doc, i);
  if (!t) return false;
  const w = t.text.toLowerCase();
  if (NP_POS.has(t.pos) || POSSESSIVES.has(w)) return true;
  // "Democrats and civil rights groups", "Neither Cruz nor Christie".
  if (['and', 'or', 'nor'].includes(w)) return ['NOUN', 'PROPN'].includes(tok(doc, i - 1)?.pos ?? '');
  return /^['’]s$|^['’]$|^[-&.%]$/.test(w) || (t.pos === 'PART' && /s$/.test(w));
}

/** The noun phrase core ending at token `last`, not before `lo`: "former President Donald Trump", "he". */
export function coreBackward(doc: Document, last: number, lo: number): Range | undefined {
  const w = lower(doc, last);
  if (PERSONAL.has(w) && tok(doc, last)?.pos === 'PRON') return [last, last];
  let first = last + 1;
  for (;;) {
    if (first - 1 >= lo && inNounPhrase(doc, first - 1)) first--;
    else if (lower(doc, first - 1) === ')') {
      // A party label or place in parentheses: "Sen. Amy Klobuchar (D-Minn.)".
      let open = first - 2;
      while (open >= lo && open > first - 9 && lower(doc, open) !== '(') open--;
      if (open < lo || lower(doc, open) !== '(' || open === first - 2) break;
      first = open;
    } else break;
  }
  // A leading time word ("Tuesday Smith said") or a dangling conjunction or possessive mark is not part of it.
  while (
    first < last &&
    ((TIME_WORDS.test(lower(doc, first)) && !/^['’]s$/.test(lower(doc, first + 1))) ||
      /^(and|or|nor|['’]s|['’]|-|&|\.)$/.test(lower(doc, first)))
  )
    first++;
  // A phrase must end in a noun or name, not a determiner or adjective.
  const head = tok(doc, last);
  if (first > last || !head || !['PROPN', 'NOUN', 'NUM'].includes(head.pos)) return undefined;
  return [first, last];
}

/**
 * The source noun phrase that ends just before token `end` (the cue), no
 * earlier than token `lo`, with PolNeAR's extent: appositives and relative
 * clauses between commas are part of it ("Alex Holder, who was filming ...,"),
 * and so are postmodifiers reaching back to the clause start ("the spokesman
 * for the campaign"). A parenthetical phrase after a comma ("..., in a
 * statement to Insider") is skipped.
 */
export function sourceBefore(doc: Document, end: number, lo: number): Range | undefined {
  let last = end - 1;
  // "Mueller though did conclude", "Smith, however, said".
  for (let k = last; k > lo; k--) {
    if (DISCOURSE.has(lower(doc, k))) {
      last = lower(doc, k - 1) === ',' ? k - 2 : k - 1;
      break;
    }
    if (lower(doc, k) !== ',') break;
  }
  if (last < lo) return undefined;

  // Skip a parenthetical prepositional phrase set off by a comma before the verb.
  for (let p = last; p > lo; p--) {
    const t = tok(doc, p);
    if (!t || (!inNounPhrase(doc, p) && t.pos !== 'ADP')) break;
    if (t.pos === 'ADP' && lower(doc, p - 1) === ',') {
      last = p - 1;
      break;
    }
  }
  if (lower(doc, last) === ',') return appositive(doc, last, lo);
  const core = coreBackward(doc, last, lo);
  if (!core) return undefined;
  return extendPostmodifiers(doc, core, lo);
}

/** "X, APPOSITIVE," ending with the comma at `comma`: the source runs from X to the comma. */
function appositive(doc: Document, comma: number, lo: number): Range | undefined {
  for (let k = comma - 1; k > lo; k--) {
    const w = lower(doc, k);
    if (w === ',') {
      const core = coreBackward(doc, k - 1, lo);
      if (!core || core[0] >= k) return undefined;
      // A participial aside ("Durbin, noting the size of the list, said") is not part of the source.
      const aside = tok(doc, k + 1)?.pos === 'VERB' && /ing$/.test(lower(doc, k + 1));
      return [extendPostmodifiers(doc, core, lo)[0], aside ? k : comma];
    }
    if (w === '.' || w === ';' || w === '“' || w === '”' || w === '"') break;
  }
  // "Sen. Jack Reed (D-R.I.), said": no opening comma, the phrase ends at this one.
  const core = coreBackward(doc, comma - 1, lo);
  return core && core[0] === lo ? [core[0], comma] : undefined;
}

/**
 * Extends a core through "of"/prepositional postmodifiers when that reaches
 * the clause start: "the spokesman for the campaign", "officials familiar with the matter".
 */
function extendPostmodifiers(doc: Document, core: Range, lo: number): Range {
  let first = core[0];
  while (tok(doc, first - 1)?.pos === 'ADP') {
    const before = headBefore(doc, first - 2, lo);
    if (!before) break;
    const reachesStart = before[0] === lo || isPunct(doc, before[0] - 1);
    if (lower(doc, first - 1) !== 'of' && !reachesStart) break;
    first = before[0];
  }
  return [first, core[1]];
}

/** The phrase a postmodifier hangs on: a noun phrase, "officials familiar", or "the chief" (wink tags "chief" an adjective). */
function headBefore(doc: Document, last: number, lo: number): Range | undefined {
  if (tok(doc, last)?.pos !== 'ADJ') return coreBackward(doc, last, lo);
  if (tok(doc, last - 1)?.pos === 'DET' && last - 1 >= lo) return [last - 1, last];
  const core = coreBackward(doc, last - 1, lo);
  return core ? [core[0], last] : undefined;
}

/**
 * The source after an inverted cue ("..., said Harrington." / "said Jim
 * Hodges, a Clinton backer."): a noun phrase, with an appositive that runs
 * to the sentence end.
 */
export function sourceAfter(doc: Document, start: number, end: number, appositive = true): Range | undefined {
  let last = start - 1;
  const w = lower(doc, start);
  if (PERSONAL.has(w) && tok(doc, start)?.pos === 'PRON') return [start, start];
  while (last + 1 < end && (inNounPhrase(doc, last + 1) || (lower(doc, last + 1) === 'of' && last >= start)))
    last++;
  if (last < start) return undefined;
  if (lower(doc, last + 1) === '(') {
    let close = last + 2;
    while (close < end && close < last + 9 && lower(doc, close) !== ')') close++;
    if (lower(doc, close) === ')') last = close;
  }
  while (
    last > start &&
    !['PROPN', 'NOUN', 'NUM'].includes(tok(doc, last)?.pos ?? '') &&
    lower(doc, last) !== ')'
  )
    last--;

  if (!['PROPN', 'NOUN', 'NUM'].includes(tok(doc, last)?.pos ?? '')) return undefined;
  // An appositive noun phrase runs to the sentence end ("said Jim Hodges, a Clinton backer."); a clause does not.
  const next = tok(doc, last + 2);
  if (appositive && lower(doc, last + 1) === ',' && next && NP_POS.has(next.pos) && next.pos !== 'ADJ') {
    let k = last + 2;
    while (k < end && !['.', ';', '“', '"'].includes(lower(doc, k))) k++;
    if (k > last + 2) last = k - 1;
    while (last > start && isPunct(doc, last)) last--;
  }
  return [start, last];
}

/**
 * The subject a cue shares with an earlier verb of its sentence, for a
 * coordinated or participial cue ("the chief of staff came over and said ...",
 * "Putin ... was quoted ... saying ..."): the nearest earlier verb with a
 * noun phrase right before it.
 */
export function sharedSubject(
  doc: Document,
  cue: { first: number; head: number },
  lo: number,
): Range | undefined {
  const w = lower(doc, cue.first - 1);
  const participle = /ing$/.test(lower(doc, cue.head));
  if (!participle && !['and', 'but', 'then'].includes(w)) return undefined;
  for (let v = cue.first - 2; v > lo; v--) {
    const pos = tok(doc, v)?.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    let k = v - 1;
    while (k > lo && (tok(doc, k)?.pos === 'AUX' || tok(doc, k)?.pos === 'ADV' || HEDGES.test(lower(doc, k))))
      k--;
    const source = sourceBefore(doc, k + 1, lo);
    if (source) return source;
  }
  return undefined;
}
