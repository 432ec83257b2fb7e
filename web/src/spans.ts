import type { AnalyzedDocument, Span } from './types.js';

/** What a piece of text is marked as: an attribution part or a provenance marker. */
export type Role = 'source' | 'cue' | 'content' | 'hedge' | 'denial' | 'corroboration' | 'missing-record';

export interface Mark extends Span {
  role: Role;
  /** The attribution (claim) the mark belongs to or bears on. */
  claim?: string;
}

export interface Segment extends Span {
  marks: Mark[];
  /** The innermost claim covering this text, the one a click opens. */
  claim?: string;
}

const MARKER_ROLES = new Set<string>(['hedge', 'denial', 'corroboration', 'missing-record']);

/** Every span the article view highlights: attribution parts, then provenance markers. */
export function collectMarks(doc: AnalyzedDocument): Mark[] {
  const marks: Mark[] = [];
  for (const a of doc.attributions) {
    for (const role of ['source', 'cue', 'content'] as const)
      for (const s of a[role] ?? []) marks.push({ start: s.start, end: s.end, role, claim: a.id });
  }
  for (const m of doc.provenance?.markers ?? []) {
    if (!MARKER_ROLES.has(m.type)) continue;
    const claim = m.attribution ?? m.target?.claim;
    marks.push({ start: m.start, end: m.end, role: m.type, ...(claim ? { claim } : {}) });
  }
  return marks.filter((m) => m.end > m.start);
}

/** Extent of each claim (first to last character of its spans): the smaller, the more inner. */
export function claimExtents(doc: AnalyzedDocument): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const a of doc.attributions) {
    const spans = [...(a.source ?? []), ...(a.cue ?? []), ...(a.content ?? [])];
    if (spans.length === 0) continue;
    const lo = Math.min(...spans.map((s) => s.start));
    const hi = Math.max(...spans.map((s) => s.end));
    sizes.set(a.id, hi - lo);
  }
  return sizes;
}

/**
 * Cut [range.start, range.end) into pieces at every mark boundary, each with the marks covering
 * it; overlapping and nested attributions both show.
 */
export function segment(range: Span, marks: Mark[], extents: Map<string, number>): Segment[] {
  const inside = marks.filter((m) => m.start < range.end && m.end > range.start);
  const cuts = new Set([range.start, range.end]);
  for (const m of inside) {
    if (m.start > range.start) cuts.add(m.start);
    if (m.end < range.end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    const seg: Segment = { start, end, marks: covering };
    const claim = innermostClaim(covering, extents);
    if (claim) seg.claim = claim;
    out.push(seg);
  }
  return out;
}

function innermostClaim(marks: Mark[], extents: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestSize = Number.POSITIVE_INFINITY;
  for (const m of marks) {
    if (!m.claim || MARKER_ROLES.has(m.role)) continue;
    const size = extents.get(m.claim) ?? Number.POSITIVE_INFINITY;
    if (size < bestSize) {
      best = m.claim;
      bestSize = size;
    }
  }
  return best;
}

/** The text of a span list, discontinuous parts joined by an ellipsis. */
export function spanText(text: string, spans: Span[] | undefined): string {
  return (spans ?? []).map((s) => text.slice(s.start, s.end)).join(' … ');
}
