import type { Document, Span } from '../model/document.js';
import type {
  Assessment,
  Chain,
  Claim,
  Denial,
  Entity,
  Marker,
  Relay,
  SourceResolution,
  SourceTypeCounts,
} from '../model/provenance.js';
import { publisherIds } from './chains.js';
import { type ClaimDraft, claimDrafts, sentenceClaim } from './claims.js';
import { MARKER_RULES } from './markers-lexicon.js';
import { ancestors, type Parent, parents } from './nesting.js';
import {
  blockAt,
  contentLemmas,
  overlaps,
  readAttributions,
  shared,
  startingAt,
  tokensIn,
  within,
} from './spans.js';

export interface AssessInput {
  resolution: SourceResolution;
  chains: Chain[];
  markers: Marker[];
  parent?: ReadonlyMap<string, Parent>;
}

/**
 * Assesses the headline, each key point and each attribution's claim: the
 * chain it rests on, hedges, denials and records, and a one-line summary.
 * Headline and key points link to the body attributions saying the same
 * (shared content words); every claim also rests on what its source says
 * elsewhere about the same thing in someone else's name.
 */
export function assess(doc: Document, input: AssessInput): Claim[] {
  const parent = input.parent ?? parents(doc);
  // Sentence claims the markers point at join the list: a copy, the drafts are shared.
  const drafts = [...claimDrafts(doc)];
  const targeted = new Set(input.markers.map((m) => m.target.claim).filter((c): c is string => !!c));
  const drafted = new Set(drafts.map((d) => d.id));
  for (const id of targeted) {
    if (!id.startsWith('s') || drafted.has(id)) continue;
    // `targeted` holds each id once: a sentence claim is never drafted twice.
    const d = sentenceClaim(doc, Number(id.slice(1)));
    if (d) drafts.push(d);
  }
  const support = new Support(doc, input, parent, drafts);
  // Built once for all claims, not per claim.
  const context = {
    ...input,
    drafts,
    entity: new Map(input.resolution.entities.map((e) => [e.id, e])),
    lemmas: new Map(drafts.map((x) => [x.id, x.lemmas])),
    chainsOf: indexBy(input.chains, (c) => c.attribution),
    markersOf: indexBy(input.markers, (m) => m.target.claim),
    markerSpans: input.markers
      .flatMap((m, i) => (m.target.span ? [{ start: m.target.span.start, end: m.target.span.end, i }] : []))
      .sort((x, y) => x.start - y.start),
    publishers: publisherIds(doc, input.resolution),
  };
  return drafts.map((d) => {
    const linked = support.linked(d);
    const ids = support.of(d, linked);
    return {
      id: d.id,
      kind: d.kind,
      start: d.start,
      end: d.end,
      text: d.text,
      ...(d.attribution && { attribution: d.attribution }),
      linked: [
        ...linked,
        ...[...ids].filter((i) => !linked.includes(i) && i !== d.attribution && !i.startsWith('s')),
      ].filter((i) => i !== d.id),
      assessment: assessment(doc, d, ids, linked, context),
    };
  });
}

class Support {
  readonly attributions;
  readonly bodyDrafts: ClaimDraft[];
  // Indexes built once, so each claim's support is found without rescanning every attribution.
  private readonly outer = new Map<string, string[]>();
  private readonly down = new Map<string, string[]>();
  private readonly draftOf = new Map<string, ClaimDraft>();
  /** Indexes (in `attributions`) of nested attributions, by the sources of their ancestors. */
  private readonly nestedUnder = new Map<string | undefined, number[]>();

  constructor(
    readonly doc: Document,
    readonly input: AssessInput,
    readonly parent: ReadonlyMap<string, Parent>,
    drafts: readonly ClaimDraft[],
  ) {
    this.attributions = readAttributions(doc);
    this.bodyDrafts = drafts.filter((d) => d.kind === 'attribution' && this.inBody(d));
    for (const b of this.bodyDrafts) if (!this.draftOf.has(b.id)) this.draftOf.set(b.id, b);
    this.attributions.forEach((a, i) => {
      const outer = ancestors(parent, a.id);
      this.outer.set(a.id, outer);
      for (const o of outer) append(this.down, o, a.id);
      for (const source of new Set(outer.map((o) => input.resolution.sourceOf[o])))
        append(this.nestedUnder, source, i);
    });
  }

  private inBody(d: ClaimDraft): boolean {
    return blockAt(this.doc, d.start)?.kind === 'paragraph';
  }

  /** Body attributions carrying the same claim as a headline or key point. */
  linked(d: ClaimDraft): string[] {
    if (d.kind !== 'headline' && d.kind !== 'keypoint') return [];
    return this.bodyDrafts.filter((b) => same(d.lemmas, b.lemmas)).map((b) => b.id);
  }

  /** The claim's own attribution, linked ones, their nesting, and their sources' basis for it. */
  of(d: ClaimDraft, linked: readonly string[]): Set<string> {
    const ids = new Set<string>([d.id, ...linked]);
    if (d.attribution) ids.add(d.attribution);
    for (const id of [...ids]) for (const x of this.family(id)) ids.add(x);
    // The basis: what the same source says elsewhere, in someone else's name, about the same thing.
    const sources = new Set([...ids].map((id) => this.input.resolution.sourceOf[id]).filter(Boolean));
    const nested = [...new Set([...sources].flatMap((s) => this.nestedUnder.get(s) ?? []))].sort(
      (x, y) => x - y,
    );
    for (const i of nested) {
      const a = this.attributions[i] as (typeof this.attributions)[number];
      const outer = this.outer.get(a.id) ?? [];
      const draft = this.draftOf.get(a.id);
      if (draft && shared(draft.lemmas, d.lemmas) >= 2) for (const x of [a.id, ...outer]) ids.add(x);
    }
    // Or passes on, with no attribution of its own ("he said that he was on the phone to ... Putin").
    const { relays, sourceOf } = this.input.resolution;
    for (const r of relays) {
      if (!sources.has(sourceOf[r.attribution]) || shared(relayLemmas(this.doc, r), d.lemmas) < 2) continue;
      for (const x of [r.attribution, ...this.family(r.attribution)]) ids.add(x);
    }
    return ids;
  }

  /** An attribution with its ancestors and descendants. */
  private family(id: string): string[] {
    return [...ancestors(this.parent, id), ...(this.down.get(id) ?? [])];
  }
}

/** Same claim: two or more shared content words, and at least 40% of the shorter one's. */
function same(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const n = shared(a, b);
  return n >= 2 && n >= 0.4 * Math.min(a.size, b.size);
}

function assessment(
  doc: Document,
  d: ClaimDraft,
  ids: ReadonlySet<string>,
  linked: readonly string[],
  input: AssessInput & {
    drafts: readonly ClaimDraft[];
    entity: ReadonlyMap<string, Entity>;
    lemmas: ReadonlyMap<string, Set<string>>;
    chainsOf: ReadonlyMap<string | undefined, number[]>;
    markersOf: ReadonlyMap<string | undefined, number[]>;
    markerSpans: readonly (Span & { i: number })[];
    publishers: readonly string[];
  },
): Assessment {
  const { resolution, entity, lemmas } = input;
  // Only the chains of the claim's attributions, and markers aimed at them or inside it, in their order.
  const chains = pick(
    input.chains,
    [...ids].flatMap((id) => input.chainsOf.get(id) ?? []),
  );
  const inside: number[] = [];
  for (let i = startingAt(input.markerSpans, d.start); i < input.markerSpans.length; i++) {
    const m = input.markerSpans[i] as Span & { i: number };
    if (m.start > d.end) break;
    inside.push(m.i);
  }
  const markers = pick(input.markers, [
    ...[...ids].flatMap((id) => input.markersOf.get(id) ?? []),
    ...inside,
  ]);
  // The chain the claim rests on: its own or a linked attribution's, or one in its support that says the same thing.
  const eligible = (id: string) =>
    id === d.attribution || linked.includes(id) || shared(lemmas.get(id) ?? new Set(), d.lemmas) >= 2;
  const candidates = chains.filter((c) => eligible(c.attribution));
  const chain = candidates.reduce<Chain | undefined>(
    (best, c) => (!best || c.hops > best.hops ? c : best),
    undefined,
  );
  // Whatever attributor ran, the source may elsewhere say they heard it from someone ("he said that ... Putin").
  const innermost = chain?.entities.at(-1);
  const relay =
    chain?.firstHand === true && innermost ? relayOf(doc, innermost, d.lemmas, resolution) : undefined;
  const firstHand = relay ? false : chain ? chain.firstHand : null;
  const base = chain?.entities ?? [...input.publishers];
  const entities = relay?.speaker && !base.includes(relay.speaker) ? [...base, relay.speaker] : base;
  const about = (m: Marker) =>
    (m.target.claim !== undefined && ids.has(m.target.claim)) ||
    (m.target.span !== undefined && within(m.target.span, [d]) && overlaps(m.target.span, d));
  const hedges = markers.filter((m) => m.type === 'hedge' && about(m)).map((m) => m.id);
  const denials: Denial[] = markers
    .filter((m) => m.type === 'denial' && about(m))
    .map((m) => {
      const by = deniedBy(m, resolution);
      return { marker: m.id, ...(by && { by }) };
    })
    // A source rebutting something inside their own claim ("Politico noted ... baseless claims") does not deny it.
    .filter((x) => !x.by || x.by !== (d.attribution && resolution.sourceOf[d.attribution]));
  const missing = markers.filter((m) => m.type === 'missing-record' && about(m));
  const cited = [
    ...markers.filter((m) => m.type === 'corroboration' && about(m)).map((m) => m.id),
    ...entities.filter((id) => entity.get(id)?.type === 'document'),
  ];
  const sourceTypes = countTypes(entities.map((id) => entity.get(id)));
  const result = {
    chain: entities,
    hops: Math.max(0, entities.length - 1),
    sourceTypes,
    firstHand,
    hedges,
    denials,
    records: { missing: missing.map((m) => m.id), cited },
  };
  const sourced = entities.some((id) => entity.get(id) && entity.get(id)?.type !== 'publisher');
  return { ...result, summary: summarise(result, entity, missing, sourced) };
}

/** Indexes of the items under each key, in list order. */
function indexBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  items.forEach((item, i) => {
    append(out, key(item), i);
  });
  return out;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The items at these indexes, once each, in list order. */
function pick<T>(items: readonly T[], indexes: readonly number[]): T[] {
  return [...new Set(indexes)].sort((x, y) => x - y).map((i) => items[i] as T);
}

/** Where a source passes on someone else's words about the same thing. */
function relayOf(
  doc: Document,
  entity: string,
  lemmas: ReadonlySet<string>,
  resolution: SourceResolution,
): Relay | undefined {
  return resolution.relays.find(
    (r) => resolution.sourceOf[r.attribution] === entity && shared(relayLemmas(doc, r), lemmas) >= 2,
  );
}

const relayWords = new WeakMap<Relay, Set<string>>();

/** A relay's content words, read once: every claim compares against them. */
function relayLemmas(doc: Document, r: Relay): Set<string> {
  let words = relayWords.get(r);
  if (!words) {
    words = contentLemmas(tokensIn(doc, r));
    relayWords.set(r, words);
  }
  return words;
}

/** Who denies: the source of the attribution holding the marker, else the subject of its verb. */
function deniedBy(m: Marker, resolution: SourceResolution): string | undefined {
  if (m.attribution && m.place) return resolution.sourceOf[m.attribution];
  const holder: Span | undefined = m.holder;
  if (!holder) return undefined;
  return resolution.entities.find((e) => e.mentions.some((x) => overlaps(x, holder)))?.id;
}

function countTypes(entities: readonly (Entity | undefined)[]): SourceTypeCounts {
  const counts = { named: 0, unnamed: 0, anonymous: 0 };
  for (const e of entities) {
    if (!e || e.type === 'publisher') continue;
    if (e.type === 'anonymous') counts.anonymous++;
    else if (e.type === 'role-person' || e.type === 'document') counts.unnamed++;
    else counts.named++;
  }
  return counts;
}

const LABEL: Partial<Record<Entity['type'], string>> = {
  'role-person': 'unnamed',
  anonymous: 'anonymous',
  document: 'document',
};

/** The one line: how the claim reached the reader, hedges, denials, records. Never a verdict. */
function summarise(
  a: Omit<Assessment, 'summary'>,
  entity: ReadonlyMap<string, Entity>,
  missing: readonly Marker[],
  sourced: boolean,
): string {
  const names = a.chain.map((id) => {
    const e = entity.get(id);
    const label = e && LABEL[e.type];
    return e ? `${e.name}${label ? ` (${label})` : ''}` : id;
  });
  const lead = !sourced
    ? 'No named source'
    : a.firstHand === true
      ? 'First-hand'
      : a.firstHand === false
        ? 'Second-hand'
        : 'Sourced';
  const parts = [`${lead}: ${names.join(' → ') || 'the publisher'}${sourced ? '' : ' alone'}`];
  if (a.hedges.length > 0) parts.push(`hedged ${times(a.hedges.length)}`);
  const deniers = [
    ...new Set(a.denials.map((d) => (d.by ? entity.get(d.by)?.name : undefined) ?? 'the reporter')),
  ];
  if (deniers.length > 0) parts.push(`denied by ${deniers.join(' and ')}`);
  const gists = [...new Set(missing.map((m) => MARKER_RULES.find((r) => r.id === m.rule)?.gist ?? m.text))];
  parts.push(...gists);
  if (a.records.cited.length > 0) parts.push(`records cited ${times(a.records.cited.length)}`);
  return `${parts.join('; ')}.`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
