/**
 * The one data model every stage reads and extends.
 *
 * The input text is never rewritten: every layer is standoff, a list of spans
 * whose offsets are JavaScript string indices (UTF-16 code units) into
 * `Document.text`, end exclusive. Brat export converts to code points in one
 * place (`output/brat.ts`).
 */

import type { Provenance } from './provenance.js';

/** A half-open range [start, end) of UTF-16 code units in `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Why a layer element exists: the rule or model that produced it, and how sure it is (0–1). */
export interface Why {
  by: 'rule' | 'model';
  /** Rule id (e.g. `junk/widget-error`) or model name and version. */
  rule: string;
  confidence: number;
}

/** The `why` of something a rule found. */
export function ruleWhy(rule: string, confidence: number): Why {
  return { by: 'rule', rule, confidence };
}

export type BlockKind = 'headline' | 'keypoint' | 'paragraph' | 'byline' | 'junk' | 'footer';

/** A structural piece of the page: a line or paragraph of the text. Junk and footers are excluded from analysis. */
export interface Block extends Span {
  kind: BlockKind;
  excluded: boolean;
  why: Why;
}

export interface Sentence extends Span {
  /** Index into `Document.blocks`. */
  block: number;
  /** Index of the first token in `Document.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag as wink-nlp gives it (NOUN, VERB, PROPN, PUNCT, ...). */
  pos: string;
  lemma: string;
  /** Index into `Document.sentences`. */
  sentence: number;
}

export type MentionType = 'person' | 'organization' | 'outlet' | 'place' | 'document';

/** A name or description of a person, organization, outlet, place or document. */
export interface Mention extends Span {
  type: MentionType;
  text: string;
  why: Why;
}

/** A date expression, normalised against the publication date when known. */
export interface DateMention extends Span {
  text: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  why: Why;
}

/** direct: the content is a quotation; indirect: reported speech; mixed: partly quoted. */
export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** Who (source) says (cue) what (content). PolNeAR conventions: spans may be discontinuous. */
export interface Attribution {
  /** Stable within a document: `a1`, `a2`, ... in text order of the cue. */
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  kind: AttributionKind;
  /** Id of the attribution whose content contains this one's cue, when nested. */
  parent?: string;
  why: Why;
}

/** Facts about the document that do not come from its body text. */
export interface DocumentMeta {
  /** File path, URL or `-` for standard input. */
  source?: string;
  format?: 'text' | 'html';
  title?: string;
  byline?: string;
  /** ISO date (`YYYY-MM-DD`) or date-time. */
  published?: string;
  siteName?: string;
  url?: string;
  /** Publisher named by a syndication footer ("Read the original article on X"). */
  originalPublisher?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A message about the input or the analysis: printed by the CLI, returned by the API, stored. */
export interface Diagnostic {
  severity: Severity;
  /** Stable id, e.g. `ingest/undecodable`, `clean/junk-excluded`. */
  code: string;
  message: string;
  file?: string;
  span?: Span;
}

export interface Document {
  text: string;
  meta: DocumentMeta;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  dates: DateMention[];
  attributions: Attribution[];
  diagnostics: Diagnostic[];
  /** Sources as entities, chains, markers, assessments and timeline (the provenance stage). */
  provenance?: Provenance;
}

/** A fresh document with no layers yet. */
export function createDocument(text: string, meta: DocumentMeta = {}): Document {
  return {
    text,
    meta,
    blocks: [],
    sentences: [],
    tokens: [],
    mentions: [],
    dates: [],
    attributions: [],
    diagnostics: [],
  };
}
