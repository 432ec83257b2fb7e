import type { Attribution, AttributionKind, Document, Sentence, Span, Token } from '../../model/document.js';
import type { Sequence } from './features.js';
import { type TaggedSpan, taggedSpans } from './labels.js';

/** An attribution under construction: token spans, before offsets and ids are given. */
export interface Draft {
  cue: TaggedSpan;
  source: TaggedSpan[];
  content: TaggedSpan[];
}

/** Cost of linking a span to a cue: tokens between them, plus a penalty per sentence crossed. */
function cost(doc: Document, a: TaggedSpan, cue: TaggedSpan, sentencePenalty: number): number {
  const gap = a.last <= cue.first ? cue.first - a.last : a.first >= cue.last ? a.first - cue.last : 0;
  const sa = (doc.tokens[a.first] as Token).sentence;
  const sb = (doc.tokens[cue.first] as Token).sentence;
  const se = (doc.tokens[a.last - 1] as Token).sentence;
  const crossed = Math.min(Math.abs(sa - sb), Math.abs(se - sb));
  return gap + crossed * sentencePenalty;
}

/**
 * Builds attributions from tagged spans, paragraph by paragraph: each cue
 * anchors one; sources go one-to-one to the nearest cue; contents to the
 * nearest cue (several pieces make a discontinuous content). Content in a
 * paragraph without a cue continues the previous paragraph's last quotation.
 * A cue left without content in a reporting clause takes the rest of its
 * sentence; other cues left without content are dropped.
 */
export function assemble(doc: Document, seqs: readonly Sequence[], labels: Uint8Array): Draft[] {
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  for (const seq of seqs) {
    const spans = taggedSpans(labels.subarray(seq.first, seq.last), seq.first).flatMap((s) =>
      s.role === 'cue' ? splitAtCommas(doc, s) : [s],
    );
    const cues = spans.filter((s) => s.role === 'cue');
    const local: Draft[] = cues.map((cue) => ({ cue, source: [], content: [] }));
    const sources = spans.filter((s, _, all) => s.role === 'source' && !displaced(doc, s, all));
    const pairs: [number, number, number][] = [];
    sources.forEach((s, si) => {
      local.forEach((d, di) => {
        pairs.push([cost(doc, s, d.cue, 30), si, di]);
      });
    });
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const usedSource = new Set<number>();
    for (const [, si, di] of pairs) {
      const d = local[di] as Draft;
      if (usedSource.has(si) || d.source.length > 0) continue;
      usedSource.add(si);
      d.source.push(sources[si] as TaggedSpan);
    }
    // A cue left without a source shares the nearest one in its sentence ("X said A and added B").
    for (const [c, si, di] of pairs) {
      const d = local[di] as Draft;
      if (d.source.length === 0 && c < SHARE_LIMIT) d.source.push(sources[si] as TaggedSpan);
    }
    for (const c of spans) {
      if (c.role !== 'content') continue;
      let best: Draft | undefined;
      let bestCost = Infinity;
      for (const d of local) {
        const x = cost(doc, c, d.cue, 10);
        if (x < bestCost) {
          bestCost = x;
          best = d;
        }
      }
      if (!best && previous && quoted(doc, c)) best = previous;
      best?.content.push(c);
    }
    for (const d of local) {
      const clause = d.content.length === 0 ? reportingClause(doc, d) : undefined;
      if (clause) reportedBefore(doc, d, clause, labels) || reportedAfter(doc, d, clause, labels);
    }
    drafts.push(...local);
    if (local.length > 0) previous = local[local.length - 1];
    else if (spans.length > 0) previous = undefined;
  }
  // A cue that found no content says nothing a reader can use (and never matches a gold relation).
  return drafts.filter((d) => d.content.length > 0);
}

const CLOSING = new Set(['”', '"', "''", '’', "'"]);
const OPENING = new Set(['“', '"', '``', "'"]);
/** Most untagged tokens a trailing reporting clause may hold besides its source and cue ("on Friday", "in a statement"). */
const CLAUSE_SLACK = 4;

/** A cue with its (first) source: their sentence and the tokens [from, to) they cover. */
interface Clause {
  source: TaggedSpan;
  sentence: Sentence;
  from: number;
  to: number;
}

function reportingClause(doc: Document, d: Draft): Clause | undefined {
  const source = d.source[0];
  const sentence = doc.sentences[(doc.tokens[d.cue.first] as Token).sentence];
  if (!source || !sentence) return undefined;
  return {
    source,
    sentence,
    from: Math.min(source.first, d.cue.first),
    to: Math.max(source.last, d.cue.last),
  };
}

/**
 * A cue that found no content but closes its sentence after a comma, with
 * its source ("..., sources said." / "..., said Mr. Kamin."), reports what
 * precedes the comma: that stretch becomes its content, even where the tagger
 * saw an attribution inside it.
 */
function reportedBefore(
  doc: Document,
  d: Draft,
  { source, sentence, from, to }: Clause,
  labels: Uint8Array,
): boolean {
  if (
    Math.abs(source.first - d.cue.first) >
    CLAUSE_SLACK + (source.last - source.first) + (d.cue.last - d.cue.first)
  )
    return false;
  let comma = from - 1;
  while (comma > sentence.tokenStart && CLOSING.has(doc.tokens[comma]?.text ?? '')) comma--;
  if (doc.tokens[comma]?.text !== ',') return false;
  let slack = 0;
  for (let i = to; i < sentence.tokenEnd; i++) {
    const t = doc.tokens[i] as Token;
    if (t.pos === 'PUNCT') continue;
    if ((labels[i] as number) !== 0 || ++slack > CLAUSE_SLACK) return false;
  }
  let first = sentence.tokenStart;
  while (first < comma && OPENING.has(doc.tokens[first]?.text ?? '')) first++;
  let last = comma;
  while (last > first && CLOSING.has(doc.tokens[last - 1]?.text ?? '')) last--;
  return reported(doc, d, first, last);
}

/** Gives `d` the tokens [first, last) as content if they make a clause, not an opening phrase ("But in July 2012, X failed ..."). */
function reported(doc: Document, d: Draft, first: number, last: number): boolean {
  if (last - first < 3) return false;
  let verb = false;
  for (let i = first; i < last && !verb; i++)
    verb = doc.tokens[i]?.pos === 'VERB' || doc.tokens[i]?.pos === 'AUX';
  if (verb) d.content.push({ role: 'content', first, last });
  return verb;
}

/** The mirror case: a sentence opening with cue and source ("According to police, ...", "X said: ..."). */
function reportedAfter(
  doc: Document,
  d: Draft,
  { source, sentence, from, to }: Clause,
  labels: Uint8Array,
): boolean {
  for (let i = sentence.tokenStart; i < from; i++)
    if ((labels[i] as number) !== 0 || !OPENING.has(doc.tokens[i]?.text ?? '')) return false;
  for (let i = from; i < to; i++)
    if ((labels[i] as number) === 0 && doc.tokens[i]?.pos !== 'PUNCT') return false;
  // "X said, ..." mostly goes on with an adjunct, not with what X said; "According to X, ..." and "X said: ..." do.
  const mark = doc.tokens[to]?.text;
  if (mark !== ':' && !(mark === ',' && d.cue.first < source.first)) return false;
  let last = sentence.tokenEnd;
  while (last > to + 1 && doc.tokens[last - 1]?.pos === 'PUNCT') last--;
  return reported(doc, d, to + 1, last);
}

/**
 * A cue tagged across a comma ("said, apparently seeking") is two cues: the
 * speech verb of what precedes and a new one for what follows (PolNeAR cues
 * rarely hold a comma: 0.5% in train).
 */
function splitAtCommas(doc: Document, cue: TaggedSpan): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let first = cue.first;
  for (let i = cue.first; i <= cue.last; i++) {
    if (i < cue.last && doc.tokens[i]?.text !== ',') continue;
    if (i > first) out.push({ role: 'cue', first, last: i });
    first = i + 1;
  }
  return out;
}

/** Words right before a name that make it the one spoken to ("told Politico"). */
const TOLD = new Set(['told', 'tell', 'tells', 'telling']);
/** Words before "to"/"with" that make the next name the one spoken to ("in a statement to Insider"). */
const SPOKEN = new Set([
  'statement',
  'statements',
  'interview',
  'interviews',
  'remarks',
  'comments',
  'comment',
  'said',
  'says',
  'say',
  'saying',
  'spoke',
  'speaking',
  'talked',
  'talking',
  'wrote',
  'explained',
  'letter',
  'email',
  'message',
  'speech',
]);

/** Whether a tagged source reads as a recipient of the speech, not its speaker. */
function recipient(doc: Document, s: TaggedSpan): boolean {
  const prev = doc.tokens[s.first - 1]?.text.toLowerCase();
  if (prev === undefined) return false;
  if (TOLD.has(prev)) return true;
  if (prev !== 'to' && prev !== 'with') return false;
  const before = doc.tokens[s.first - 2]?.text.toLowerCase();
  return before !== undefined && SPOKEN.has(before);
}

/**
 * A recipient tagged as source loses to a speaker tagged earlier in its
 * sentence ("X, in a statement to Insider, denied it"): PolNeAR train has
 * ~no gold source right after "told" or "statement to"/"interview with".
 */
function displaced(doc: Document, s: TaggedSpan, spans: readonly TaggedSpan[]): boolean {
  if (!recipient(doc, s)) return false;
  const sentence = (doc.tokens[s.first] as Token).sentence;
  return spans.some(
    (o) =>
      o.role === 'source' &&
      o.last <= s.first &&
      (doc.tokens[o.first] as Token).sentence === sentence &&
      !recipient(doc, o),
  );
}

const QUOTE = '"“”';
/** Farthest (in cost) a cue may borrow another cue's source. */
const SHARE_LIMIT = 30;

/** Whether a token span sits in quotation marks (the previous non-space character opens one). */
function quoted(doc: Document, s: TaggedSpan): boolean {
  let i = (doc.tokens[s.first] as Token).start - 1;
  while (i >= 0 && /\s/.test(doc.text[i] as string)) i--;
  return i >= 0 && QUOTE.includes(doc.text[i] as string);
}

function closesQuote(doc: Document, s: TaggedSpan): boolean {
  let i = (doc.tokens[s.last - 1] as Token).end;
  while (i < doc.text.length && /[\s,.?!;:]/.test(doc.text[i] as string)) i++;
  return i < doc.text.length && QUOTE.includes(doc.text[i] as string);
}

function kindOf(doc: Document, content: TaggedSpan[]): AttributionKind {
  if (content.length === 0) return 'indirect';
  const direct = content.filter((c) => quoted(doc, c) && closesQuote(doc, c)).length;
  if (direct === content.length) return 'direct';
  const inner = content.some((c) => {
    const text = doc.text.slice((doc.tokens[c.first] as Token).start, (doc.tokens[c.last - 1] as Token).end);
    return /["“”]/.test(text);
  });
  return direct > 0 || inner ? 'mixed' : 'indirect';
}

function toSpan(doc: Document, s: TaggedSpan): Span {
  return { start: (doc.tokens[s.first] as Token).start, end: (doc.tokens[s.last - 1] as Token).end };
}

/** Drafts to the document's attributions: offsets, ids in cue order, kind, and the parent whose content holds the cue. */
export function finalize(
  doc: Document,
  drafts: readonly Draft[],
  why: (d: Draft) => Attribution['why'],
): Attribution[] {
  const sorted = [...drafts].sort((a, b) => a.cue.first - b.cue.first);
  const out: Attribution[] = sorted.map((d, i) => ({
    id: `a${i + 1}`,
    source: d.source.map((s) => toSpan(doc, s)),
    cue: [toSpan(doc, d.cue)],
    content: [...d.content].sort((a, b) => a.first - b.first).map((s) => toSpan(doc, s)),
    kind: kindOf(doc, d.content),
    why: why(d),
  }));
  // Each draft's content extent, once (not once per pair below).
  const from = sorted.map((o) => Math.min(...o.content.map((c) => c.first)));
  const to = sorted.map((o) => Math.max(...o.content.map((c) => c.last)));
  sorted.forEach((d, i) => {
    const parent = sorted.findIndex(
      (o, j) =>
        j !== i &&
        o.content.length > 0 &&
        (from[j] as number) <= d.cue.first &&
        (to[j] as number) >= d.cue.last,
    );
    const a = out[i] as Attribution;
    if (parent >= 0) a.parent = (out[parent] as Attribution).id;
  });
  return out;
}
