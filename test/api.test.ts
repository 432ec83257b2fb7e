import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisPool } from '../src/node/corpus/pool.js';
import { createApp, SECURITY_HEADERS } from '../src/node/server/app.js';
import { openApiDocument } from '../src/node/server/openapi.js';
import { openStore } from '../src/node/store/sqlite.js';
import { devDocuments, seedDocument, seedText, toNew } from './store-fixtures.js';

const ajv = new Ajv2020({ strict: false, validateFormats: false });
ajv.addSchema(openApiDocument as object, 'openapi');
/** Checks a response body against the schema the OpenAPI document gives it. */
function conforms(path: string, status: number, body: unknown, method = 'get') {
  const pointer = ['paths', path, method, 'responses', status, 'content', 'application/json', 'schema']
    .map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/');
  const validate = ajv.getSchema(`openapi#/${pointer}`);
  if (!validate) throw new Error(`no schema for ${method} ${path} ${status}`);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://localhost/api/analyze', { method: 'POST', body, headers });

describe('HTTP API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-api-'));
  const pool = new AnalysisPool({ size: 1, timeoutMs: 60_000 });
  const store = openStore(':memory:');
  let app: ReturnType<typeof createApp>;
  let seedId: number;
  let originalId: number;

  beforeAll(() => {
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>hearsay</title><script src="app.js"></script>',
    );
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    app = createApp({ store, analyser: pool, staticDir: dir });
    seedId = store.add(
      toNew(seedDocument(seedText, { siteName: 'Yahoo News', originalPublisher: 'Business Insider' })),
    ).id;
    const lines = seedText.trimEnd().split('\n');
    const original = ['Trump called Putin, filmmaker says', ...lines.slice(1, -1)].join('\n');
    originalId = store.add(
      toNew(seedDocument(original, { siteName: 'Business Insider', published: '2022-06-18' })),
    ).id;
    for (const d of devDocuments(4)) store.add(toNew(d));
  });
  afterAll(async () => {
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('analyses text and stores it on request', async () => {
    const text =
      'The mayor said on Tuesday that the bridge would reopen in May, according to a city statement.';
    const res = await app.request(post(JSON.stringify({ text, store: true })));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: number; document: { text: string; schema: string } };
    conforms('/api/analyze', 200, body, 'post');
    expect(body.document.text).toBe(text);
    const stored = await app.request(`/api/articles/${body.id}`);
    expect(await stored.json()).toEqual({ id: body.id, document: body.document });
    const found = (await (await app.request('/api/articles?q=bridge%20reopen')).json()) as {
      items: { id: number }[];
    };
    expect(found.items.map((i) => i.id)).toEqual([body.id]);
  });

  it('reduces hostile HTML to plain text', async () => {
    const html = `<html><head><title>Council vote</title><script>fetch('/steal?c='+document.cookie)</script></head><body>
      <article><h1>Council vote</h1><p>The council voted on Monday to close the library, officials said.<img src=x onerror="alert(1)"></p>
      <p onclick="alert(2)">"We had no choice," the mayor told reporters. <a href="javascript:alert(3)">More</a></p>
      <p>The library, which opened in 1962, has lost a third of its visitors since 2015, according to a report the council published last year.</p>
      <p>Residents who spoke at the meeting said they would appeal the decision.<svg onload="alert(4)"></svg></p>
      <iframe src="https://evil.example"></iframe><style>p{}</style></article></body></html>`;
    const res = await app.request(post(JSON.stringify({ html })));
    expect(res.status, await res.clone().text()).toBe(200);
    const { document } = (await res.json()) as { document: { text: string } };
    expect(document.text).toContain('The council voted on Monday to close the library');
    expect(document.text).not.toMatch(/<|onerror|onclick|javascript:|alert\(|document\.cookie/);
  });

  it('refuses oversized, non-UTF-8, non-JSON and ambiguous bodies with JSON errors', async () => {
    const huge = await app.request(post(`{"text":"${'a'.repeat(50 * 1024 * 1024)}"}`));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'request/too-large' } });

    const bad = await app.request(
      post(new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: 'request/invalid-utf8', message: 'the request body is not valid UTF-8' },
    });

    for (const [body, code] of [
      ['{"text": ', 'request/invalid-json'],
      ['[1, 2]', 'request/invalid'],
      ['{"text": "a", "html": "<p>b</p>"}', 'request/invalid'],
      ['{"text": 42}', 'request/invalid'],
      ['{"text": "   "}', 'ingest/empty'],
    ]) {
      const res = await app.request(post(body as string));
      expect(res.status, body).toBe(400);
      const json = await res.json();
      conforms('/api/analyze', 400, json, 'post');
      expect(json, body).toMatchObject({ error: { code } });
      expect(JSON.stringify(json)).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses URLs on private addresses with the ingest message', async () => {
    for (const url of [
      'http://127.0.0.1:8787/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
    ]) {
      const res = await app.request(post(JSON.stringify({ url })));
      expect(res.status, url).toBe(422);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('ingest/private-address');
      expect(error.message).toMatch(/^refusing to fetch from .*(loopback|link-local)/);
    }
  });

  it('gives up an analysis that runs past its time limit', async () => {
    const slow = new AnalysisPool({ size: 1, timeoutMs: 1 });
    const res = await createApp({ analyser: slow }).request(post(JSON.stringify({ text: seedText })));
    await slow.close();
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: { code: 'analysis/timeout' } });
  });

  it('lists and searches articles, speakers and clusters as documented', async () => {
    const list = await (await app.request('/api/articles?limit=2&offset=1')).json();
    conforms('/api/articles', 200, list);
    expect(list).toMatchObject({ total: 7, items: [{}, {}] });

    const speakers = await (await app.request('/api/speakers?q=holder')).json();
    conforms('/api/speakers', 200, speakers);
    expect(speakers.items).toEqual([
      expect.objectContaining({ key: 'alex holder', statements: 4, articles: 2 }),
    ]);
    const holder = await (await app.request('/api/speakers/alex%20holder')).json();
    conforms('/api/speakers/{key}', 200, holder);
    expect(new Set(holder.statements.map((s: { articleId: number }) => s.articleId))).toEqual(
      new Set([seedId, originalId]),
    );

    const clusters = await (await app.request('/api/clusters')).json();
    conforms('/api/clusters', 200, clusters);
    expect(clusters.items).toHaveLength(1);
    expect(clusters.items[0].original).toMatchObject({ id: originalId, siteName: 'Business Insider' });

    const relying = await (await app.request('/api/relying?on=Politico')).json();
    conforms('/api/relying', 200, relying);
    expect(relying.items.map((i: { id: number }) => i.id).sort()).toEqual([seedId, originalId].sort());
    const allAnonymous = await (await app.request('/api/anonymous')).json();
    const anonymous = await (await app.request('/api/anonymous?limit=3')).json();
    conforms('/api/anonymous', 200, anonymous);
    // The limit keeps the first of the same newest-first list.
    expect(allAnonymous.items.length).toBeGreaterThan(3);
    expect(anonymous.items).toEqual(allAnonymous.items.slice(0, 3));
  });

  it('answers unknown things with JSON 400 and 404 errors', async () => {
    for (const [path, status] of [
      ['/api/articles/abc', 400],
      ['/api/articles/99999', 404],
      ['/api/speakers/nobody', 404],
      ['/api/articles?limit=-1', 400],
      ['/api/nothing', 404],
      ['/api/relying?on=', 400],
      ['/no-such-file.js', 404],
    ] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      expect(await res.json(), path).toMatchObject({
        error: { code: expect.any(String), message: expect.any(String) },
      });
    }
  });

  it('sends the security headers on every response, the web UI included', async () => {
    for (const path of ['/', '/app.js', '/api/health', '/api/nothing', '/api/articles/abc']) {
      const res = await app.request(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const index = await app.request('/');
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('<title>hearsay</title>');
    expect(
      (await app.request('/api/analyze', { method: 'POST', body: 'x'.repeat(6 * 1024 * 1024) })).headers.get(
        'x-content-type-options',
      ),
    ).toBe('nosniff');
  });

  it('describes itself in OpenAPI 3.1, the same as docs/openapi.json', async () => {
    const served = await (await app.request('/api/openapi.json')).json();
    expect(served.openapi).toBe('3.1.0');
    expect(Object.keys(served.paths).sort()).toEqual([
      '/api/analyze',
      '/api/anonymous',
      '/api/articles',
      '/api/articles/{id}',
      '/api/clusters',
      '/api/health',
      '/api/openapi.json',
      '/api/relying',
      '/api/speakers',
      '/api/speakers/{key}',
    ]);
    const file = JSON.parse(readFileSync(new URL('../docs/openapi.json', import.meta.url), 'utf8'));
    expect(file, 'docs/openapi.json is stale: run npx tsx scripts/openapi.ts').toEqual(served);
  });
});
