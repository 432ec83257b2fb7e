import type { Attribution, Document, Span } from '../../src/model/document.js';

export type { Attribution, Block, Diagnostic, Document, Span } from '../../src/model/document.js';

/**
 * The provenance layer as the UI reads it. Every field is optional: the layer may be absent or
 * partial, and the UI shows what is there.
 */
export interface ProvenanceView {
  entities?: EntityView[];
  /** Attribution id → entity id. */
  sourceOf?: Record<string, string>;
  chains?: ChainView[];
  markers?: MarkerView[];
  assessments?: AssessmentView[];
  profile?: Record<string, unknown>;
}

export interface EntityView {
  id: string;
  name?: string;
  type?: string;
  role?: string;
  mentions?: Span[];
}

export interface ChainView {
  /** The attribution (claim) the chain belongs to. */
  attribution?: string;
  claim?: string;
  /** From the publisher outwards: each link an entity id, or a node with a name. */
  links?: Array<string | { entity?: string; name?: string; type?: string; role?: string }>;
  nodes?: Array<string | { entity?: string; name?: string; type?: string; role?: string }>;
}

export type MarkerType = 'hedge' | 'denial' | 'corroboration' | 'missing-record';

export interface MarkerView {
  type: MarkerType | string;
  span: Span;
  /** The attribution the marker bears on, when known. */
  target?: string;
}

export interface AssessmentView {
  attribution?: string;
  claim?: string;
  summary?: string;
}

/** The analyzed document as the API returns it: the model's fields, maybe inside an envelope. */
export type AnalyzedDocument = Document & { provenance?: ProvenanceView };

/** One attribution with everything the claim panel shows. */
export interface Claim {
  attribution: Attribution;
  sourceText: string;
  cueText: string;
  contentText: string;
}
