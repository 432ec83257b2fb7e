import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { analyseArticle } from '../../src/node/corpus/analyse.js';
import { createApp } from '../../src/node/server/app.js';
import { openStore } from '../../src/node/store/sqlite.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'web/dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts/ui');
export const CHROMIUM = '/usr/bin/chromium';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/vite.config.ts'];

/** Build web/dist when it is missing or older than its sources, so the tests see the current UI. */
export function ensureWebBuilt(): void {
  const index = join(DIST, 'index.html');
  const sources = Math.max(...SOURCES.map((p) => newest(join(ROOT, p))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', 'web', '--logLevel', 'error'], { cwd: ROOT });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`UI tests need Debian's chromium at ${CHROMIUM}: run \`apt-get install -y chromium\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The real `hearsay serve` app, in process, on a free port, with an in-memory corpus. */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  ensureWebBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  const store = openStore(':memory:');
  const app = createApp({
    store,
    analyser: { analyse: async (input) => analyseArticle(input) },
    staticDir: DIST,
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
