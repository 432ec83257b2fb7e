import type { Document } from '../../src/model/document.js';
import type { Provenance } from '../../src/model/provenance.js';

export type { Attribution, Block, Diagnostic, Document, Span } from '../../src/model/document.js';
export type { Chain, Claim, Entity, Marker, Provenance } from '../../src/model/provenance.js';

/**
 * The analyzed document as the API returns it. The provenance layer may be absent or partial
 * (an older stored document, a stage that failed), so every part of it is optional here.
 */
export type AnalyzedDocument = Document & { provenance?: Partial<Provenance> };
