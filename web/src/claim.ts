import type { ChainNode } from './chain-graph.js';
import { spanText } from './spans.js';
import type { AnalyzedDocument, Attribution, Claim, Entity, Marker, Span } from './types.js';

/** The attributions from the outermost one down to `id`, following `parent`. */
export function ancestry(doc: AnalyzedDocument, id: string): Attribution[] {
  const byId = new Map(doc.attributions.map((a) => [a.id, a]));
  const out: Attribution[] = [];
  for (let a = byId.get(id); a && !out.includes(a); a = a.parent ? byId.get(a.parent) : undefined)
    out.unshift(a);
  return out;
}

/** The entity the provenance layer resolved an attribution's source to, if any. */
export function sourceEntity(doc: AnalyzedDocument, id: string): Entity | undefined {
  const eid = doc.provenance?.sourceOf?.[id];
  return eid ? doc.provenance?.entities?.find((e) => e.id === eid) : undefined;
}

/** The mention type of a source span (person, outlet, ...), when the mention layer has one there. */
function mentionType(doc: AnalyzedDocument, spans: Span[]): string | undefined {
  for (const s of spans) {
    const m = doc.mentions.find((x) => x.start < s.end && x.end > s.start);
    if (m) return m.type;
  }
  return undefined;
}

const kindLabel = (type: string) => type.replace('-', ' ');

/**
 * The claim's chain, publisher first: the provenance layer's when there is one, otherwise what
 * the text itself shows — the publisher, then each enclosing attribution's source.
 */
export function chainFor(doc: AnalyzedDocument, id: string): ChainNode[] {
  const chain = doc.provenance?.chains?.find((c) => c.attribution === id);
  const claimChain = claimOf(doc, id)?.assessment?.chain ?? [];
  const ids = claimChain.length > (chain?.entities.length ?? 0) ? claimChain : (chain?.entities ?? []);
  const entities = new Map((doc.provenance?.entities ?? []).map((e) => [e.id, e]));
  const relays = ancestry(doc, id);
  if (ids.length > 0) {
    return ids.map((eid) => {
      const e = entities.get(eid);
      // The cue by which this entity passed the claim on, when an enclosing attribution is theirs.
      const via = relays.find((a) => doc.provenance?.sourceOf?.[a.id] === eid);
      const node: ChainNode = {
        name: e?.name ?? eid,
        kind: e?.type ?? 'source',
        label: [kindLabel(e?.type ?? 'source'), e?.roles?.[0]].filter(Boolean).join(' · '),
      };
      const cue = via && spanText(doc.text, via.cue);
      if (cue) node.via = cue;
      return node;
    });
  }
  const nodes: ChainNode[] = [];
  const m = doc.meta;
  if (m.originalPublisher)
    nodes.push({ name: m.originalPublisher, kind: 'publisher', label: 'original publisher' });
  if (m.siteName && m.siteName !== m.originalPublisher)
    nodes.push({
      name: m.siteName,
      kind: 'publisher',
      label: m.originalPublisher ? 'republisher' : 'publisher',
    });
  if (nodes.length === 0) nodes.push({ name: 'this article', kind: 'publisher', label: 'publisher' });
  for (const a of relays) {
    const name = spanText(doc.text, a.source);
    const kind = name ? (mentionType(doc, a.source) ?? 'source') : 'anonymous';
    const node: ChainNode = { name: name || 'unnamed source', kind, label: kindLabel(kind) };
    const cue = spanText(doc.text, a.cue);
    if (cue) node.via = cue;
    nodes.push(node);
  }
  return nodes;
}

/** The provenance layer's claim for an attribution: the body claim itself, or a headline/key point it states. */
export function claimOf(doc: AnalyzedDocument, id: string): Claim | undefined {
  const claims = doc.provenance?.claims ?? [];
  // The headline or a key point stated by this attribution is assessed with the body's sourcing
  // behind it (its linked attributions), so it carries the fuller chain and summary.
  return claims.find((c) => c.attribution === id && c.id !== id) ?? claims.find((c) => c.id === id);
}

/** Markers (hedges, denials, ...) inside the claim or aimed at it. */
export function markersFor(doc: AnalyzedDocument, id: string): Marker[] {
  const claimIds = new Set([
    id,
    ...(doc.provenance?.claims ?? []).filter((c) => c.attribution === id).map((c) => c.id),
  ]);
  return (doc.provenance?.markers ?? []).filter(
    (m) => m.attribution === id || (m.target?.claim !== undefined && claimIds.has(m.target.claim)),
  );
}

/** The one-sentence sourcing summary: the provenance layer's, or a plain account of the text. */
export function summaryFor(doc: AnalyzedDocument, id: string): string {
  const summary = claimOf(doc, id)?.assessment?.summary;
  if (summary) return summary;
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
