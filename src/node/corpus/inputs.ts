import { expandInputs } from '../ingest/expand.js';
import type { FetchOptions } from '../ingest/fetch.js';
import { readInput } from '../ingest/read.js';
import { feedItems, looksLikeFeed } from './feed.js';
import type { CorpusItem } from './item.js';
import { jsonlItems } from './jsonl.js';
import { warcItems } from './warc.js';

export type CorpusOptions = FetchOptions;

/**
 * Every article the inputs hold, lazily: files and folders (`.txt`, `.html`),
 * article URLs, feeds (RSS/Atom files or URLs), JSON Lines and WARC files.
 */
export async function* corpusItems(specs: string[], options: CorpusOptions = {}): AsyncGenerator<CorpusItem> {
  for (const spec of expandInputs(specs)) {
    if (/\.jsonl(\.gz)?$/i.test(spec)) yield* jsonlItems(spec, options);
    else if (/\.warc(\.gz)?$/i.test(spec)) yield* warcItems(spec);
    else if (looksLikeFeed(spec)) yield* feedItems(spec, options);
    else yield { source: spec, read: () => readInput(spec, options) };
  }
}
