import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/index.js';

/**
 * Stand-in for `hearsay serve` until src/node/server lands: serves web/dist with the real server's
 * CSP and answers the API contract from the pipeline and an in-memory list.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export function startStubServer(distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const docs: ReturnType<typeof analyze>[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/api/analyze') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw) as { text?: string; html?: string };
      const text = body.text ?? textOfHtml(body.html ?? '');
      try {
        const doc = analyze(text);
        docs.push(doc);
        return send(200, { id: docs.length, document: doc });
      } catch (e) {
        return send(500, { error: { code: 'internal', message: String(e) } });
      }
    }
    const one = /^\/api\/articles\/(\d+)$/.exec(url.pathname);
    if (one) {
      const doc = docs[Number(one[1]) - 1];
      return doc
        ? send(200, { id: Number(one[1]), document: doc })
        : send(404, { error: { code: 'not-found', message: 'no such article' } });
    }
    if (url.pathname === '/api/articles') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const items = docs
        .map((d, i) => ({
          id: i + 1,
          title: d.text.split('\n')[0],
          attributions: d.attributions.length,
          text: d.text,
        }))
        .filter((d) => d.text.toLowerCase().includes(q))
        .map(({ text: _t, ...rest }) => rest);
      return send(200, { total: items.length, items });
    }
    if (url.pathname.startsWith('/api/')) return send(200, { items: [] });
    const path = normalize(join(distDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(distDir)) return send(403, { error: { code: 'forbidden', message: 'no' } });
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      });
      res.end(body);
    } catch {
      send(404, { error: { code: 'not-found', message: 'no such file' } });
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${addr.port}/`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

function textOfHtml(html: string): string {
  const { document } = parseHTML(html);
  for (const s of Array.from(document.querySelectorAll('script,style'))) s.remove();
  return Array.from(document.querySelectorAll('h1,p'))
    .map((n) => n.textContent ?? '')
    .join('\n\n');
}
