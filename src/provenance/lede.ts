import { type Attribution, ruleWhy, type Span } from '../model/document.js';
import type { NameRun } from './names.js';
import type { Resolver } from './resolve-sources.js';
import { blockAt, first, sentenceAt, startingAt } from './spans.js';

/**
 * The lede rule: news introduces a source by description ("a British
 * filmmaker told Politico") and names them in the next sentences ("Alex
 * Holder ... told the outlet"). The description joins the named person
 * when that person's name has not appeared before it.
 */
export function ledeDescriptions(res: Resolver): void {
  // Found once, not per description. Merges below only rebind to named people, never to
  // a description, so each description's first attribution stays the same.
  const firstOf = new Map<string, Attribution>();
  for (const x of res.attributions) {
    const e = res.sourceOf[x.id];
    if (e && !firstOf.has(e)) firstOf.set(e, x);
  }
  const cues = res.attributions.map((x) => ({ start: first(x.cue), end: first(x.cue) }));
  const earliest = new Map<string | undefined, number>();
  for (const r of res.runs) {
    if (blockAt(res.doc, r.start)?.kind !== 'paragraph') continue;
    const surname = r.name.split(/\s+/).at(-1);
    earliest.set(surname, Math.min(earliest.get(surname) ?? Number.POSITIVE_INFINITY, r.end));
  }
  for (const id of [...res.reg.indefinite]) {
    const described = res.reg.get(id);
    const a = firstOf.get(id);
    if (!described || !a || (described.type !== 'role-person' && described.type !== 'anonymous')) continue;
    const s = sentenceAt(res.doc, first(a.cue));
    // Cues in the next two sentences lie between their offsets (attributions are in cue order).
    const from = res.doc.sentences[s + 1];
    const to = res.doc.sentences[s + 2] ?? from;
    let next: Attribution | undefined;
    for (let i = from ? startingAt(cues, from.start) : cues.length; !next && i < cues.length; i++) {
      if ((cues[i] as Span).start >= (to as Span).end) break;
      const x = res.attributions[i] as Attribution;
      const t = sentenceAt(res.doc, first(x.cue));
      if (t > s && t <= s + 2 && res.reg.get(res.sourceOf[x.id])?.type === 'named-person') next = x;
    }
    const named = next && res.reg.get(res.sourceOf[next.id]);
    if (!named) continue;
    const surname = named.name.split(/\s+/).at(-1);
    const blockStart = blockAt(res.doc, first(a.source))?.start ?? 0;
    let seenBefore = false;
    for (let i = startingAt(res.runs, blockStart); !seenBefore && i < res.runs.length; i++) {
      const r = res.runs[i] as NameRun;
      if (r.start >= first(a.source)) break;
      seenBefore = r.end <= first(a.source) && r.name.split(/\s+/).at(-1) === surname;
    }
    const seenEarlier = (earliest.get(surname) ?? Number.POSITIVE_INFINITY) <= blockStart;
    if (seenBefore || seenEarlier) continue;
    res.reg.merge(described, named);
    named.why = ruleWhy('sources/lede-description', 0.7);
    for (const [k, v] of Object.entries(res.sourceOf)) if (v === id) res.sourceOf[k] = named.id;
    res.reg.indefinite.delete(id);
  }
}
