import { why } from './registry.js';
import type { Resolver } from './resolve-sources.js';
import { blockAt, first, sentenceAt } from './spans.js';

/**
 * The lede rule: news introduces a source by description ("a British
 * filmmaker told Politico") and names them in the next sentences ("Alex
 * Holder ... told the outlet"). The description joins the named person
 * when that person's name has not appeared before it.
 */
export function ledeDescriptions(res: Resolver): void {
  for (const id of [...res.reg.indefinite]) {
    const described = res.reg.get(id);
    const a = res.attributions.find((x) => res.sourceOf[x.id] === id);
    if (!described || !a || (described.type !== 'role-person' && described.type !== 'anonymous')) continue;
    const s = sentenceAt(res.doc, first(a.cue));
    const next = res.attributions.find((x) => {
      const t = sentenceAt(res.doc, first(x.cue));
      return t > s && t <= s + 2 && res.reg.get(res.sourceOf[x.id])?.type === 'named-person';
    });
    const named = next && res.reg.get(res.sourceOf[next.id]);
    if (!named) continue;
    const surname = named.name.split(/\s+/).at(-1);
    const blockStart = blockAt(res.doc, first(a.source))?.start ?? 0;
    const seenBefore = res.runs.some(
      (r) => r.end <= first(a.source) && r.start >= blockStart && r.name.split(/\s+/).at(-1) === surname,
    );
    const seenEarlier = res.runs.some(
      (r) =>
        r.end <= blockStart &&
        blockAt(res.doc, r.start)?.kind === 'paragraph' &&
        r.name.split(/\s+/).at(-1) === surname,
    );
    if (seenBefore || seenEarlier) continue;
    res.reg.merge(described, named);
    named.why = why('sources/lede-description', 0.7);
    for (const [k, v] of Object.entries(res.sourceOf)) if (v === id) res.sourceOf[k] = named.id;
    res.reg.indefinite.delete(id);
  }
}
