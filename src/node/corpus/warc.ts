import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { ingestBytes } from '../../ingest/ingest.js';
import { HearsayError } from '../../model/errors.js';
import { type CorpusItem, failed } from './item.js';

/** Articles from a WARC file (gzipped or not): its HTML response records. */
export async function* warcItems(file: string): AsyncGenerator<CorpusItem> {
  let records = 0;
  try {
    for await (const record of new WARCParser(createReadStream(file))) {
      records++;
      if (record.warcType !== 'response') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!/^\s*(?:text\/html|application\/xhtml\+xml)/i.test(type)) continue;
      const url = record.warcTargetURI ?? `${file}#${records}`;
      const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
      // The parser streams: the payload must be read before moving to the next record.
      const bytes = await record.readFully(true);
      yield {
        source: url,
        read: async () =>
          ingestBytes(bytes, { name: url, url, format: 'html', ...(charset ? { charset } : {}) }),
      };
    }
  } catch (e) {
    yield failed(
      file,
      new HearsayError(
        'ingest/bad-warc',
        `not a readable WARC file after ${records} records: ${(e as Error).message}`,
        file,
      ),
    );
  }
}
