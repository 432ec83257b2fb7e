import type { Document } from '../model/document.js';
import type { Chain, Entity, SourceResolution } from '../model/provenance.js';
import { ancestors, type Parent, parents } from './nesting.js';
import { RELAYED } from './sources-lexicon.js';
import { readAttributions } from './spans.js';

/** The outlets this copy comes through: the site showing it, then the original publisher. */
export function publisherIds(doc: Document, resolution: SourceResolution): string[] {
  const names = [doc.meta.siteName, doc.meta.originalPublisher].filter((n): n is string => !!n);
  const ids: string[] = [];
  for (const name of names) {
    const e = resolution.entities.find((x) => x.type === 'publisher' && x.name === name);
    if (e && !ids.includes(e.id)) ids.push(e.id);
  }
  return ids;
}

/**
 * Each attribution's chain, publisher first: the outlet the source spoke to
 * ("told Politico"; carried to the same source's later statements), each
 * enclosing speaker, then the source. First-hand when the innermost source
 * is a person or body not relaying anyone else's words.
 */
export function buildChains(
  doc: Document,
  resolution: SourceResolution,
  parent: ReadonlyMap<string, Parent> = parents(doc),
): Chain[] {
  const attributions = readAttributions(doc);
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const entity = new Map(resolution.entities.map((e) => [e.id, e]));
  const top = publisherIds(doc, resolution);
  // A source's outlet ("told Politico") carries to their other statements in the article.
  const carried = new Map<string, string>();
  for (const a of attributions) {
    const source = resolution.sourceOf[a.id];
    const own = resolution.via[a.id];
    if (own && source && !carried.has(source)) carried.set(source, own);
  }
  const via = new Map<string, { id: string; carried: boolean }>();
  for (const a of attributions) {
    if (parent.has(a.id)) continue;
    const source = resolution.sourceOf[a.id];
    const own = resolution.via[a.id];
    if (own) via.set(a.id, { id: own, carried: false });
    else if (source && carried.has(source))
      via.set(a.id, { id: carried.get(source) as string, carried: true });
  }
  const children = new Map<string, number>();
  for (const b of attributions) {
    const p = parent.get(b.id)?.id;
    if (p) children.set(p, (children.get(p) ?? 0) + 1);
  }
  return attributions.map((a) => {
    const path = [...ancestors(parent, a.id).reverse(), a.id];
    const ids = [...top];
    const push = (id: string | undefined) => {
      if (id && ids.at(-1) !== id && !(top.includes(id) && ids.includes(id))) ids.push(id);
    };
    for (const step of path) {
      push(via.get(step)?.id);
      push(resolution.sourceOf[step]);
    }
    const firstHand = firstHandOf(doc, a, children.get(a.id) ?? 0, path, resolution, entity);
    const rule = via.get(path[0] as string)?.carried ? 'chains/recipient-carried' : 'chains/nesting';
    return {
      attribution: a.id,
      entities: ids,
      hops: Math.max(0, ids.length - 1),
      firstHand,
      why: { by: 'rule', rule, confidence: byId.get(a.id)?.why.confidence ?? 0.5 },
    };
  });
}

function firstHandOf(
  doc: Document,
  a: ReturnType<typeof readAttributions>[number],
  children: number,
  path: readonly string[],
  resolution: SourceResolution,
  entity: ReadonlyMap<string, Entity>,
): boolean | null {
  const source = entity.get(resolution.sourceOf[a.id] ?? '');
  if (!source) return null;
  if (source.type === 'document') return null;
  if (source.type === 'outlet' || source.type === 'publisher') return false;
  const speakers = new Set(
    path
      .map((id) => entity.get(resolution.sourceOf[id] ?? ''))
      .filter((e) => e && e.type !== 'outlet' && e.type !== 'publisher')
      .map((e) => e?.id),
  );
  if (speakers.size > 1) return false;
  if (children > 0) return false;
  const uncovered = a.content.some((c) => RELAYED.test(doc.text.slice(c.start, c.end)));
  return !uncovered;
}
