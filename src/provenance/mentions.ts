import type { Attribution } from '../model/document.js';
import { OUTLETS } from './kinds.js';
import { outletName } from './names.js';
import { ancestors } from './nesting.js';
import { agrees } from './pronouns.js';
import { continuedQuote, type QuoteRegion } from './quotes.js';
import type { Resolver } from './resolve-sources.js';
import { PRONOUNS, RECIPIENT_PATTERN } from './sources-lexicon.js';
import { contentHolders, holding, tokensIn, within } from './spans.js';

/** Mentions beyond source spans: "I" in a quote, names and outlet anaphors elsewhere in the text. */

/**
 * Pronouns outside source spans that the reader resolves the same way:
 * "I"/"my" in a quote are its speaker; "he" opening reported speech is the
 * source ("Holder told the outlet that he had been scheduled").
 */
export function pronounMentions(res: Resolver): void {
  const quotes = res.quotes;
  for (const t of res.doc.tokens) {
    // Only ASCII words count, and lower case keeps their length: skip lower-casing longer ones.
    if (t.text.length > LONGEST_FIRST) continue;
    const w = t.text.toLowerCase();
    if (!PRONOUNS.first.has(w) || !/^[A-Za-z]+$/.test(t.text)) continue;
    if (holding(quotes, t).length === 0) continue;
    const holder = holderAt(res, t.start, quotes);
    const entity = holder && res.reg.get(res.sourceOf[holder.id]);
    if (entity) res.reg.mention(entity, t);
  }
  for (const a of res.attributions) {
    const entity = res.reg.get(res.sourceOf[a.id]);
    const c = a.content[0];
    if (!entity || !c || a.kind === 'direct') continue;
    const tokens = tokensIn(res.doc, c).slice(0, 2);
    const subject = tokens[0]?.text.toLowerCase() === 'that' ? tokens[1] : tokens[0];
    const w = subject?.text.toLowerCase() ?? '';
    if (subject && (PRONOUNS.male.has(w) || PRONOUNS.female.has(w)) && agrees(res, w, entity))
      res.reg.mention(entity, subject);
  }
}

const LONGEST_FIRST = Math.max(...[...PRONOUNS.first].map((w) => w.length));

/** The attribution whose quote holds an offset: innermost content, else the quote it continues. */
function holderAt(res: Resolver, offset: number, quotes: readonly QuoteRegion[]): Attribution | undefined {
  const holders = contentHolders(res.doc, { start: offset, end: offset + 1 }).sort(
    (x, y) => ancestors(res.parent, y.id).length - ancestors(res.parent, x.id).length,
  );
  const inner = holders.find((a) => !a.source.some((s) => s.start <= offset && offset < s.end));
  if (inner) return inner;
  const quote = holding(quotes, { start: offset, end: offset + 1 })[0];
  return quote && continuedQuote(res.doc, quote, quotes);
}

/**
 * Every other mention of a resolved name (a surname alone only when no other
 * source shares it), of outlets and publishers, and outlet anaphors ("the outlet").
 */
export function nameMentions(res: Resolver): void {
  const surnames = new Map<string, number>();
  for (const e of res.reg.entities)
    if (e.type === 'named-person') {
      const s = e.name.split(/\s+/).at(-1) as string;
      surnames.set(s, (surnames.get(s) ?? 0) + 1);
    }
  // The first named person by full name and by surname (names do not change in this loop).
  const byName = new Map<string, number>();
  const bySurname = new Map<string, number>();
  res.reg.entities.forEach((e, i) => {
    if (e.type !== 'named-person') return;
    if (!byName.has(e.name)) byName.set(e.name, i);
    const s = e.name.split(/\s+/).at(-1) as string;
    if (!bySurname.has(s)) bySurname.set(s, i);
  });
  for (const r of res.runs) {
    const surname = !r.name.includes(' ') && surnames.get(r.name) === 1 ? bySurname.get(r.name) : undefined;
    const at = Math.min(byName.get(r.name) ?? Number.POSITIVE_INFINITY, surname ?? Number.POSITIVE_INFINITY);
    const person = res.reg.entities[at];
    if (person) {
      res.reg.mention(person, r.nameSpan);
      continue;
    }
    const before = res.doc.text.slice(Math.max(0, r.start - 40), r.start);
    const outlet =
      res.publisher(r.name) ??
      res.reg.named(r.name, ['outlet', 'organization']) ??
      (r.kind === 'outlet' && RECIPIENT_PATTERN.test(before) && outletName(r.name)
        ? res.reg.add(r.name, 'outlet', 'sources/recipient-outlet', 0.7)
        : undefined);
    if (outlet) res.reg.mention(outlet, r.nameSpan);
  }
  const anaphor =
    /\bthe (?:outlet|paper|newspaper|network|magazine|site|website|publication|broadcaster|station|channel)\b/gi;
  for (const m of res.doc.text.matchAll(anaphor)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!within(span, res.doc.sentences)) continue;
    const outlet = res.reg.lastBefore(span.start, OUTLETS);
    if (outlet) res.reg.mention(outlet, span);
  }
}
