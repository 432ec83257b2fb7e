import type { Document } from '../model/document.js';
import { toBrat } from './brat.js';
import { renderJson } from './json.js';
import { type ReportOptions, renderReport } from './report.js';
import { renderText } from './text.js';

/** The output formats `hearsay analyze --format` offers, and the file extension each writes. */
export const FORMATS = {
  json: { extension: '.json', render: renderJson },
  brat: { extension: '.ann', render: (doc: Document): string => toBrat(doc) },
  /** Pass `{ color: stdout.isTTY }` when writing to a terminal. */
  report: {
    extension: '.report.txt',
    render: (doc: Document, options: ReportOptions = {}): string => renderReport(doc, options),
  },
  /** The clean article, reader-mode style: headline, key points, body; no junk. */
  text: { extension: '.txt', render: renderText },
} as const;

export type FormatName = keyof typeof FORMATS;
