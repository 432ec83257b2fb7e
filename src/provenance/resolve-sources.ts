import type { Attribution, Document, Span } from '../model/document.js';
import type { Entity, EntityType, Relay, SourceResolution } from '../model/provenance.js';
import { intermediaries } from './intermediaries.js';
import { DEFERRED, OUTLETS } from './kinds.js';
import { ledeDescriptions } from './lede.js';
import { nameMentions, pronounMentions } from './mentions.js';
import { type NameRun, nameRuns } from './names.js';
import { ancestors, type Parent, parents } from './nesting.js';
import { introduces, person, role, withRole } from './people.js';
import { type Phrase, readPhrase } from './phrase.js';
import { pronoun } from './pronouns.js';
import { type QuoteRegion, quoteRegions } from './quotes.js';
import { norm, Registry, roleHead } from './registry.js';
import { findRelays } from './relays.js';
import { blockAt, first, readAttributions } from './spans.js';

/**
 * Resolves every attribution's source to an entity: pronouns, short names,
 * titles and appositives, descriptions, outlets and documents. Pure: reads
 * the document's spans (gold or predicted attributions alike) and changes nothing.
 */
export function resolveSources(doc: Document): SourceResolution {
  return new Resolver(doc).run();
}

export class Resolver {
  readonly reg = new Registry();
  readonly sourceOf: Record<string, string> = {};
  readonly via: Record<string, string> = {};
  readonly relays: Relay[] = [];
  readonly attributions: Attribution[];
  readonly parent: ReadonlyMap<string, Parent>;
  readonly runs: NameRun[];
  readonly quotes: QuoteRegion[];
  /** Person name runs by the head of their title ("governor" for "Gov. Tim Walsh"), in text order. */
  readonly titled = new Map<string, NameRun[]>();
  readonly sourceStarts: Set<number>;

  constructor(readonly doc: Document) {
    this.attributions = readAttributions(doc);
    this.parent = parents(doc);
    this.runs = nameRuns(doc);
    this.quotes = quoteRegions(doc);
    for (const r of this.runs) {
      if (r.kind !== 'person') continue;
      for (const role of r.roles) {
        const head = roleHead(role);
        const list = this.titled.get(head);
        if (list) list.push(r);
        else this.titled.set(head, [r]);
      }
    }
    this.sourceStarts = new Set(this.attributions.flatMap((a) => a.source.map((s) => s.start)));
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
    ledeDescriptions(this);
    direct(top, true);
    const depth = (a: Attribution) => ancestors(this.parent, a.id).length;
    const deferred = this.attributions
      .filter((a) => DEFERRED.has(phrases.get(a.id)?.kind ?? ''))
      .sort((a, b) => depth(a) - depth(b) || first(a.source) - first(b.source));
    for (const a of deferred) {
      const entity = pronoun(this, phrases.get(a.id) as Phrase, a);
      if (entity) this.bind(a, entity);
    }
    intermediaries(this);
    findRelays(this);
    pronounMentions(this);
    nameMentions(this);
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

  /** The outlet publishing this copy and, for a syndicated copy, the original publisher. */
  private publishers(): void {
    for (const name of [this.doc.meta.siteName, this.doc.meta.originalPublisher]) {
      if (name && !this.publisher(name)) this.reg.add(name, 'publisher', 'sources/meta-publisher', 1);
    }
  }

  /** A publisher this name refers to: the same name, or one ending in it ("Insider" for "Business Insider"). */
  publisher(name: string): Entity | undefined {
    const n = norm(name);
    return this.reg.entities.find((e) => {
      if (e.type !== 'publisher') return false;
      const p = norm(e.name);
      return p === n || p.endsWith(` ${n}`) || n.endsWith(` ${p}`);
    });
  }

  resolve(phrase: Phrase, spans: readonly Span[], inSummary: boolean): Entity {
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
        return person(this, phrase.name as NameRun, phrase.roles, phrase.descriptions);
      case 'role':
        return role(this, phrase, inSummary, spans);
      default: {
        const found = phrase.definite ? withRole(this, phrase.head, ['anonymous'], phrase.text) : undefined;
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
