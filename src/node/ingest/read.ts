import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { type Ingested, ingestBytes } from '../../ingest/ingest.js';
import { HearsayError } from '../../model/errors.js';
import { FEED_TYPES, FETCH_DEFAULTS, type FetchOptions, fetchUrl, mb } from './fetch.js';

export interface ReadOptions extends FetchOptions {
  /** Where `-` reads from; defaults to the process's standard input. */
  stdin?: NodeJS.ReadableStream;
}

/** Inputs larger than this (10 MB, after decompression) are refused with `ingest/too-large`, as URLs are. */
export const MAX_INPUT_BYTES = FETCH_DEFAULTS.maxBytes;

function tooLarge(size: number | undefined, max: number, name: string): HearsayError {
  const what = size === undefined ? `more than ${mb(max)}` : mb(size);
  return new HearsayError('ingest/too-large', `input is ${what}; hearsay reads at most ${mb(max)}`, name);
}

/** gzip data (by its magic bytes, whatever the name) is unpacked, within the size limit. */
function gunzipped(bytes: Uint8Array, max: number, name: string): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: max });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(undefined, max, name);
    throw new HearsayError('ingest/undecodable', 'damaged gzip data', name, { cause: e });
  }
}

async function readStdin(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > max) throw tooLarge(undefined, max, '-');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readPath(path: string, max: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new HearsayError(
        'ingest/folder',
        'is a folder, not a file (analyze reads the .txt, .html and .htm files in a folder; this one has none)',
        path,
      );
    }
    if (info.size > max) throw tooLarge(info.size, max, path);
    return await readFile(path);
  } catch (e) {
    if (e instanceof HearsayError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HearsayError('ingest/not-found', 'no such file', path);
    if (code === 'EACCES' || code === 'EPERM')
      throw new HearsayError('ingest/unreadable', 'permission denied', path);
    throw new HearsayError('ingest/unreadable', `cannot read: ${(e as Error).message}`, path, { cause: e });
  }
}

export const isUrl = (spec: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(spec);

/**
 * Reads one input: a file path (`.txt`, `.html`, `.htm`, optionally `.gz`),
 * `-` for standard input, or an http(s) URL. Returns the article text and
 * metadata (`meta.source` is `spec`). Every failure is a `HearsayError`
 * naming `spec`: `ingest/not-found`, `ingest/too-large`, `ingest/binary`, ...
 */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<Ingested> {
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  if (isUrl(spec)) {
    const fetched = await fetchUrl(spec, options);
    if (FEED_TYPES.has(fetched.mediaType)) {
      throw new HearsayError(
        'ingest/unsupported-type',
        `the server sent ${fetched.mediaType}, a feed, not an article`,
        spec,
      );
    }
    const result = ingestBytes(gunzipped(fetched.bytes, max, spec), {
      name: spec,
      url: fetched.url,
      ...(fetched.format ? { format: fetched.format } : {}),
      ...(fetched.charset ? { charset: fetched.charset } : {}),
    });
    result.meta.url ??= fetched.url;
    return result;
  }
  const bytes =
    spec === '-' ? await readStdin(options.stdin ?? process.stdin, max) : await readPath(spec, max);
  return ingestBytes(gunzipped(bytes, max, spec), { name: spec });
}
