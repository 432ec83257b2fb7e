import { readFile } from 'node:fs/promises';
import Parser from 'rss-parser';
import { ingestText } from '../../ingest/ingest.js';
import { HearsayError } from '../../model/errors.js';
import { fetchUrl } from '../ingest/fetch.js';
import { isUrl, readInput } from '../ingest/read.js';
import type { CorpusOptions } from './inputs.js';
import { type CorpusItem, failed, withMeta } from './item.js';

const parser = new Parser();

/** An address or file name that names a feed rather than an article page. */
export function looksLikeFeed(spec: string): boolean {
  if (!isUrl(spec)) return /\.(rss|atom|xml)$/i.test(spec);
  const { hostname, pathname } = new URL(spec);
  return /^(feeds?|rss)\./i.test(hostname) || /(^|[/._-])(rss|atom|feeds?)([/._-]|$)|\.xml$/i.test(pathname);
}

async function feedXml(spec: string, options: CorpusOptions): Promise<string> {
  if (!isUrl(spec)) return readFile(spec, 'utf8');
  return new TextDecoder().decode((await fetchUrl(spec, options)).bytes);
}

/**
 * Articles from an RSS or Atom feed (a URL or a file): each item's
 * `content:encoded` HTML when the feed carries it, else the page its link
 * points to, read like any URL.
 */
export async function* feedItems(spec: string, options: CorpusOptions): AsyncGenerator<CorpusItem> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(await feedXml(spec, options));
  } catch (e) {
    const error =
      e instanceof HearsayError
        ? e
        : new HearsayError(
            'ingest/bad-feed',
            `not a readable RSS or Atom feed: ${(e as Error).message}`,
            spec,
          );
    yield failed(spec, error);
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const link = item.link?.trim();
    const source = link || item.guid || `${spec}#${i + 1}`;
    const html = (item as { 'content:encoded'?: string })['content:encoded'];
    const given = {
      title: item.title,
      published: item.isoDate ?? item.pubDate,
      byline: item.creator,
      url: link,
    };
    yield {
      source,
      read: async () => {
        if (html?.trim())
          return withMeta(
            ingestText(html, { name: source, format: 'html', ...(link ? { url: link } : {}) }),
            given,
          );
        if (!link)
          throw new HearsayError('ingest/bad-feed', `item ${i + 1} has neither a link nor content`, spec);
        return withMeta(await readInput(link, options), given);
      },
    };
  }
}
