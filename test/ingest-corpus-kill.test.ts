import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLNEAR_DEV } from '../scripts/shared-data.js';
import { contentHash } from '../src/node/store/sqlite.js';

const root = new URL('..', import.meta.url).pathname;
const inputs = [
  ...readdirSync(join(POLNEAR_DEV, 'text'))
    .sort()
    .slice(0, 10)
    .map((f) => join(POLNEAR_DEV, 'text', f)),
  join(root, 'examples/seed/article.txt'),
];

function ingest(db: string): ChildProcess {
  return spawn(process.execPath, ['bin/hearsay.js', 'ingest', '--db', db, '--jobs', '1', ...inputs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

function count(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

describe('hearsay ingest, killed and restarted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-kill-'));
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing and stores every article exactly once', async () => {
    const db = join(dir, 'corpus.db');
    const first = ingest(db);
    const done = exited(first);
    let seen = 0;
    while (first.exitCode === null && seen < 3) {
      await new Promise((r) => setTimeout(r, 25));
      seen = count(db);
    }
    first.kill('SIGKILL');
    expect(await done).toBeNull(); // killed, not finished
    const stored = count(db);
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThan(inputs.length);

    const second = ingest(db);
    let stderr = '';
    second.stderr?.on('data', (d) => {
      stderr += d;
    });
    expect(await exited(second)).toBe(0);
    expect(stderr).toContain(`${inputs.length - stored} stored`);
    expect(stderr).toContain(`${stored} already stored`);

    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT hash, text FROM articles').all() as { hash: string; text: string }[];
    const sources = conn.prepare('SELECT source FROM article_sources ORDER BY source').all() as {
      source: string;
    }[];
    conn.close();
    expect(rows).toHaveLength(inputs.length);
    const expected = inputs.map((f) => contentHash(readFileSync(f, 'utf8'))).sort();
    expect(rows.map((r) => r.hash).sort()).toEqual(expected);
    expect(sources.map((s) => s.source)).toEqual([...inputs].sort());
  });
});
