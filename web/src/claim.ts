import type { ChainNode } from './chain-graph.js';
import { spanText } from './spans.js';
import type { AnalyzedDocument, Attribution, MarkerView, Span } from './types.js';

/** The attributions from the outermost one down to `id`, following `parent`. */
export function ancestry(doc: AnalyzedDocument, id: string): Attribution[] {
  const byId = new Map(doc.attributions.map((a) => [a.id, a]));
  const out: Attribution[] = [];
  for (let a = byId.get(id); a && !out.includes(a); a = a.parent ? byId.get(a.parent) : undefined)
    out.unshift(a);
  return out;
}

/** The mention type of a source span (person, outlet, ...), when the mention layer has one there. */
function mentionType(doc: AnalyzedDocument, spans: Span[]): string | undefined {
  for (const s of spans) {
    const m = doc.mentions.find((x) => x.start < s.end && x.end > s.start);
    if (m) return m.type;
  }
  return undefined;
}

/**
 * The claim's chain: the provenance layer's when there is one, otherwise what the text itself
 * shows — the publisher, then each enclosing attribution's source.
 */
export function chainFor(doc: AnalyzedDocument, id: string): ChainNode[] {
  const fromLayer = provenanceChain(doc, id);
  if (fromLayer.length > 0) return fromLayer;
  const nodes: ChainNode[] = [];
  const m = doc.meta;
  if (m.originalPublisher) nodes.push({ name: m.originalPublisher, kind: 'publisher' });
  if (m.siteName && m.siteName !== m.originalPublisher)
    nodes.push({ name: m.siteName, kind: m.originalPublisher ? 'republisher' : 'publisher' });
  if (nodes.length === 0) nodes.push({ name: 'this article', kind: 'publisher' });
  for (const a of ancestry(doc, id)) {
    const name = spanText(doc.text, a.source);
    nodes.push({
      name: name || 'unnamed source',
      kind: name ? (mentionType(doc, a.source) ?? 'source') : 'unnamed',
      via: spanText(doc.text, a.cue) || undefined,
    });
  }
  return nodes;
}

function provenanceChain(doc: AnalyzedDocument, id: string): ChainNode[] {
  const p = doc.provenance;
  const chain = p?.chains?.find((c) => (c.attribution ?? c.claim) === id);
  const links = chain?.links ?? chain?.nodes ?? [];
  const entities = new Map((p?.entities ?? []).map((e) => [e.id, e]));
  return links.map((l) => {
    const ref = typeof l === 'string' ? { entity: l } : l;
    const e = ref.entity ? entities.get(ref.entity) : undefined;
    const name = ref.name ?? e?.name ?? ref.entity ?? 'unknown';
    return { name, kind: ref.type ?? e?.type ?? 'source' };
  });
}

/** Markers (hedges, denials, ...) that bear on the claim. */
export function markersFor(doc: AnalyzedDocument, id: string): MarkerView[] {
  return (doc.provenance?.markers ?? []).filter((m) => m.target === id);
}

/** The one-sentence sourcing summary: the provenance layer's, or a plain account of the text. */
export function summaryFor(doc: AnalyzedDocument, id: string): string {
  const a = doc.provenance?.assessments?.find((x) => (x.attribution ?? x.claim) === id);
  if (a?.summary) return a.summary;
  const chain = ancestry(doc, id);
  const self = chain[chain.length - 1];
  if (!self) return 'No such claim in this article.';
  const who = spanText(doc.text, self.source) || 'An unnamed source';
  const how =
    self.kind === 'direct'
      ? 'in a direct quote'
      : self.kind === 'mixed'
        ? 'partly quoted'
        : 'in reported speech';
  const relay = chain
    .slice(0, -1)
    .map((x) => spanText(doc.text, x.source))
    .filter(Boolean);
  return relay.length > 0
    ? `${who} says this ${how}, as relayed by ${relay.reverse().join(', then ')}.`
    : `${who} says this ${how}; the article names no one further back.`;
}
