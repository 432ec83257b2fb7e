import type { Document, Span } from '../../model/document.js';

/** BIO tags over tokens. PolNeAR is univocal, so each token carries one role at most. */
export const LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** Label index of B-role; I-role is one more. */
export function beginOf(role: Role): number {
  return role === 'source' ? 1 : role === 'cue' ? 3 : 5;
}

function roleOf(label: number): Role | undefined {
  return label === 0 ? undefined : ROLES[(label - 1) >> 1];
}

/** Whether label `next` may follow `prev` (I-X only continues X). */
export function allowed(prev: number, next: number): boolean {
  if (next === 0 || (next & 1) === 1) return true;
  return prev === next || prev === next - 1;
}

/** The scorer's edge characters: gold spans are compared after trimming them, so we train on trimmed spans. */
const EDGE = ' \t\r\n"\'“”‘’«»,.;:!?()[]—–-…';

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE.includes(text[start] as string)) start++;
  while (end > start && EDGE.includes(text[end - 1] as string)) end--;
  return { start, end };
}

export interface RoleSpans {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/**
 * Gold relations to one label per token. Inner roles win over content (a
 * nested cue inside a quotation stays a cue), and each span piece starts a B.
 */
export function goldLabels(doc: Document, relations: readonly RoleSpans[]): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length);
  const priority = [0, 2, 2, 3, 3, 1, 1];
  const starts = doc.tokens.map((t) => t.start);
  for (const role of ['content', 'source', 'cue'] as const) {
    for (const relation of relations) {
      for (const raw of relation[role]) {
        const span = trimSpan(doc.text, raw);
        if (span.end <= span.start) continue;
        let first = true;
        for (let i = lowerBound(starts, span.start, doc, span); i < doc.tokens.length; i++) {
          const t = doc.tokens[i];
          if (!t || t.start >= span.end) break;
          if (t.end <= span.start) continue;
          const b = beginOf(role);
          const current = labels[i] as number;
          if ((priority[b] as number) >= (priority[current] as number)) labels[i] = first ? b : b + 1;
          first = false;
        }
      }
    }
  }
  return labels;
}

function lowerBound(starts: number[], offset: number, doc: Document, span: Span): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  // A token that starts before the span may still overlap it.
  return lo > 0 && (doc.tokens[lo - 1]?.end ?? 0) > span.start ? lo - 1 : lo;
}

/** A labelled run of tokens: [first, last) token indices. */
export interface TaggedSpan {
  role: Role;
  first: number;
  last: number;
}

/** Runs of B/I labels, token indices relative to `offset`. */
export function taggedSpans(labels: ArrayLike<number>, offset = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as number;
    const role = roleOf(l);
    if (open && (role !== open.role || (l & 1) === 1)) {
      out.push(open);
      open = undefined;
    }
    if (role && !open) open = { role, first: offset + i, last: offset + i + 1 };
    else if (open) open.last = offset + i + 1;
  }
  if (open) out.push(open);
  return out;
}
