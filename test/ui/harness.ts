import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startStubServer } from './stub-server.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'web/dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts/ui');
export const CHROMIUM = '/usr/bin/chromium';

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Build web/dist when it is missing or older than web/src, so the tests see the current UI. */
export function ensureWebBuilt(): void {
  const index = join(DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, 'web/src'))) return;
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

export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  ensureWebBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  return startStubServer(DIST);
}
