import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { InputFormat } from '../../ingest/format.js';
import { HearsayError } from '../../model/errors.js';
import { nonPublicRange } from './address.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and other non-public addresses. */
  allowPrivate?: boolean;
  /** For the whole download, redirects included. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  bytes: Uint8Array;
  /** The address after redirects. */
  url: string;
  /** The Content-Type's media type, lower case; '' when the server sent none. */
  mediaType: string;
  /** From Content-Type; undefined when the server did not say, sent a generic type, or a feed. */
  format?: InputFormat;
  charset?: string;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10_000_000, maxRedirects: 5 };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const FORMAT_OF: Record<string, InputFormat | undefined> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/octet-stream': undefined,
  '': undefined,
};

/** Feeds: fetched for callers that read them; `readInput` refuses them as articles. */
export const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
]);

/** A size for messages, in decimal megabytes. */
export const mb = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** A URL hearsay may fetch: http(s), and not a non-public IP literal unless allowed. */
function checkUrl(target: URL, allowPrivate: boolean, name: string): void {
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new HearsayError(
      'ingest/unsupported-url',
      `only http and https URLs can be read, not ${target.href}`,
      name,
    );
  }
  const range = allowPrivate ? undefined : nonPublicRange(target.hostname);
  if (range) throw privateError(target.hostname, range, name);
}

function privateError(host: string, range: string, name: string): HearsayError {
  return new HearsayError(
    'ingest/private-address',
    `refusing to fetch from ${host}, a ${range} address (use --allow-private to permit it)`,
    name,
  );
}

/**
 * Resolves every address of a host and refuses if any is non-public; the
 * connection then uses these very addresses, so a second DNS answer cannot
 * swap in a private one.
 */
function guardedLookup(allowPrivate: boolean, name: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => nonPublicRange(a.address));
      if (bad)
        return callback(
          privateError(`${hostname} (${bad.address})`, nonPublicRange(bad.address) ?? '', name),
          '',
          0,
        );
      const first = addresses[0];
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

function get(target: URL, options: Required<FetchOptions>, signal: AbortSignal, name: string) {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(target, {
      signal,
      // No pooled sockets: a connection kept alive from a call that allowed private addresses must not serve one that does not.
      agent: false,
      headers: {
        'user-agent': 'hearsay/0.1 (article attribution analysis)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      // An IP literal skips DNS; `checkUrl` has judged it already.
      ...(isIP(target.hostname.replace(/^\[|\]$/g, ''))
        ? {}
        : { lookup: guardedLookup(options.allowPrivate, name) }),
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return response;
  response.on('error', (e) => decoder.destroy(e));
  return response.pipe(decoder);
}

async function body(response: IncomingMessage, maxBytes: number, name: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw new HearsayError('ingest/too-large', `page is ${mb(declared)}; the limit is ${mb(maxBytes)}`, name);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = decompressed(response);
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      response.destroy();
      throw new HearsayError('ingest/too-large', `page is larger than the limit of ${mb(maxBytes)}`, name);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Why a network error happened, in words, as a HearsayError naming the URL. */
function networkError(e: unknown, name: string, timeoutMs: number, timedOut: boolean): HearsayError {
  if (e instanceof HearsayError) return e;
  const err = e as NodeJS.ErrnoException;
  // The abort surfaces as AbortError while connecting, as a reset while reading the body.
  if (timedOut) {
    return new HearsayError('ingest/timeout', `no complete answer within ${timeoutMs / 1000} s`, name);
  }
  if (err.code === 'ERR_INVALID_URL')
    return new HearsayError('ingest/unsupported-url', 'not a valid URL', name);
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
    return new HearsayError('ingest/not-found', `host not found (${err.code})`, name, { cause: e });
  }
  if (err.code === 'ECONNREFUSED') return new HearsayError('ingest/unreachable', 'connection refused', name);
  if (err.code?.startsWith('Z_')) {
    return new HearsayError('ingest/undecodable', 'the server sent corrupt compressed data', name);
  }
  return new HearsayError('ingest/network', `download failed: ${err.message}`, name, { cause: e });
}

/**
 * Downloads a web page with a time limit, a size limit, a bounded number of
 * redirects, and (unless `allowPrivate`) no access to non-public addresses,
 * checked again at every redirect. Errors are `HearsayError`s naming `url`.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts: Required<FetchOptions> = { allowPrivate: false, ...FETCH_DEFAULTS, ...options };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let target = new URL(url);
    for (let redirects = 0; ; redirects++) {
      checkUrl(target, opts.allowPrivate, url);
      const response = await get(target, opts, controller.signal, url);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.resume();
        if (redirects >= opts.maxRedirects) {
          throw new HearsayError(
            'ingest/too-many-redirects',
            `more than ${opts.maxRedirects} redirects`,
            url,
          );
        }
        target = new URL(location, target);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        const code = status === 404 || status === 410 ? 'ingest/not-found' : 'ingest/http-error';
        throw new HearsayError(
          code,
          `the server answered HTTP ${status} ${response.statusMessage ?? ''}`.trim(),
          url,
        );
      }
      const [type = '', ...params] = (response.headers['content-type'] ?? '').split(';');
      const mediaType = type.trim().toLowerCase();
      if (!(mediaType in FORMAT_OF) && !FEED_TYPES.has(mediaType)) {
        response.resume();
        throw new HearsayError(
          'ingest/unsupported-type',
          `the server sent ${mediaType}, not a web page or plain text`,
          url,
        );
      }
      const charset = params
        .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1])
        .find((c) => c !== undefined);
      const fetched: Fetched = {
        bytes: await body(response, opts.maxBytes, url),
        url: target.href,
        mediaType,
      };
      const format = FORMAT_OF[mediaType];
      if (format) fetched.format = format;
      if (charset) fetched.charset = charset;
      return fetched;
    }
  } catch (e) {
    throw networkError(e, url, opts.timeoutMs, controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}
