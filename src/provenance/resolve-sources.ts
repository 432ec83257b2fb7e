import type { Attribution, Document, Span, Token } from '../model/document.js';
import type { Entity, EntityType, Relay, SourceResolution } from '../model/provenance.js';
import { type Gender, type NameRun, nameRuns, outletName } from './names.js';
import { ancestors, type Parent, parents } from './nesting.js';
import { type Phrase, readPhrase } from './phrase.js';
import { continuedQuote, type QuoteRegion, quoteRegions } from './quotes.js';
import { addRole, norm, Registry, roleHead, why } from './registry.js';
import { GENDERED_TITLES, PRONOUNS, RECIPIENT_PATTERN, RELAYED, VIA_PATTERN } from './sources-lexicon.js';
import { blockAt, first, overlapping, readAttributions, sentenceAt, tokensIn, within } from './spans.js';

const PEOPLE: EntityType[] = ['named-person', 'role-person', 'anonymous'];
const OUTLETS: EntityType[] = ['outlet', 'publisher'];
const DEFERRED = new Set(['first-person', 'pronoun', 'relative']);

/**
 * Resolves every attribution's source to an entity: pronouns, short names,
 * titles and appositives, descriptions, outlets and documents. Pure: reads
 * the document's spans (gold or predicted attributions alike) and changes nothing.
 */
export function resolveSources(doc: Document): SourceResolution {
  return new Resolver(doc).run();
}

class Resolver {
  readonly reg = new Registry();
  readonly sourceOf: Record<string, string> = {};
  readonly via: Record<string, string> = {};
  readonly relays: Relay[] = [];
  readonly attributions: Attribution[];
  readonly parent: Map<string, Parent>;
  readonly runs: NameRun[];
  readonly quotes: QuoteRegion[];

  constructor(readonly doc: Document) {
    this.attributions = readAttributions(doc);
    this.parent = parents(doc);
    this.runs = nameRuns(doc);
    this.quotes = quoteRegions(doc);
  }

  run(): SourceResolution {
    this.publishers();
    const phrases = new Map<string, Phrase>();
    const summary = (a: Attribution) =>
      ['headline', 'keypoint'].includes(blockAt(this.doc, first(a.cue))?.kind ?? '');
    const body = this.attributions.filter((a) => !summary(a));
    const top = this.attributions.filter(summary);
    for (const a of this.attributions) {
      const phrase = a.source.length > 0 ? readPhrase(this.doc, a.source) : undefined;
      if (phrase) phrases.set(a.id, phrase);
    }
    const direct = (list: Attribution[], inSummary: boolean) => {
      for (const a of list) {
        const phrase = phrases.get(a.id);
        if (phrase && !DEFERRED.has(phrase.kind)) this.bind(a, this.resolve(phrase, a.source, inSummary));
      }
    };
    direct(body, false);
    this.ledeDescriptions();
    direct(top, true);
    const depth = (a: Attribution) => ancestors(this.parent, a.id).length;
    const deferred = this.attributions
      .filter((a) => DEFERRED.has(phrases.get(a.id)?.kind ?? ''))
      .sort((a, b) => depth(a) - depth(b) || first(a.source) - first(b.source));
    for (const a of deferred) {
      const entity = this.pronoun(phrases.get(a.id) as Phrase, a);
      if (entity) this.bind(a, entity);
    }
    this.intermediaries();
    this.findRelays();
    this.pronounMentions();
    this.nameMentions();
    return this.renumber();
  }

  /** Ids `e1`... in order of first mention, now that merges are done. */
  private renumber(): SourceResolution {
    const entities = [...this.reg.entities].sort(
      (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    );
    const ids = new Map(entities.map((e, i) => [e.id, `e${i + 1}`]));
    const map = (r: Record<string, string>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, ids.get(v) ?? v]));
    return {
      entities: entities.map((e) => ({ ...e, id: ids.get(e.id) ?? e.id })),
      sourceOf: map(this.sourceOf),
      via: map(this.via),
      relays: this.relays.map((r) => ({
        ...r,
        ...(r.speaker && { speaker: ids.get(r.speaker) ?? r.speaker }),
      })),
    };
  }

  private bind(a: Attribution, entity: Entity): void {
    this.sourceOf[a.id] = entity.id;
    for (const s of a.source) this.reg.mention(entity, s);
  }

  /**
   * The outlet a source spoke to or was quoted in, in the attribution's
   * sentence but outside its content: "told Politico", "told the outlet",
   * "in a statement to Insider", "was quoted in Russian state media reports".
   */
  private intermediaries(): void {
    for (const a of this.attributions) {
      // A nested source reaches the reader through its parent's source, not an outlet.
      if (this.parent.has(a.id)) continue;
      const cue = a.cue[0];
      const s = cue && this.doc.sentences[sentenceAt(this.doc, cue.start)];
      if (!s) continue;
      const text = this.doc.text.slice(s.start, s.end);
      for (const m of text.matchAll(VIA_PATTERN)) {
        const start = s.start + m.index + m[0].length;
        if (a.content.some((c) => c.start <= start && start < c.end)) continue;
        const span = this.nounPhraseAt(start, s.end);
        const phrase = span && readPhrase(this.doc, [span]);
        if (!span || !phrase || !['outlet', 'outlet-anaphor'].includes(phrase.kind)) continue;
        const entity = this.resolve(phrase, [span], false);
        if (entity.id === this.sourceOf[a.id]) continue;
        this.reg.mention(entity, span);
        this.via[a.id] = entity.id;
        break;
      }
    }
  }

  /** The noun phrase starting at an offset: determiners, adjectives, nouns and names. */
  private nounPhraseAt(start: number, limit: number): Span | undefined {
    const tokens = tokensIn(this.doc, { start, end: limit });
    let end = -1;
    for (const [i, t] of tokens.entries()) {
      const np =
        ['PROPN', 'NOUN', 'ADJ', 'NUM'].includes(t.pos) ||
        (i === 0 && t.pos === 'DET') ||
        /^[A-Z]/.test(t.text);
      if (!np) break;
      end = t.end;
    }
    const head = tokens[0];
    return head && end > head.start ? { start: head.start, end } : undefined;
  }

  /**
   * Sentences where a source passes on someone else's words, in their content
   * or the quote paragraphs continuing it, with whose words they are: a nested
   * attribution's source, else the subject of the speech verb ("the chief of
   * staff ... said", "he said"), so a missed nested attribution still shows.
   */
  private findRelays(): void {
    // The quotes continuing each attribution, found once rather than per attribution.
    const continuing = new Map<Attribution, QuoteRegion[]>();
    for (const q of this.quotes) {
      const a = continuedQuote(this.doc, q, this.quotes);
      if (a) continuing.set(a, [...(continuing.get(a) ?? []), q]);
    }
    for (const a of this.attributions) {
      const source = this.sourceOf[a.id];
      if (!source) continue;
      const spans = [...a.content, ...(continuing.get(a) ?? [])];
      for (const c of spans) {
        for (const s of overlapping(this.doc.sentences, c)) {
          const part = { start: Math.max(c.start, s.start), end: Math.min(c.end, s.end) };
          const m = RELAYED.exec(this.doc.text.slice(part.start, part.end));
          if (!m) continue;
          const at = part.start + m.index;
          const nested = this.attributions.find(
            (b) => b !== a && b.cue.some((x) => x.start <= at && at < x.end),
          );
          const speaker = nested ? this.sourceOf[nested.id] : this.subjectOf(at, part.start, source)?.id;
          this.relays.push({ attribution: a.id, ...part, ...(speaker && speaker !== source && { speaker }) });
        }
      }
    }
  }

  /** Who speaks, from the words before a speech verb: "the chief of staff sort of came over and said". */
  private subjectOf(verb: number, from: number, speaker: string): Entity | undefined {
    const before = tokensIn(this.doc, { start: from, end: verb });
    let i = before.length - 1;
    const skip = (t: Token) =>
      ['ADV', 'AUX', 'PART', 'CCONJ', 'ADP', 'VERB'].includes(t.pos) || /^(?:sort|kind)$/i.test(t.text);
    while (i >= 0 && skip(before[i] as Token)) i--;
    const head = before[i];
    if (!head) return undefined;
    if (head.pos === 'PRON') {
      const w = head.text.toLowerCase();
      if (
        PRONOUNS.first.has(w) ||
        !(PRONOUNS.male.has(w) || PRONOUNS.female.has(w) || PRONOUNS.plural.has(w))
      )
        return undefined;
      const entity = this.antecedentOf(w, head.start, speaker);
      if (entity) this.reg.mention(entity, head);
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
    const phrase = readPhrase(this.doc, [span]);
    if (!phrase || DEFERRED.has(phrase.kind) || !['name', 'role', 'anonymous'].includes(phrase.kind))
      return undefined;
    const entity = this.resolve(phrase, [span], false);
    this.reg.mention(entity, span);
    return entity;
  }

  /** The outlet publishing this copy and, for a syndicated copy, the original publisher. */
  private publishers(): void {
    for (const name of [this.doc.meta.siteName, this.doc.meta.originalPublisher]) {
      if (name && !this.publisher(name)) this.reg.add(name, 'publisher', 'sources/meta-publisher', 1);
    }
  }

  /** A publisher this name refers to: the same name, or one ending in it ("Insider" for "Business Insider"). */
  private publisher(name: string): Entity | undefined {
    const n = norm(name);
    return this.reg.entities.find((e) => {
      if (e.type !== 'publisher') return false;
      const p = norm(e.name);
      return p === n || p.endsWith(` ${n}`) || n.endsWith(` ${p}`);
    });
  }

  private resolve(phrase: Phrase, spans: readonly Span[], inSummary: boolean): Entity {
    const at = first(spans);
    switch (phrase.kind) {
      case 'outlet': {
        const found = this.publisher(phrase.text) ?? this.reg.named(phrase.text, ['outlet']);
        return found ?? this.reg.add(phrase.text, 'outlet', 'sources/outlet-name', 0.8);
      }
      case 'outlet-anaphor':
        return (
          this.reg.lastBefore(at, OUTLETS) ??
          this.outletRunBefore(at) ??
          this.reg.add(phrase.text, 'outlet', 'sources/outlet-anaphor-unresolved', 0.3)
        );
      case 'organization': {
        const found = this.reg.named(phrase.text, ['organization']);
        return found ?? this.reg.add(phrase.text, 'organization', 'sources/organization', 0.7);
      }
      case 'document':
        return this.documentSource(phrase, at, inSummary);
      case 'name':
        return this.person(phrase.name as NameRun, phrase.roles, phrase.descriptions);
      case 'role':
        return this.role(phrase, inSummary, spans);
      default: {
        const found = phrase.definite ? this.withRole(phrase.head, ['anonymous'], phrase.text) : undefined;
        if (found) return found;
        const entity = this.reg.add(phrase.text, 'anonymous', 'sources/anonymous', 0.7, phrase.roles);
        if (introduces(spans, this.doc)) this.reg.indefinite.add(entity.id);
        return entity;
      }
    }
  }

  private documentSource(phrase: Phrase, at: number, inSummary: boolean): Entity {
    const bare = phrase.text.toLowerCase().replace(/^(?:the|a|an)\s+/, '') === phrase.head;
    if (bare || phrase.definite) {
      const earlier = this.reg.lastBefore(at, ['document']);
      if (earlier && norm(earlier.name).endsWith(phrase.head)) return earlier;
      // A headline's bare "report" is the story the body goes on to cite.
      if (inSummary) {
        const cited = this.bodySourceOf(['outlet', 'document']);
        if (cited) return cited;
      }
    }
    return this.reg.add(phrase.text, 'document', 'sources/document', 0.7);
  }

  /** The first outlet or document the body cites as a source. */
  private bodySourceOf(types: readonly EntityType[]): Entity | undefined {
    for (const a of this.attributions) {
      const e = this.reg.get(this.sourceOf[a.id]);
      if (e && types.includes(e.type)) return e;
    }
    return undefined;
  }

  private outletRunBefore(at: number): Entity | undefined {
    const run = this.runs.filter((r) => r.end <= at && r.kind === 'outlet').at(-1);
    return run && this.resolve({ ...nameFields(run), kind: 'outlet' }, [run], false);
  }

  private person(run: NameRun, roles: readonly string[], descriptions: readonly string[]): Entity {
    const entity = this.named(run);
    for (const r of roles) addRole(entity, r);
    for (const d of descriptions) if (!entity.descriptions.includes(d)) entity.descriptions.push(d);
    if (run.gender && !this.reg.gender.has(entity.id)) this.reg.gender.set(entity.id, run.gender);
    for (const r of roles) {
      const g = roleGender(r);
      if (g && !this.reg.gender.has(entity.id)) this.reg.gender.set(entity.id, g);
    }
    return entity;
  }

  /** The named person a name refers to: the same full name, a surname of one, or a full name found elsewhere. */
  private named(run: NameRun): Entity {
    const words = run.name.split(/\s+/);
    const surname = words.at(-1) as string;
    const exact = this.reg.named(run.name, ['named-person']);
    if (exact) return exact;
    if (words.length === 1) {
      const bySurname = this.reg.entities.find(
        (e) => e.type === 'named-person' && e.name.split(/\s+/).at(-1) === surname,
      );
      if (bySurname) return bySurname;
      const full = this.runs.find(
        (r) => r.name !== run.name && r.name.split(/\s+/).at(-1) === surname && r.kind === 'person',
      );
      if (full) {
        const entity = this.reg.add(full.name, 'named-person', 'sources/short-name', 0.85, full.roles);
        if (full.gender) this.reg.gender.set(entity.id, full.gender);
        return entity;
      }
    } else {
      // A full name after its short form made an entity: give the entity the full name.
      const short = this.reg.entities.find((e) => e.type === 'named-person' && e.name === surname);
      if (short) {
        short.name = run.name;
        return short;
      }
    }
    const entity = this.reg.add(run.name, 'named-person', 'sources/name', 0.9, run.roles);
    return entity;
  }

  private role(phrase: Phrase, inSummary: boolean, spans: readonly Span[]): Entity {
    if (phrase.definite || inSummary) {
      // A summary's "a filmmaker" restates the body's "British filmmaker": the head is enough.
      const found = this.withRole(phrase.head, PEOPLE, phrase.definite ? phrase.text : phrase.head);
      if (found) {
        if (phrase.definite === false) addRole(found, phrase.text);
        return found;
      }
    }
    const name = phrase.definite ? `the ${phrase.text}` : phrase.text;
    const entity = this.reg.add(name, 'role-person', 'sources/role', 0.75, phrase.roles);
    const g = roleGender(phrase.text);
    if (g) this.reg.gender.set(entity.id, g);
    if (introduces(spans, this.doc)) this.reg.indefinite.add(entity.id);
    return entity;
  }

  /**
   * An entity whose role has this head and no words the phrase lacks or
   * contradicts: "the senator" is "the South Carolina senator", but "the
   * Republican nominee" is not "the Democratic presidential nominee".
   */
  private withRole(head: string, types: readonly EntityType[], text = head): Entity | undefined {
    const words = roleWords(text);
    return this.reg.entities.find(
      (e) =>
        types.includes(e.type) &&
        e.roles.some((r) => roleHead(r) === head && [...words].every((w) => roleWords(r).has(w))),
    );
  }

  /**
   * The lede rule: news introduces a source by description ("a British
   * filmmaker told Politico") and names them in the next sentences ("Alex
   * Holder ... told the outlet"). The description joins the named person
   * when that person's name has not appeared before it.
   */
  private ledeDescriptions(): void {
    for (const id of [...this.reg.indefinite]) {
      const described = this.reg.get(id);
      const a = this.attributions.find((x) => this.sourceOf[x.id] === id);
      if (!described || !a || (described.type !== 'role-person' && described.type !== 'anonymous')) continue;
      const s = sentenceAt(this.doc, first(a.cue));
      const next = this.attributions.find((x) => {
        const t = sentenceAt(this.doc, first(x.cue));
        return t > s && t <= s + 2 && this.reg.get(this.sourceOf[x.id])?.type === 'named-person';
      });
      const named = next && this.reg.get(this.sourceOf[next.id]);
      if (!named) continue;
      const surname = named.name.split(/\s+/).at(-1);
      const blockStart = blockAt(this.doc, first(a.source))?.start ?? 0;
      const seenBefore = this.runs.some(
        (r) => r.end <= first(a.source) && r.start >= blockStart && r.name.split(/\s+/).at(-1) === surname,
      );
      const seenEarlier = this.runs.some(
        (r) =>
          r.end <= blockStart &&
          blockAt(this.doc, r.start)?.kind === 'paragraph' &&
          r.name.split(/\s+/).at(-1) === surname,
      );
      if (seenBefore || seenEarlier) continue;
      this.reg.merge(described, named);
      named.why = why('sources/lede-description', 0.7);
      for (const [k, v] of Object.entries(this.sourceOf)) if (v === id) this.sourceOf[k] = named.id;
      this.reg.indefinite.delete(id);
    }
  }

  private pronoun(phrase: Phrase, a: Attribution): Entity | undefined {
    const at = first(a.source);
    if (phrase.kind === 'first-person') return this.speaker(a, at);
    if (phrase.kind === 'relative') return this.antecedent(a.source);
    const word = phrase.pronoun ?? '';
    const exclude = this.speaker(a, at, false);
    return this.antecedentOf(word, at, exclude?.id);
  }

  /** Who speaks the quote or report holding this attribution: its parent's source. */
  private speaker(a: Attribution, at: number, create = true): Entity | undefined {
    const p = this.parent.get(a.id);
    const bySpeaker = p && this.reg.get(this.sourceOf[p.id]);
    if (bySpeaker) return bySpeaker;
    const quotes = this.quotes;
    const quote = quotes.find((q) => q.start <= at && at < q.end);
    const continued = quote && continuedQuote(this.doc, quote, quotes);
    const entity = continued && this.reg.get(this.sourceOf[continued.id]);
    if (entity || !create) return entity;
    return this.reg.add('unidentified speaker', 'anonymous', 'sources/first-person-unresolved', 0.2);
  }

  /** The noun phrase a relative pronoun ("who") follows. */
  private antecedent(spans: readonly Span[]): Entity | undefined {
    const at = first(spans);
    const tokens = this.doc.tokens;
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
    const known = this.reg.entities.find((e) =>
      e.mentions.some((m) => m.start <= span.start && span.end <= m.end),
    );
    if (known) return known;
    const phrase = readPhrase(this.doc, [span]);
    if (!phrase || DEFERRED.has(phrase.kind)) return undefined;
    const entity = this.resolve(phrase, [span], false);
    this.reg.mention(entity, span);
    return entity;
  }

  /**
   * The entity a third-person pronoun refers to: among mentions in the last
   * ten sentences, nearer first and sources before others, then the nearest, agreeing in gender and
   * number; a quote's speaker is not "he" inside their own quote.
   */
  private antecedentOf(word: string, at: number, exclude?: string): Entity | undefined {
    const here = sentenceAt(this.doc, at);
    let best: { entity?: Entity; run?: NameRun; score: number; pos: number } | undefined;
    const consider = (pos: number, score: number, entity?: Entity, run?: NameRun) => {
      if (!best || score > best.score || (score === best.score && pos > best.pos))
        best = { score, pos, ...(entity && { entity }), ...(run && { run }) };
    };
    const excluded = this.reg.get(exclude);
    const sourceStarts = new Set(this.attributions.flatMap((a) => a.source.map((s) => s.start)));
    for (const e of this.reg.entities) {
      if (e.id === exclude || !this.agrees(word, e)) continue;
      for (const m of e.mentions) {
        if (m.start >= at) continue;
        const distance = here - sentenceAt(this.doc, m.start);
        if (distance > 10 || distance < 0) continue;
        consider(m.start, -distance + (sourceStarts.has(m.start) ? 1.5 : 0), e);
      }
    }
    if (!PRONOUNS.neuter.has(word) && !PRONOUNS.plural.has(word)) {
      for (const r of this.runs) {
        if (r.end > at || r.kind !== 'person') continue;
        const distance = here - sentenceAt(this.doc, r.start);
        if (distance > 10 || distance < 0) continue;
        if (r.gender && r.gender !== pronounGender(word)) continue;
        if (excluded && (excluded.name === r.name || excluded.name.split(/\s+/).at(-1) === r.name)) continue;
        consider(r.start, -distance, undefined, r);
      }
    }
    if (!best) return undefined;
    const found = best as { entity?: Entity; run?: NameRun };
    const entity = found.entity ?? (found.run && this.person(found.run, found.run.roles, []));
    if (entity?.id === exclude) return undefined;
    const g = pronounGender(word);
    if (entity && g && !this.reg.gender.has(entity.id)) this.reg.gender.set(entity.id, g);
    return entity;
  }

  private agrees(word: string, e: Entity): boolean {
    if (PRONOUNS.neuter.has(word))
      return ['organization', 'outlet', 'publisher', 'document'].includes(e.type);
    if (PRONOUNS.plural.has(word)) return ['anonymous', 'organization', 'role-person'].includes(e.type);
    const g = this.reg.gender.get(e.id);
    return ['named-person', 'role-person'].includes(e.type) && (!g || g === pronounGender(word));
  }

  /**
   * Pronouns outside source spans that the reader resolves the same way:
   * "I"/"my" in a quote are its speaker; "he" opening reported speech is the
   * source ("Holder told the outlet that he had been scheduled").
   */
  private pronounMentions(): void {
    const quotes = this.quotes;
    for (const t of this.doc.tokens) {
      const w = t.text.toLowerCase();
      if (!PRONOUNS.first.has(w) || !/^[A-Za-z]+$/.test(t.text)) continue;
      if (!quotes.some((q) => q.start <= t.start && t.end <= q.end)) continue;
      const holder = this.holderAt(t.start, quotes);
      const entity = holder && this.reg.get(this.sourceOf[holder.id]);
      if (entity) this.reg.mention(entity, t);
    }
    for (const a of this.attributions) {
      const entity = this.reg.get(this.sourceOf[a.id]);
      const c = a.content[0];
      if (!entity || !c || a.kind === 'direct') continue;
      const tokens = tokensIn(this.doc, c).slice(0, 2);
      const subject = tokens[0]?.text.toLowerCase() === 'that' ? tokens[1] : tokens[0];
      const w = subject?.text.toLowerCase() ?? '';
      if (subject && (PRONOUNS.male.has(w) || PRONOUNS.female.has(w)) && this.agrees(w, entity))
        this.reg.mention(entity, subject);
    }
  }

  /** The attribution whose quote holds an offset: innermost content, else the quote it continues. */
  private holderAt(offset: number, quotes: readonly QuoteRegion[]): Attribution | undefined {
    const holders = this.attributions
      .filter((a) => a.content.some((c) => c.start <= offset && offset < c.end))
      .sort((x, y) => ancestors(this.parent, y.id).length - ancestors(this.parent, x.id).length);
    const inner = holders.find((a) => !a.source.some((s) => s.start <= offset && offset < s.end));
    if (inner) return inner;
    const quote = quotes.find((q) => q.start <= offset && offset < q.end);
    return quote && continuedQuote(this.doc, quote, quotes);
  }

  /**
   * Every other mention of a resolved name (a surname alone only when no other
   * source shares it), of outlets and publishers, and outlet anaphors ("the outlet").
   */
  private nameMentions(): void {
    const surnames = new Map<string, number>();
    for (const e of this.reg.entities)
      if (e.type === 'named-person') {
        const s = e.name.split(/\s+/).at(-1) as string;
        surnames.set(s, (surnames.get(s) ?? 0) + 1);
      }
    for (const r of this.runs) {
      const person = this.reg.entities.find(
        (e) =>
          e.type === 'named-person' &&
          (e.name === r.name ||
            (!r.name.includes(' ') && e.name.split(/\s+/).at(-1) === r.name && surnames.get(r.name) === 1)),
      );
      if (person) {
        this.reg.mention(person, r.nameSpan);
        continue;
      }
      const before = this.doc.text.slice(Math.max(0, r.start - 40), r.start);
      const outlet =
        this.publisher(r.name) ??
        this.reg.named(r.name, ['outlet', 'organization']) ??
        (r.kind === 'outlet' && RECIPIENT_PATTERN.test(before) && outletName(r.name)
          ? this.reg.add(r.name, 'outlet', 'sources/recipient-outlet', 0.7)
          : undefined);
      if (outlet) this.reg.mention(outlet, r.nameSpan);
    }
    const anaphor =
      /\bthe (?:outlet|paper|newspaper|network|magazine|site|website|publication|broadcaster|station|channel)\b/gi;
    for (const m of this.doc.text.matchAll(anaphor)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!within(span, this.doc.sentences)) continue;
      const outlet = this.reg.lastBefore(span.start, OUTLETS);
      if (outlet) this.reg.mention(outlet, span);
    }
  }
}

function nameFields(run: NameRun): Omit<Phrase, 'kind'> {
  return {
    text: run.name,
    head: run.name.toLowerCase(),
    definite: true,
    plural: false,
    roles: [],
    descriptions: [],
  };
}

/** A role's words, without determiners and words that do not tell roles apart. */
function roleWords(role: string): Set<string> {
  return new Set(
    role
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w && !/^(?:the|a|an|this|that|presidential|former|current|then|new|top)$/.test(w)),
  );
}

/** Whether a source phrase introduces someone the way a lede does: "a British filmmaker", "an official". */
function introduces(spans: readonly Span[], doc: Document): boolean {
  return /^(?:a|an|one)\s/i.test(doc.text.slice(first(spans)).trimStart());
}

function pronounGender(word: string): Gender | undefined {
  if (PRONOUNS.male.has(word)) return 'male';
  if (PRONOUNS.female.has(word)) return 'female';
  return undefined;
}

function roleGender(role: string): Gender | undefined {
  const words = role.toLowerCase().split(/\s+/);
  if (words.some((w) => GENDERED_TITLES.male.has(w))) return 'male';
  if (words.some((w) => GENDERED_TITLES.female.has(w))) return 'female';
  return undefined;
}
