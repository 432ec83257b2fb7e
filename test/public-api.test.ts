import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('public API', () => {
  // Pinned on purpose: adding or removing an export is an API change and should be seen in review.
  it('core exports exactly these values', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'BratWriter',
        'HearsayError',
        'SCHEMA_ID',
        'VERSION',
        'analyze',
        'assess',
        'buildChains',
        'createDocument',
        'decodeBytes',
        'decodeModel',
        'detectFormat',
        'encodeModel',
        'entityGroup',
        'extractHtml',
        'findMarkers',
        'formatScores',
        'fromJson',
        'ingestBytes',
        'ingestText',
        'isHearsayError',
        'modelAttributor',
        'parseBrat',
        'provenance',
        'quotedAttributor',
        'renderJson',
        'renderProvenance',
        'renderReport',
        'resolveSources',
        'ruleAttributor',
        'score',
        'stages',
        'timeline',
        'toBrat',
        'toJson',
      ].sort(),
    );
  });

  it('node exports exactly these values', () => {
    expect(Object.keys(node).sort()).toEqual(
      [
        'SHIPPED_MODEL',
        'analyze',
        'expandInputs',
        'loadAttributor',
        'openStore',
        'readInput',
        'readPolnear',
        'shippedAttributor',
      ].sort(),
    );
  });

  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(core.VERSION).toBe(pkg.version);
  });

  it('core code (everything outside src/node) imports no Node built-ins, so it runs in a browser', () => {
    const offenders = files(join(root, 'src'))
      .filter((f) => !f.includes('/src/node/') && !f.endsWith('.test.ts'))
      .filter((f) => /from ['"](node:|fs['"]|path['"]|better-sqlite3)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
