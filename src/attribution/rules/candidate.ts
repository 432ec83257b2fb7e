import type { AttributionKind, Document, Span } from '../../model/document.js';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quotes.js';
import { type Range, spanOf } from './tokens.js';

/** An attribution before ids and nesting are assigned. */
export interface Candidate {
  source: Span[];
  cue: Span[];
  content: Span[];
  kind: AttributionKind;
  rule: string;
  confidence: number;
}

export function spans(doc: Document, ...ranges: (Range | undefined)[]): Span[] {
  return ranges
    .filter((r): r is Range => r !== undefined && r[0] <= r[1])
    .map((r) => spanOf(doc, r[0], r[1]));
}

/** direct when the content is one quotation, mixed when it holds quoted words, indirect otherwise. */
export function kindOf(doc: Document, content: readonly Span[]): AttributionKind {
  const texts = content.map((s) => doc.text.slice(s.start, s.end));
  const quoted = (t: string) =>
    (OPEN_QUOTES.includes(t[0] ?? '') || t.startsWith("''")) &&
    (CLOSE_QUOTES.includes(t.at(-1) ?? '') || t.endsWith("''"));
  if (texts.length > 0 && texts.every(quoted)) return 'direct';
  return texts.some((t) => /[“”"]|''/.test(t)) ? 'mixed' : 'indirect';
}
