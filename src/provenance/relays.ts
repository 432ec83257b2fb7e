import type { Attribution, Token } from '../model/document.js';
import type { Entity } from '../model/provenance.js';
import { DEFERRED } from './kinds.js';
import { readPhrase } from './phrase.js';
import { antecedentOf } from './pronouns.js';
import { continuedQuote, type QuoteRegion } from './quotes.js';
import type { Resolver } from './resolve-sources.js';
import { PRONOUNS, RELAYED } from './sources-lexicon.js';
import { holdersIn, overlapping, tokensIn } from './spans.js';

/** Where a source passes on someone else's words, and whose words they are. */

/**
 * Sentences where a source passes on someone else's words, in their content
 * or the quote paragraphs continuing it, with whose words they are: a nested
 * attribution's source, else the subject of the speech verb ("the chief of
 * staff ... said", "he said"), so a missed nested attribution still shows.
 */
export function findRelays(res: Resolver): void {
  // The quotes continuing each attribution, found once rather than per attribution.
  const continuing = new Map<Attribution, QuoteRegion[]>();
  for (const q of res.quotes) {
    const a = continuedQuote(res.doc, q, res.quotes);
    if (a) continuing.set(a, [...(continuing.get(a) ?? []), q]);
  }
  for (const a of res.attributions) {
    const source = res.sourceOf[a.id];
    if (!source) continue;
    const spans = [...a.content, ...(continuing.get(a) ?? [])];
    for (const c of spans) {
      for (const s of overlapping(res.doc.sentences, c)) {
        const part = { start: Math.max(c.start, s.start), end: Math.min(c.end, s.end) };
        const m = RELAYED.exec(res.doc.text.slice(part.start, part.end));
        if (!m) continue;
        const at = part.start + m.index;
        const nested = holdersIn(res.attributions, 'cue', { start: at, end: at + 1 }).find((b) => b !== a);
        const speaker = nested ? res.sourceOf[nested.id] : subjectOf(res, at, part.start, source)?.id;
        res.relays.push({ attribution: a.id, ...part, ...(speaker && speaker !== source && { speaker }) });
      }
    }
  }
}

/** Who speaks, from the words before a speech verb: "the chief of staff sort of came over and said". */
function subjectOf(res: Resolver, verb: number, from: number, speaker: string): Entity | undefined {
  const before = tokensIn(res.doc, { start: from, end: verb });
  let i = before.length - 1;
  const skip = (t: Token) =>
    ['ADV', 'AUX', 'PART', 'CCONJ', 'ADP', 'VERB'].includes(t.pos) || /^(?:sort|kind)$/i.test(t.text);
  while (i >= 0 && skip(before[i] as Token)) i--;
  const head = before[i];
  if (!head) return undefined;
  if (head.pos === 'PRON') {
    const w = head.text.toLowerCase();
    if (PRONOUNS.first.has(w) || !(PRONOUNS.male.has(w) || PRONOUNS.female.has(w) || PRONOUNS.plural.has(w)))
      return undefined;
    const entity = antecedentOf(res, w, head.start, speaker);
    if (entity) res.reg.mention(entity, head);
    return entity;
  }
  let j = i;
  while (j > 0) {
    const t = before[j - 1] as Token;
    const np = ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || (t.text === 'of' && j - 2 >= 0);
    if (!np) break;
    j--;
    if (t.pos === 'DET') break;
  }
  const span = { start: (before[j] as Token).start, end: head.end };
  const phrase = readPhrase(res.doc, [span]);
  if (!phrase || DEFERRED.has(phrase.kind) || !['name', 'role', 'anonymous'].includes(phrase.kind))
    return undefined;
  const entity = res.resolve(phrase, [span], false);
  res.reg.mention(entity, span);
  return entity;
}
