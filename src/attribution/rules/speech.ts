import type { Document } from '../../model/document.js';
import { type CueClass, SOURCE_DOCUMENT_NOUNS } from '../lexicon.js';
import { type Candidate, kindOf, spans } from './candidate.js';
import { contentAfter, contentBefore, objectAfter, skipAdjunct, skipObject, TIME_WORDS } from './content.js';
import { type Cue, cueAt } from './cues.js';
import { type Quote, quoteAt } from './quotes.js';
import { sharedSubject, sourceAfter, sourceBefore } from './source.js';
import { isPunct, isQuoteMark, lower, type Range, sentenceBounds, tok, tokenAtOrAfter } from './tokens.js';

type Content = Candidate['content'];

const SPEAKER_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'it']);

/** Lexicon classes the verb rule accepts: cognition and stance verbs only as reported beliefs and stances (checks below). */
const VERB_CLASSES: readonly CueClass[] = ['speech', 'report', 'cognition', 'stance'];
const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'ask', 'urge']);

/**
 * Does the clause end after token `i`, allowing a hearer and prepositional
 * adjuncts ("Holder told Politico.", "Slaughter wrote in a June 10, 2009 email.")?
 */
function endsClause(doc: Document, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const w = lower(doc, j);
    if (['.', ',', '!', '?', ';', '—', ':'].includes(w)) return true;
    // "said as returns came in", "said when asked": an adverbial clause, not content.
    if (j > i && ['as', 'when', 'after', 'before', 'while', 'because'].includes(w)) return true;
    const pos = tok(doc, j)?.pos;
    if (pos === 'VERB' || pos === 'AUX' || w === 'that' || isQuoteMark(doc, j)) return false;
  }
  return true;
}

/**
 * Stances the writer reports as facts ("Ryan endorsed Trump", "the mayor
 * declined to comment"): past or third-person forms outside quotations; "like"
 * and bare forms ("would support") are too often something else.
 */
function isReportedStance(doc: Document, cue: Cue, quotes: readonly Quote[]): boolean {
  const t = tok(doc, cue.head);
  if (!t || t.lemma === 'like' || t.text.toLowerCase() === t.lemma || quoteAt(quotes, t.start)) return false;
  return /(ed|ght|s)$/.test(t.text.toLowerCase());
}

/** Past the hearer of "told": to a "that" before any verb ("told the Post and Courier of Charleston that"), else past a noun phrase. */
function hearerEnd(doc: Document, from: number, end: number): number {
  for (let j = from; j < end && j < from + 15; j++) {
    if (lower(doc, j) === 'that') return j;
    if (['VERB', 'AUX'].includes(tok(doc, j)?.pos ?? '') || isPunct(doc, j)) break;
  }
  return skipObject(doc, from, end);
}

/** Beliefs the writer reports: "Democrats fear that ...", not a speaker's own "I think" inside a quote. */
const BELIEF_VERBS = new Set([
  'believe',
  'think',
  'fear',
  'expect',
  'hope',
  'worry',
  'doubt',
  'suspect',
  'know',
  'feel',
]);
function isReportedBelief(doc: Document, cue: Cue, source: Range, from: number, end: number): boolean {
  if (!BELIEF_VERBS.has(tok(doc, cue.head)?.lemma ?? '')) return false;
  if (['i', 'we', 'you'].includes(lower(doc, source[1]))) return false;
  return lower(doc, from) === 'that' || startsClause(doc, from, end);
}

/** Does a clause with its own subject start at `i` ("he will", "the campaign is")? */
function startsClause(doc: Document, i: number, end: number): boolean {
  let j = i;
  while (
    j < end &&
    j < i + 5 &&
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART'].includes(tok(doc, j)?.pos ?? '')
  )
    j++;
  return j > i && j < end && ['VERB', 'AUX'].includes(tok(doc, j)?.pos ?? '');
}

/**
 * After a parenthetical cue ("“A,” he said, “B.”" / "A, he said, B."), the
 * rest of the sentence is more of the same content, unless a new clause starts.
 */
function restAfter(
  doc: Document,
  i: number,
  end: number,
  quotes: readonly Quote[],
  before: Content,
): Content {
  let j = i;
  while (j < end && !['.', ',', '!', '?', ';', ':'].includes(lower(doc, j))) j++;
  const next = tok(doc, j + 1);
  if (lower(doc, j) !== ',' || !next) return [];
  // After a quotation only a quotation continues it; otherwise a new clause ("adding ...") stops it.
  if (kindOf(doc, before) === 'direct')
    return isQuoteMark(doc, j + 1) ? contentAfter(doc, j + 1, end, quotes) : [];
  if (['VERB', 'ADP', 'CCONJ', 'ADV'].includes(next.pos)) return [];
  if (/^(who|which|according|as|when|while|after|before)$/i.test(next.text)) return [];
  return contentAfter(doc, j + 1, end, quotes);
}

/** Is token `i` the end of a content stretch: a comma, a closing quote, or a dash? */
function closesContent(doc: Document, i: number): boolean {
  return [',', '—'].includes(lower(doc, i)) || (isQuoteMark(doc, i) && i > 0 && !isPunct(doc, i + 1));
}

/**
 * One attribution for a speech or report verb, in the layouts news uses:
 * "X said (that) C.", "X told Y (that) C.", "C, X said.", "“C,” said X.",
 * "X said: “C.”". Returns undefined when no source or content is found.
 */
function verbAttribution(
  doc: Document,
  cue: Cue,
  [start, sentenceEnd]: Range,
  quotes: readonly Quote[],
): Candidate | undefined {
  // A cue inside a quotation reports within it: its content stops where the quotation does.
  const around = quoteAt(quotes, tok(doc, cue.head)?.start ?? -1);
  const end = around
    ? Math.min(sentenceEnd, tokenAtOrAfter(doc, around.end) - (around.closed ? 1 : 0))
    : sentenceEnd;

  const after = cue.last + 1;
  const rule = (layout: string) => `verb/${layout}`;
  // Inside a quotation only reported speech of a third party stays ("the chief of staff said that ..."):
  // PolNeAR leaves a speaker's own "I think", "we said", "they told us" as part of the quote.
  if (around && cue.entry.class !== 'speech') return undefined;
  const quotedVoice = (r: Range | undefined) =>
    around !== undefined && r !== undefined && r[0] === r[1] && SPEAKER_PRONOUNS.has(lower(doc, r[0]));

  if (cue.entry.class === 'stance' && !isReportedStance(doc, cue, quotes)) return undefined;
  // "attacking Clinton", "calling for": participles of object-taking verbs rarely report speech.
  if (!cue.entry.clausal && /ing$/.test(lower(doc, cue.head))) return undefined;

  // A quotation that ends the previous sentence ("“Is she poor?” Trump said.") counts as content before.
  const quoteEnds = (i: number) =>
    i === start &&
    i > 0 &&
    isQuoteMark(doc, i - 1) &&
    tok(doc, i - 1)?.end === quoteAt(quotes, tok(doc, i - 1)?.start ?? -1)?.end;
  const before = (i: number) => (i > start && closesContent(doc, i - 1)) || quoteEnds(i);
  const contentStart = quoteEnds(start) ? sentenceBounds(doc, start - 1)[0] : start;
  // "“C,” said X." — inverted source after the cue.
  if (before(cue.first) && after < end && !isPunct(doc, after)) {
    const source = TIME_WORDS.test(lower(doc, after)) ? undefined : sourceAfter(doc, after, end);
    if (source && !quotedVoice(source) && endsClause(doc, source[1] + 1, end)) {
      const content = contentBefore(doc, contentStart, cue.first, quotes);
      content.push(...restAfter(doc, source[1] + 1, end, quotes, content));
      if (content.length) return make(doc, source, cue, content, rule('inverted'), 0.8);
    }
  }
  // A participle ("..., saying") takes its clause's subject, not the noun before it.
  const participle = /ing$/.test(lower(doc, cue.head));
  const source = participle
    ? (sharedSubject(doc, cue, start) ?? sourceBefore(doc, cue.first, start))
    : (sourceBefore(doc, cue.first, start) ?? sharedSubject(doc, cue, start));

  if (quotedVoice(source)) return undefined;
  // "C, X said." — the content comes first.
  if (source && before(source[0]) && endsClause(doc, after, end)) {
    const content = contentBefore(doc, contentStart, source[0], quotes);
    content.push(...restAfter(doc, after, end, quotes, content));
    if (content.length) return make(doc, source, cue, content, rule('postposed'), 0.8);
  }
  if (!source) return undefined;

  // "X said (that) C." / "X told Y that C." / "X pushed back against C."
  let from = after;
  if (HEARER_VERBS.has(tok(doc, cue.head)?.lemma ?? '')) from = hearerEnd(doc, from, end);
  from = skipAdjunct(doc, from, end);
  // "shows", "found": only reported findings ("the poll found that ...", "a report shows ...").
  const head = tok(doc, source[1]);
  if (
    cue.entry.class === 'report' &&
    lower(doc, from) !== 'that' &&
    !SOURCE_DOCUMENT_NOUNS.has(head?.lemma ?? '')
  )
    return undefined;
  if (cue.entry.class === 'cognition' && !isReportedBelief(doc, cue, source, from, end)) return undefined;
  if (!cue.entry.clausal) {
    // "declined to comment", "called Clinton's remarks a new low", "accuses Sanders of a smear":
    // the content runs to the clause end, provided it starts with an infinitive or an object.
    const infinitive = lower(doc, from) === 'to' && tok(doc, from + 1)?.pos === 'VERB';
    if (!infinitive && !objectAfter(doc, from, end)) return undefined;
    const content = contentAfter(doc, from, end, quotes);
    return content.length
      ? make(doc, source, cue, content, rule(infinitive ? 'infinitive' : 'object'), 0.6)
      : undefined;
  }

  const content = contentAfter(doc, from, end, quotes);
  if (!content.length) return undefined;
  // "continued" reports speech only when a quotation follows ("he continued: “...”").
  if (tok(doc, cue.head)?.lemma === 'continue' && kindOf(doc, content) !== 'direct') return undefined;
  return make(doc, source, cue, content, rule('forward'), 0.7);
}

function make(
  doc: Document,
  source: Range,
  cue: Cue,
  content: Candidate['content'],
  rule: string,
  confidence: number,
): Candidate {
  return {
    source: spans(doc, source),
    cue: spans(doc, [cue.first, cue.last]),
    content,
    kind: kindOf(doc, content),
    rule,
    confidence,
  };
}

/** Every verb-cued attribution in the document, sentence by sentence. */
export function verbAttributions(doc: Document, quotes: readonly Quote[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const cue = cueAt(doc, i, VERB_CLASSES);
      if (!cue) continue;
      const found = verbAttribution(doc, cue, [s.tokenStart, s.tokenEnd], quotes);
      if (found) out.push(found);
      i = cue.last;
    }
  }
  return out;
}
