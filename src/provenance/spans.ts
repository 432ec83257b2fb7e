import type { Attribution, Block, Document, Span, Token } from '../model/document.js';
import { holding, startingAt } from '../model/spans.js';

export { holding, startingAt };

/** Block kinds provenance reads: junk, bylines and footers are not claims. */
const READ = new Set(['headline', 'keypoint', 'paragraph']);

export function readBlock(block: Block | undefined): boolean {
  return !!block && !block.excluded && READ.has(block.kind);
}

export function blockAt(doc: Document, offset: number): Block | undefined {
  return doc.blocks[search(doc.blocks, offset)];
}

/** Index of the span holding `offset` in spans sorted by start and not overlapping, or -1 (binary search). */
function search(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether an offset lies in a block provenance reads. */
export function readable(doc: Document, offset: number): boolean {
  return readBlock(blockAt(doc, offset));
}

export function first(spans: readonly Span[]): number {
  return spans.reduce((m, s) => Math.min(m, s.start), Number.POSITIVE_INFINITY);
}

export function last(spans: readonly Span[]): number {
  return spans.reduce((m, s) => Math.max(m, s.end), -1);
}

/** Whether `inner` lies inside one of `spans`. */
export function within(inner: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= inner.start && inner.end <= s.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Tokens wholly inside the span. */
export function tokensIn(doc: Document, span: Span): Token[] {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as Token).start < span.end; i++)
    if ((tokens[i] as Token).end <= span.end) out.push(tokens[i] as Token);
  return out;
}

/** Spans overlapping `span`, from spans sorted by start and not overlapping (binary search). */
export function overlapping<T extends Span>(spans: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as T).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length && (spans[i] as T).start < span.end; i++) out.push(spans[i] as T);
  return out;
}

type Part = 'cue' | 'content';
type PartIndex = { length: number; spans: (Span & { i: number })[] };
const partsIndex = new WeakMap<readonly Attribution[], Map<Part, PartIndex>>();

/** Attributions (in list order) with a cue or content span wholly holding `span` (an index built once per list). */
export function holdersIn(attributions: readonly Attribution[], part: Part, span: Span): Attribution[] {
  const parts = partsIndex.get(attributions) ?? new Map<Part, PartIndex>();
  partsIndex.set(attributions, parts);
  let index = parts.get(part);
  if (!index || index.length !== attributions.length) {
    const spans = attributions.flatMap((b, i) => b[part].map((c) => ({ start: c.start, end: c.end, i })));
    index = { length: attributions.length, spans };
    parts.set(part, index);
  }
  const found = [...new Set(holding(index.spans, span).map((c) => c.i))].sort((x, y) => x - y);
  return found.map((i) => attributions[i] as Attribution);
}

/** Attributions (in `readAttributions` order) with a content span wholly holding `span`. */
export function contentHolders(doc: Document, span: Span): Attribution[] {
  return holdersIn(readAttributions(doc), 'content', span);
}

/** The sentence holding an offset (its index), or -1. */
export function sentenceAt(doc: Document, offset: number): number {
  return search(doc.sentences, offset);
}

const cache = new WeakMap<readonly Attribution[], { length: number; read: Attribution[] }>();

/** Attributions in a block provenance reads, in text order of their cue. */
export function readAttributions(doc: Document): Attribution[] {
  const hit = cache.get(doc.attributions);
  if (hit && hit.length === doc.attributions.length) return hit.read;
  const read = doc.attributions
    .filter((a) => readable(doc, first([...a.cue, ...a.content, ...a.source])))
    .sort((a, b) => first(a.cue) - first(b.cue));
  cache.set(doc.attributions, { length: doc.attributions.length, read });
  return read;
}

/** Lemmas that carry a claim's meaning: speech verbs and function words do not. */
const LIGHT = new Set(
  'be have do make get go take come say tell report note add claim state write will would can could should may might must just also not so very more most than then there here this that these those which who what when where while other such even still only'.split(
    ' ',
  ),
);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

export function contentLemmas(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!CONTENT_POS.has(t.pos)) continue;
    const lemma = t.lemma.toLowerCase();
    if (!LIGHT.has(lemma) && /\w/.test(lemma)) out.add(lemma);
  }
  return out;
}

export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** `make()` once per key, kept while the key lives: work several parts of the stage ask for, shared read-only. */
export function once<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
