import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/ingest.js';
import { launch } from '../ui/harness.js';

// The ingest core must run in a browser (the web UI may read dropped files): bundle it and compare.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const built = await build({
    entryPoints: [new URL('../../src/ingest/ingest.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'ingest',
    write: false,
    logLevel: 'silent',
  });
  bundle = built.outputFiles[0]?.text ?? '';
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('ingest in a browser', () => {
  it('bundles without Node built-ins and gives the same text and metadata as in Node', async () => {
    expect(bundle).not.toMatch(/require\(["']node:/);
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    const inputs: [string, number[]][] = [
      ['syndicated.html', [...fixture('syndicated.html')]],
      ['latin.txt', [...Buffer.from('Le maire a dit \x93non\x94 au caf\xe9.\n', 'latin1')]],
    ];
    const texts: string[] = [];
    for (const [name, bytes] of inputs) {
      const inBrowser = await page.evaluate(
        ([n, b]) =>
          (globalThis as unknown as { ingest: { ingestBytes: typeof ingestBytes } }).ingest.ingestBytes(
            new Uint8Array(b),
            { name: n },
          ),
        [name, bytes] as const,
      );
      expect(inBrowser, name).toEqual(ingestBytes(Uint8Array.from(bytes), { name }));
      texts.push(inBrowser.text);
    }
    expect(texts[1]).toBe('Le maire a dit “non” au café.\n');
    await page.close();
  });
});
