import type { Ingested } from '../../ingest/ingest.js';
import { normalizeDate } from '../../ingest/meta.js';
import type { DocumentMeta } from '../../model/document.js';
import type { HearsayError } from '../../model/errors.js';

/** One article of a corpus input, not yet read. */
export interface CorpusItem {
  /** Path, URL or `FILE:LINE` naming the article: what a re-run skips by, and what errors name. */
  source: string;
  /** Reads (fetches, extracts) the article; throws `HearsayError`. */
  read(): Promise<Ingested>;
}

/** An input that failed before yielding an article (a bad JSON line, an unreadable feed). */
export function failed(source: string, error: HearsayError): CorpusItem {
  return { source, read: () => Promise.reject(error) };
}

const FIELDS = ['title', 'byline', 'siteName', 'url', 'originalPublisher'] as const;

/** Metadata a corpus record states explicitly (a JSON line's fields, a feed item's) over what extraction found. */
export function withMeta(ingested: Ingested, given: Record<string, unknown>): Ingested {
  const meta: DocumentMeta = { ...ingested.meta };
  for (const field of FIELDS) {
    const value = given[field];
    if (typeof value === 'string' && value.trim()) meta[field] = value.trim();
  }
  const published = typeof given.published === 'string' ? normalizeDate(given.published) : undefined;
  if (published) meta.published = published;
  return { text: ingested.text, meta };
}
