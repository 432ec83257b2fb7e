import type { Document, Span } from '../../model/document.js';
import { holding, startingAt } from '../../model/spans.js';
import { type Candidate, kindOf } from './candidate.js';
import type { Quote } from './quotes.js';

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Quotations that no attribution claims continue the closest earlier quoted
 * attribution in the same or the previous paragraph ("“A,” she said. “B.”",
 * or a paragraph that is all quotation). PolNeAR marks these by extending the
 * speaker's content with a further span, so that is what this does.
 */
export function continueQuotes(doc: Document, candidates: Candidate[], quotes: readonly Quote[]): void {
  // Once per candidate, not per quote: whether its cue is inside a quote, and where it ends (kept current below).
  const nested = candidates.map((c) => {
    const cue = c.cue[0];
    return cue ? holding(quotes, cue).some((o) => inside(c, o)) : quotes.length > 0;
  });
  const ends = candidates.map((c) => Math.max(...[...c.content, ...c.cue, ...c.source].map((s) => s.end)));
  // Content spans by start, kept current below: a quote is checked against those near it only.
  const contents = candidates
    .flatMap((c) => c.content.map((s) => ({ start: s.start, end: s.end, c })))
    .sort((a, b) => a.start - b.start);
  let longest = contents.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  for (const q of quotes) {
    // An attribution nested inside the quote (its cue within it) does not claim it.
    let claimed = false;
    for (let i = startingAt(contents, q.start - longest); i < contents.length && !claimed; i++) {
      const s = contents[i] as (typeof contents)[number];
      if (s.start >= q.end) break;
      claimed = !inside(s.c, q) && overlap(s, q) * 2 > q.end - q.start;
    }
    if (claimed) continue;
    let at = -1;
    let bestEnd = -1;
    for (const [i, c] of candidates.entries()) {
      const end = ends[i] as number;
      if (end <= q.start && end > bestEnd && c.kind !== 'indirect' && !nested[i]) {
        at = i;
        bestEnd = end;
      }
    }
    const best = candidates[at];
    if (!best || !near(doc, bestEnd, q, candidates)) continue;
    best.content.push({ start: q.start, end: q.end });
    ends[at] = Math.max(bestEnd, q.end);
    contents.splice(startingAt(contents, q.start), 0, { start: q.start, end: q.end, c: best });
    longest = Math.max(longest, q.end - q.start);
    best.kind = kindOf(doc, best.content);
    best.rule = `${best.rule}+continuation`;
  }
}

function inside(c: Candidate, q: Quote): boolean {
  return c.cue.every((s) => s.start >= q.start && s.end <= q.end);
}

/** The quote lies in the paragraph of `from` or the next one, and no other cue lies between. */
function near(doc: Document, from: number, q: Quote, candidates: readonly Candidate[]): boolean {
  const block = doc.blocks.findIndex((b) => b.start <= from && from <= b.end);
  let previous = q.block - 1;
  while (previous >= 0 && doc.blocks[previous]?.excluded) previous--;
  if (block !== q.block && block !== previous) return false;
  return !candidates.some((c) => !inside(c, q) && c.cue.some((s) => s.start >= from && s.end <= q.start));
}
