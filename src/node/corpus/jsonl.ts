import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { ingestText } from '../../ingest/ingest.js';
import { HearsayError } from '../../model/errors.js';
import { readInput } from '../ingest/read.js';
import type { CorpusOptions } from './inputs.js';
import { type CorpusItem, failed, withMeta } from './item.js';

/** What a JSON line must look like: an article given by its HTML, its text or its URL. */
function record(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  for (const key of ['url', 'html', 'text'] as const) {
    if (r[key] !== undefined && typeof r[key] !== 'string') return `"${key}" is not a string`;
  }
  if (r.html === undefined && r.text === undefined && r.url === undefined)
    return 'has no "html", "text" or "url"';
  return r;
}

/**
 * Articles from JSON Lines (optionally gzipped): one object per line with
 * `html`, `text` or `url`, and optional `title`, `published`, `siteName`,
 * `byline`. A bad line becomes a failed item naming its line number.
 */
export async function* jsonlItems(file: string, options: CorpusOptions): AsyncGenerator<CorpusItem> {
  const raw = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw,
    crlfDelay: Infinity,
  });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const at = `${file}:${n}`;
      const r = record(line);
      if (typeof r === 'string') {
        yield failed(at, new HearsayError('ingest/bad-line', `line ${n}: ${r}; line skipped`, file));
        continue;
      }
      const url = r.url as string | undefined;
      const body = (r.html ?? r.text) as string | undefined;
      const source = url ?? at;
      yield {
        source,
        read: async () => {
          const ingested =
            body !== undefined
              ? ingestText(body, {
                  name: source,
                  format: r.html !== undefined ? 'html' : 'text',
                  ...(url ? { url } : {}),
                })
              : await readInput(url as string, options);
          return withMeta(ingested, r);
        },
      };
    }
  } catch (e) {
    yield failed(
      file,
      new HearsayError('ingest/unreadable', `cannot read after line ${n}: ${(e as Error).message}`, file),
    );
  }
}
