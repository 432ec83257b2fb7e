import type { Attribution, Span } from '../model/document.js';
import type { Entity } from '../model/provenance.js';
import { DEFERRED } from './kinds.js';
import type { Gender, NameRun } from './names.js';
import { person } from './people.js';
import { type Phrase, readPhrase } from './phrase.js';
import { continuedQuote } from './quotes.js';
import type { Resolver } from './resolve-sources.js';
import { PRONOUNS } from './sources-lexicon.js';
import { first, sentenceAt, startingAt } from './spans.js';

/** Pronouns and "who": the speaker of a quote, or the antecedent agreeing in gender and number. */

export function pronoun(res: Resolver, phrase: Phrase, a: Attribution): Entity | undefined {
  const at = first(a.source);
  if (phrase.kind === 'first-person') return speaker(res, a, at);
  if (phrase.kind === 'relative') return antecedent(res, a.source);
  const word = phrase.pronoun ?? '';
  const exclude = speaker(res, a, at, false);
  return antecedentOf(res, word, at, exclude?.id);
}

/** Who speaks the quote or report holding this attribution: its parent's source. */
export function speaker(res: Resolver, a: Attribution, at: number, create = true): Entity | undefined {
  const p = res.parent.get(a.id);
  const bySpeaker = p && res.reg.get(res.sourceOf[p.id]);
  if (bySpeaker) return bySpeaker;
  const quotes = res.quotes;
  const quote = quotes.find((q) => q.start <= at && at < q.end);
  const continued = quote && continuedQuote(res.doc, quote, quotes);
  const entity = continued && res.reg.get(res.sourceOf[continued.id]);
  if (entity || !create) return entity;
  return res.reg.add('unidentified speaker', 'anonymous', 'sources/first-person-unresolved', 0.2);
}

/** The noun phrase a relative pronoun ("who") follows. */
export function antecedent(res: Resolver, spans: readonly Span[]): Entity | undefined {
  const at = first(spans);
  const tokens = res.doc.tokens;
  let i = tokens.findIndex((t) => t.start >= at) - 1;
  while (i >= 0 && tokens[i]?.text === ',') i--;
  const end = i;
  const sentence = tokens[end]?.sentence;
  while (i >= 0) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (!['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART'].includes(t.pos) && !/^[A-Z]/.test(t.text)) break;
    i--;
    if (t.pos === 'DET') break;
  }
  const startToken = tokens[i + 1];
  const endToken = tokens[end];
  if (!startToken || !endToken || end < i + 1) return undefined;
  const span = { start: startToken.start, end: endToken.end };
  const known = res.reg.entities.find((e) =>
    e.mentions.some((m) => m.start <= span.start && span.end <= m.end),
  );
  if (known) return known;
  const phrase = readPhrase(res.doc, [span]);
  if (!phrase || DEFERRED.has(phrase.kind)) return undefined;
  const entity = res.resolve(phrase, [span], false);
  res.reg.mention(entity, span);
  return entity;
}

/**
 * The entity a third-person pronoun refers to: among mentions in the last
 * ten sentences, nearer first and sources before others, then the nearest, agreeing in gender and
 * number; a quote's speaker is not "he" inside their own quote.
 */
export function antecedentOf(res: Resolver, word: string, at: number, exclude?: string): Entity | undefined {
  const here = sentenceAt(res.doc, at);
  let best: { entity?: Entity; run?: NameRun; score: number; pos: number } | undefined;
  const consider = (pos: number, score: number, entity?: Entity, run?: NameRun) => {
    if (!best || score > best.score || (score === best.score && pos > best.pos))
      best = { score, pos, ...(entity && { entity }), ...(run && { run }) };
  };
  const excluded = res.reg.get(exclude);
  // Nothing before the tenth sentence back can be an antecedent: scans start there (mentions and runs are in text order).
  const from = here >= 10 ? (res.doc.sentences[here - 10] as Span).start : 0;
  for (const e of res.reg.entities) {
    if (e.id === exclude || !agrees(res, word, e)) continue;
    for (let i = startingAt(e.mentions, from); i < e.mentions.length; i++) {
      const m = e.mentions[i] as Span;
      if (m.start >= at) break;
      const distance = here - sentenceAt(res.doc, m.start);
      if (distance > 10 || distance < 0) continue;
      consider(m.start, -distance + (res.sourceStarts.has(m.start) ? 1.5 : 0), e);
    }
  }
  if (!PRONOUNS.neuter.has(word) && !PRONOUNS.plural.has(word)) {
    for (let i = startingAt(res.runs, from); i < res.runs.length; i++) {
      const r = res.runs[i] as NameRun;
      if (r.end > at) break;
      if (r.kind !== 'person') continue;
      const distance = here - sentenceAt(res.doc, r.start);
      if (distance > 10 || distance < 0) continue;
      if (r.gender && r.gender !== pronounGender(word)) continue;
      if (excluded && (excluded.name === r.name || excluded.name.split(/\s+/).at(-1) === r.name)) continue;
      consider(r.start, -distance, undefined, r);
    }
  }
  if (!best) return undefined;
  const found = best as { entity?: Entity; run?: NameRun };
  const entity = found.entity ?? (found.run && person(res, found.run, found.run.roles, []));
  if (entity?.id === exclude) return undefined;
  const g = pronounGender(word);
  if (entity && g && !res.reg.gender.has(entity.id)) res.reg.gender.set(entity.id, g);
  return entity;
}

export function agrees(res: Resolver, word: string, e: Entity): boolean {
  if (PRONOUNS.neuter.has(word)) return ['organization', 'outlet', 'publisher', 'document'].includes(e.type);
  if (PRONOUNS.plural.has(word)) return ['anonymous', 'organization', 'role-person'].includes(e.type);
  const g = res.reg.gender.get(e.id);
  return ['named-person', 'role-person'].includes(e.type) && (!g || g === pronounGender(word));
}

function pronounGender(word: string): Gender | undefined {
  if (PRONOUNS.male.has(word)) return 'male';
  if (PRONOUNS.female.has(word)) return 'female';
  return undefined;
}
