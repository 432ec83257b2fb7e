import type { Document } from '../model/document.js';

/** The output formats `hearsay analyze --format` offers, and the file extension each writes. */
export const FORMATS = {
  json: { extension: '.json', render: (doc: Document): string => `${JSON.stringify(doc, null, 2)}\n` },
} as const;

export type FormatName = keyof typeof FORMATS;
