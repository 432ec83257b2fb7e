import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Ingested, ingestText } from '../../ingest/ingest.js';
import { HearsayError } from '../../model/errors.js';
import type { Analysed, ArticleInput } from '../corpus/analyse.js';
import { readInput } from '../ingest/read.js';
import type { CorpusStore } from '../store/store.js';
import { errorResponse, notFound, requestError } from './errors.js';
import { openApiDocument } from './openapi.js';

export interface AppOptions {
  /** The corpus; without one, only analysis (without `store`) and the static UI are served. */
  store?: CorpusStore;
  analyser: { analyse(input: ArticleInput): Promise<Analysed> };
  /** Let `url` reach loopback and private addresses. */
  allowPrivate?: boolean;
  /** Largest request body (default 5 MB). */
  maxBodyBytes?: number;
  /** The built web UI served at `/` (default: web/dist of this package). */
  staticDir?: string;
  /** Where unexpected errors are reported (they are never sent to clients). */
  log?: (message: string) => void;
}

export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const MB = 1024 * 1024;

/** The request body as UTF-8 JSON, or a 400 saying what is wrong with it. */
async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    throw new HearsayError('request/invalid-utf8', 'the request body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new HearsayError('request/invalid-json', `the request body is not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw requestError('the request body must be a JSON object');
  return value as Record<string, unknown>;
}

/** The one article an analyze request names: its text, its HTML or its URL. */
async function articleOf(body: Record<string, unknown>, allowPrivate: boolean): Promise<Ingested> {
  const given = (['text', 'html', 'url'] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) throw requestError('give exactly one of "text", "html" or "url"');
  const [key] = given as ['text' | 'html' | 'url'];
  const value = body[key];
  if (typeof value !== 'string') throw requestError(`"${key}" must be a string`);
  if (body.store !== undefined && typeof body.store !== 'boolean')
    throw requestError('"store" must be true or false');
  if (key === 'url') return readInput(value, { allowPrivate });
  return ingestText(value, { format: key === 'html' ? 'html' : 'text' });
}

function int(c: Context, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw requestError(`"${name}" must be a whole number, not "${raw}"`);
  return n;
}

/** The hearsay HTTP API and web UI, testable in process with `app.request()`. */
export function createApp(options: AppOptions): Hono {
  const { store, analyser, allowPrivate = false } = options;
  const app = new Hono();
  const corpus = (): CorpusStore => {
    if (!store) throw new HearsayError('request/no-store', 'this server has no corpus database');
    return store;
  };

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.onError((e, c) => {
    if (!(e instanceof HearsayError) || e.code === 'internal')
      options.log?.(`hearsay serve: ${c.req.method} ${c.req.path}: ${String(e)}`);
    return errorResponse(c, e);
  });

  app.post(
    '/api/analyze',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 5 * MB,
      onError: (c) =>
        errorResponse(
          c,
          new HearsayError(
            'request/too-large',
            `the request body is larger than ${(options.maxBodyBytes ?? 5 * MB) / MB} MB`,
          ),
        ),
    }),
    async (c) => {
      const body = await jsonBody(c);
      const article = await articleOf(body, allowPrivate);
      const analysed = await analyser.analyse(article);
      let id: number | undefined;
      if (body.store === true) {
        const sources = typeof body.url === 'string' ? [body.url] : [];
        id = corpus().add({ text: article.text, ...analysed, sources }).id;
      }
      // The analysis is JSON already: splice it in rather than parse and re-serialise it.
      c.header('Content-Type', 'application/json; charset=UTF-8');
      return c.body(`{${id === undefined ? '' : `"id":${id},`}"document":${analysed.document}}`);
    },
  );

  app.get('/api/articles', (c) => {
    const q = c.req.query('q');
    return c.json(
      corpus().articles({ ...(q ? { q } : {}), limit: int(c, 'limit'), offset: int(c, 'offset') }),
    );
  });
  app.get('/api/articles/:id', (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id < 1) throw requestError('an article id is a positive whole number');
    const document = corpus().document(id);
    if (document === undefined) throw notFound(`no article ${id}`);
    return c.json({ id, document });
  });
  app.get('/api/speakers', (c) =>
    c.json(corpus().speakers({ q: c.req.query('q') ?? '', limit: int(c, 'limit') })),
  );
  app.get('/api/speakers/:key', (c) => {
    const key = c.req.param('key');
    const found = corpus().speaker(key);
    if (!found) throw notFound(`no speaker "${key}"`);
    return c.json(found);
  });
  app.get('/api/clusters', (c) => c.json(corpus().clusters()));
  app.get('/api/relying', (c) => {
    const on = c.req.query('on')?.trim();
    if (!on) throw requestError('say which outlet, person or document: /api/relying?on=NAME');
    return c.json({ items: corpus().reliesOn(on) });
  });
  app.get('/api/anonymous', (c) => c.json({ items: corpus().anonymousClaims({ limit: int(c, 'limit') }) }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  app.get('/api/health', (c) => c.json({ status: 'ok', store: store !== undefined }));
  app.all('/api/*', (c) => errorResponse(c, notFound(`no API route ${c.req.method} ${c.req.path}`)));

  app.use('/*', serveStatic({ root: options.staticDir ?? WEB_DIST }));
  app.notFound((c) => errorResponse(c, notFound(`nothing at ${c.req.path}`)));
  return app;
}
