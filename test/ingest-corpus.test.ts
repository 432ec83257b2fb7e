import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { type IngestEvent, ingestCorpus } from '../src/node/corpus/ingest.js';
import { AnalysisPool } from '../src/node/corpus/pool.js';
import { openStore } from '../src/node/store/sqlite.js';
import type { CorpusStore } from '../src/node/store/store.js';
import { devDocuments, seedText } from './store-fixtures.js';

const [devA, devB, devC] = devDocuments(3).map((d) => d.text) as [string, string, string];
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${l}</p>`)
    .join('')}</article></body></html>`;

describe('hearsay ingest (in process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-ingest-'));
  const pool = new AnalysisPool({ size: 1 });
  let store: CorpusStore;
  let events: IngestEvent[];
  const run = async (specs: string[], allowPrivate = false) => {
    events = [];
    return ingestCorpus(specs, { store, analyser: pool, allowPrivate, onEvent: (e) => events.push(e) });
  };

  beforeAll(() => {
    store = openStore(join(dir, 'corpus.db'));
  });
  afterAll(async () => {
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads JSON Lines, reports a bad line by its number and stores the rest', async () => {
    const file = join(dir, 'articles.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          text: seedText,
          title: 'Secret call',
          published: '2022-06-17',
          siteName: 'Yahoo News',
        }),
        '{"text": "unterminated',
        JSON.stringify({ html: page('Health scare', devA), url: 'https://example.com/health' }),
        JSON.stringify({ title: 'no body' }),
        '',
        JSON.stringify({ text: `  ${seedText.replace(/\n/g, '\n\n')}` }),
      ].join('\n'),
    );
    const summary = await run([file]);
    expect(summary).toEqual({ stored: 2, duplicate: 1, skipped: 0, failed: 2 });
    const failures = events.filter((e) => e.outcome === 'failed');
    expect(failures.map((e) => [e.file, e.message])).toEqual([
      [file, expect.stringMatching(/^line 2: not valid JSON/)],
      [file, 'line 4: has no "html", "text" or "url"; line skipped'],
    ]);
    const seed = store.articles({ q: 'British filmmaker' }).items;
    expect(seed).toEqual([
      expect.objectContaining({ title: 'Secret call', siteName: 'Yahoo News', published: '2022-06-17' }),
    ]);
    expect(store.findBySource('https://example.com/health')).toBeDefined();
    expect(store.findBySource(`${file}:6`)).toBe(seed[0]?.id);

    expect(await run([file])).toEqual({ stored: 0, duplicate: 0, skipped: 3, failed: 2 });
  });

  it('reads the HTML responses of a WARC file and nothing else', async () => {
    const record = async (url: string, type: 'response' | 'request', contentType: string, body: string) =>
      WARCSerializer.serialize(
        await WARCRecord.create(
          {
            url,
            type,
            warcVersion: 'WARC/1.1',
            date: '2016-10-01T00:00:00Z',
            httpHeaders: { 'Content-Type': contentType },
          },
          (async function* () {
            yield new TextEncoder().encode(body);
          })(),
        ),
        { gzip: true },
      );
    const parts = [
      await WARCSerializer.serialize(
        await WARCRecord.createWARCInfo(
          { filename: 'test.warc.gz', warcVersion: 'WARC/1.1' },
          { software: 'test' },
        ),
        { gzip: true },
      ),
      await record('https://news.example/b', 'request', 'text/html', ''),
      await record(
        'https://news.example/b',
        'response',
        'text/html; charset=utf-8',
        page('Wealthy voters', devB),
      ),
      await record('https://news.example/logo.png', 'response', 'image/png', 'PNG'),
    ];
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat(parts.map((p) => Buffer.from(p))));
    expect(await run([file])).toEqual({ stored: 1, duplicate: 0, skipped: 0, failed: 0 });
    const id = store.findBySource('https://news.example/b') as number;
    const doc = store.document(id) as { text: string; meta: { title?: string } };
    expect(doc.text).toContain(
      devB
        .split('\n')
        .find((l) => l.length > 80)
        ?.trim(),
    );
    expect(doc.meta.title).toBe('Wealthy voters');
  });

  describe('feeds', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/feed.xml') {
          res.setHeader('content-type', 'application/rss+xml');
          res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>Example News</title><link>${base}/</link>
            <item><title>Inline story</title><link>${base}/inline</link><pubDate>Mon, 03 Oct 2016 10:00:00 GMT</pubDate>
              <content:encoded><![CDATA[${page('Inline story', devC)}]]></content:encoded></item>
            <item><title>Linked story</title><link>${base}/story.html</link></item>
            <item><title>Missing story</title><link>${base}/gone.html</link></item>
          </channel></rss>`);
        } else if (req.url === '/story.html') {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(page('Linked story', seedText.split('\n').slice(14, 40).join('\n')));
        } else {
          res.statusCode = 404;
          res.end('not found');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('stores inline and linked feed items, reporting the missing one', async () => {
      expect(await run([`${base}/feed.xml`], true)).toEqual({
        stored: 2,
        duplicate: 0,
        skipped: 0,
        failed: 1,
      });
      expect(events.find((e) => e.outcome === 'failed')).toMatchObject({ file: `${base}/gone.html` });
      const inline = store.articles({ q: 'Inline story' }).items[0];
      expect(inline).toMatchObject({ source: `${base}/inline`, published: '2016-10-03T10:00:00.000Z' });
      expect(store.findBySource(`${base}/story.html`)).toBeDefined();
    });

    it('refuses a feed on a private address unless allowed', async () => {
      expect(await run([`${base}/feed.xml`])).toEqual({ stored: 0, duplicate: 0, skipped: 0, failed: 1 });
      expect(events[0]?.message).toMatch(/refusing to fetch from 127\.0\.0\.1, a loopback address/);
    });
  });
});
