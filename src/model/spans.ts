import type { Span } from './document.js';

const holdersIndex = new WeakMap<readonly Span[], { length: number; order: number[]; longest: number }>();

/**
 * The spans wholly holding `span`, in their array order. Any order and
 * overlaps allowed: an index by start (built once per array) limits the look
 * to spans starting at most the longest span's length before it.
 */
export function holding<T extends Span>(spans: readonly T[], span: Span): T[] {
  let index = holdersIndex.get(spans);
  if (!index || index.length !== spans.length) {
    const order = spans.map((_, i) => i).sort((x, y) => (spans[x] as T).start - (spans[y] as T).start);
    const longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
    index = { length: spans.length, order, longest };
    holdersIndex.set(spans, index);
  }
  const { order, longest } = index;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[order[mid] as number] as T).start < span.end - longest) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < order.length; k++) {
    const i = order[k] as number;
    const s = spans[i] as T;
    if (s.start > span.start) break;
    if (s.end >= span.end) found.push(i);
  }
  return found.sort((x, y) => x - y).map((i) => spans[i] as T);
}

/** Index of the first span starting at or after `offset`, in spans sorted by start (binary search). */
export function startingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
