import type { Attributor } from './attribution/attributor.js';
import { ruleAttributor } from './attribution/rules/index.js';
import { classify } from './clean/classify.js';
import { segment } from './clean/segment.js';
import { findDates } from './language/dates.js';
import { findMentions } from './language/mentions.js';
import { tokenize } from './language/tokens.js';
import { createDocument, type Document, type DocumentMeta } from './model/document.js';
import { HearsayError } from './model/errors.js';
import { provenance } from './provenance/index.js';

export interface AnalyzeOptions {
  /** The attribution stage's implementation; defaults to the shipped trained model. */
  attributor?: Attributor;
}

/** A pipeline stage: one job, reading the document and adding its layer. */
export type Stage = (doc: Document) => void;

/** The analysis, top to bottom. */
export function stages(options: AnalyzeOptions = {}): Stage[] {
  const attributor = options.attributor ?? ruleAttributor;
  return [
    segment,
    classify,
    tokenize,
    findMentions,
    findDates,
    (doc) => {
      doc.attributions = attributor.attribute(doc);
    },
    provenance,
  ];
}

/**
 * Analyse one article's text. Throws only `HearsayError`: an unexpected
 * failure inside a stage is wrapped so callers handle one error type.
 */
export function analyze(text: string, meta: DocumentMeta = {}, options: AnalyzeOptions = {}): Document {
  if (typeof text !== 'string')
    throw new HearsayError('input/not-text', 'input is not a string', meta.source);
  const doc = createDocument(text, meta);
  for (const stage of stages(options)) {
    try {
      stage(doc);
    } catch (e) {
      if (e instanceof HearsayError) throw e;
      throw new HearsayError(
        'internal',
        `analysis failed in ${stage.name || 'a stage'}: ${String(e)}`,
        meta.source,
        {
          cause: e,
        },
      );
    }
  }
  return doc;
}
