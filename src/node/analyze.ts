import type { Document, DocumentMeta } from '../model/document.js';
import { type AnalyzeOptions, analyze as analyzeCore } from '../pipeline.js';
import { shippedAttributor } from './model.js';

/**
 * `analyze` for Node: the same pipeline, with the shipped trained model as the
 * default attributor (the core cannot read the model file; browsers pass one in).
 */
export function analyze(text: string, meta: DocumentMeta = {}, options: AnalyzeOptions = {}): Document {
  return analyzeCore(text, meta, { ...options, attributor: options.attributor ?? shippedAttributor() });
}
