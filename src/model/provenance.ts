/**
 * Provenance: who every source is, the chain each claim travelled along, the
 * hedges, denials and missing records that qualify it, and when things happened.
 * Spans are UTF-16 offsets into `Document.text`, like every other layer.
 */
import type { Span, Why } from './document.js';

/**
 * named-person: a person with a name; role-person: a person identified only by
 * role ("the chief of staff"); anonymous: unnamed people or groups ("officials");
 * publisher: the outlet publishing this copy, or the original publisher of a syndicated one.
 */
export const ENTITY_TYPES = [
  'named-person',
  'role-person',
  'anonymous',
  'outlet',
  'organization',
  'document',
  'publisher',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One source (person, outlet, body, document) with every span that refers to it. */
export interface Entity {
  /** `e1`, `e2`, ... in order of first resolution. */
  id: string;
  name: string;
  type: EntityType;
  /** Roles and titles given in the text: "Trump's spokesperson", "British filmmaker". */
  roles: string[];
  /** Relative clauses describing the source ("who was filming Trump ..."). */
  descriptions: string[];
  mentions: Span[];
  why: Why;
}

export interface SourceResolution {
  entities: Entity[];
  /** Attribution id → entity id of its source. */
  sourceOf: Record<string, string>;
  /** Attribution id → the outlet its source spoke to or was quoted in ("told Politico", "quoted in state media"). */
  via: Record<string, string>;
  /** Where a source passes on someone else's words ("the chief of staff ... said that ..."), and whose. */
  relays: Relay[];
}

/** A sentence of a source's words that reports what someone else said. */
export interface Relay extends Span {
  /** The attribution whose content (or continued quote) holds it. */
  attribution: string;
  /** Entity id of the person relayed, when the text says who. */
  speaker?: string;
}

export type MarkerType = 'hedge' | 'denial' | 'corroboration' | 'missing-record';

/** What a marker qualifies: a claim id (`headline`, `k1`, an attribution id, `u1`), a phrase, or both. */
export interface MarkerTarget {
  claim?: string;
  span?: Span;
}

/** A word or phrase that hedges, denies, corroborates or notes a missing record. */
export interface Marker extends Span {
  /** `m1`, `m2`, ... in text order. */
  id: string;
  type: MarkerType;
  text: string;
  /** Lexicon rule id, e.g. `hedge/reportedly`. */
  rule: string;
  /** The attribution whose cue or content holds the marker, when one does. */
  attribution?: string;
  place?: 'cue' | 'content';
  /** Who the marker is by when it is not inside an attribution: the subject before a verb ("Putin ... dismissed"). */
  holder?: Span;
  target: MarkerTarget;
  why: Why;
}

/** The path a statement took to the reader: publisher first, innermost source last. */
export interface Chain {
  attribution: string;
  entities: string[];
  hops: number;
  /** true: the innermost source speaks of what they did, saw or decided; false: relays what others said; null: not applicable (documents). */
  firstHand: boolean | null;
  why: Why;
}

export type ClaimKind = 'headline' | 'keypoint' | 'attribution' | 'unsourced';

export interface SourceTypeCounts {
  named: number;
  unnamed: number;
  anonymous: number;
}

export interface Denial {
  marker: string;
  /** Entity that denies; absent when the reporter does. */
  by?: string;
}

/** How one claim is sourced. Describes sourcing; never rates truth. */
export interface Assessment {
  chain: string[];
  hops: number;
  sourceTypes: SourceTypeCounts;
  firstHand: boolean | null;
  /** Marker ids. */
  hedges: string[];
  denials: Denial[];
  /** missing: marker ids; cited: corroboration marker ids and document entity ids. */
  records: { missing: string[]; cited: string[] };
  /** One sentence a reader takes in at a glance. */
  summary: string;
}

export interface Claim extends Span {
  /** `headline`, `k1`..., an attribution id, or `u1`... for unsourced sentences. */
  id: string;
  kind: ClaimKind;
  text: string;
  /** The attribution stating the claim (headline and key points when they have one). */
  attribution?: string;
  /** Body attributions carrying the same claim (headline and key points), or the source's own basis for it. */
  linked: string[];
  assessment: Assessment;
}

export interface ArticleProfile {
  /** Attributions by the type of their source. */
  sourceTypes: Record<EntityType, number>;
  attributions: number;
  /** Attributions whose innermost source is a named person or body speaking first-hand. */
  namedFirstHand: number;
  namedFirstHandShare: number;
  denials: number;
  /** Entity ids relied on. */
  outlets: string[];
  documents: string[];
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A dated statement or event. */
export interface TimelineEntry extends Span {
  text: string;
  /** ISO `YYYY-MM-DD` (start of the week, month or year for coarser precision); null when unresolvable. */
  date: string | null;
  precision: DatePrecision;
  /** explicit: the text names the date; context: resolved against an earlier date; publication: against the publication date. */
  anchor: 'explicit' | 'context' | 'publication';
  /** The date expression it was resolved against. */
  from?: Span;
  sentence: Span;
  /** The attribution whose content holds it (a dated statement). */
  attribution?: string;
  why: Why;
}

export interface Provenance extends SourceResolution {
  chains: Chain[];
  markers: Marker[];
  claims: Claim[];
  profile: ArticleProfile;
  timeline: TimelineEntry[];
}
