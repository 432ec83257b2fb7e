import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonPublicRange } from '../../src/node/ingest/address.js';
import { fetchUrl } from '../../src/node/ingest/fetch.js';
import { readInput } from '../../src/node/ingest/read.js';
import { rejected } from '../hearsay-error.js';

const article = `<!doctype html><html><head><title>Port strike ends</title>
<link rel="canonical" href="/business/port-strike-ends"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Port strike ends</h1><p>Dock workers voted on Friday to end a two-week strike after the port operator agreed to a 6 per cent pay rise, the union said.</p>
<p>The operator said ships delayed by the dispute would be unloaded by the end of next week, while importers warned that shortages could last longer.</p></article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '';
    if (route === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    } else if (route === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(article));
    } else if (route === '/latin') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
      res.end(Buffer.from('Caf\xe9 owner says \x93no\x94\n', 'latin1'));
    } else if (route.startsWith('/hop/')) {
      const n = Number(route.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      res.end();
    } else if (route === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    } else if (route === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (route === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>');
    } else if (route === '/endless') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (res.write(chunk)) {}
        res.once('drain', pump);
      };
      pump();
      res.on('close', () => res.removeAllListeners('drain'));
    } else if (route === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivate: true };

describe('readInput from URLs', () => {
  it('fetches a page, resolving its canonical link against the final address', async () => {
    const { text, meta } = await readInput(`${base}/article`, local);
    expect(text).toMatch(/^Port strike ends\n\nDock workers voted on Friday/);
    expect(meta).toMatchObject({
      source: `${base}/article`,
      format: 'html',
      url: `${base}/business/port-strike-ends`,
    });
  });

  it('connects by host name through the guarded DNS lookup', async () => {
    const port = (server.address() as AddressInfo).port;
    const { text } = await readInput(`http://localhost:${port}/article`, local);
    expect(text).toMatch(/^Port strike ends/);
  });

  it('decompresses gzip and follows up to five redirects', async () => {
    expect((await readInput(`${base}/gzip`, local)).text).toMatch(/^Port strike ends/);
    expect((await readInput(`${base}/hop/4`, local)).meta.url).toBe(`${base}/business/port-strike-ends`);
    const e = await rejected(readInput(`${base}/hop/5`, local));
    expect([e.code, e.file]).toEqual(['ingest/too-many-redirects', `${base}/hop/5`]);
  });

  it('decodes with the charset from Content-Type and keeps the address as meta.url', async () => {
    const { text, meta } = await readInput(`${base}/latin`, local);
    expect(text).toBe('Café owner says “no”\n');
    expect(meta).toEqual({ format: 'text', source: `${base}/latin`, url: `${base}/latin` });
  });

  it('names the problem: 404, a PDF, a redirect off http, too large, too slow', async () => {
    const cases: [string, object, string, RegExp][] = [
      ['/missing', local, 'ingest/not-found', /HTTP 404/],
      ['/pdf', local, 'ingest/unsupported-type', /application\/pdf/],
      ['/rss', local, 'ingest/unsupported-type', /application\/rss\+xml, a feed/],
      ['/to-file', local, 'ingest/unsupported-url', /only http and https/],
      ['/endless', { ...local, maxBytes: 200_000 }, 'ingest/too-large', /limit of 0\.2 MB/],
      ['/slow', { ...local, timeoutMs: 300 }, 'ingest/timeout', /within 0\.3 s/],
    ];
    for (const [route, options, code, message] of cases) {
      const e = await rejected(readInput(base + route, options));
      expect([e.code, e.file], route).toEqual([code, base + route]);
      expect(e.message, route).toMatch(message);
    }
  });

  it('refuses loopback and private addresses unless allowed, by literal or by name', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '[::ffff:127.0.0.1]', '0x7f.1', '2130706433']) {
      const e = await rejected(readInput(`http://${host}:${port}/article`));
      expect(e.code, host).toBe('ingest/private-address');
      expect(e.message, host).toMatch(/loopback address \(use --allow-private/);
    }
  });
});

describe('fetchUrl', () => {
  it('fetches feeds for the callers that read them', async () => {
    const fetched = await fetchUrl(`${base}/rss`, local);
    expect(fetched.mediaType).toBe('application/rss+xml');
    expect(fetched.format).toBeUndefined();
    expect(new TextDecoder().decode(fetched.bytes)).toContain('<rss version="2.0">');
  });
});

describe('nonPublicRange', () => {
  it('names loopback, private, link-local, unique-local and unspecified ranges in IPv4 and IPv6', () => {
    const expected: Record<string, string | undefined> = {
      '127.0.0.1': 'loopback',
      '10.1.2.3': 'private',
      '172.31.255.1': 'private',
      '192.168.0.10': 'private',
      '169.254.169.254': 'link-local',
      '0.0.0.0': 'unspecified',
      '100.64.0.1': 'shared (carrier-grade NAT)',
      '::1': 'loopback',
      '::': 'unspecified',
      'fe80::1': 'link-local',
      'fd12:3456::1': 'unique-local',
      '::ffff:10.0.0.1': 'private',
      '::ffff:7f00:1': 'loopback',
      '[::ffff:169.254.169.254]': 'link-local',
      '8.8.8.8': undefined,
      '172.32.0.1': undefined,
      '2606:4700::1111': undefined,
      '::ffff:8.8.8.8': undefined,
      'example.com': undefined,
    };
    for (const [ip, range] of Object.entries(expected)) expect(nonPublicRange(ip), ip).toBe(range);
  });
});
