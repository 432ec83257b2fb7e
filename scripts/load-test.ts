/**
 * A bounded load test of POST /api/analyze on 127.0.0.1 only: starts its own
 * server (temporary database, one worker per core), sends N requests with C in
 * flight, and prints throughput, latency percentiles, errors and memory.
 *
 *   npx tsx scripts/load-test.ts [--requests 2000] [--concurrency 16] [--jobs N] [--store]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { AnalysisPool } from '../src/node/corpus/pool.js';
import { createApp } from '../src/node/server/app.js';
import { openStore } from '../src/node/store/sqlite.js';
import { POLNEAR_DEV } from './shared-data.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    store: { type: 'boolean', default: false },
  },
});
const total = Number(values.requests);
const concurrency = Number(values.concurrency);

const devText = join(POLNEAR_DEV, 'text');
const texts = [
  readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8'),
  ...readdirSync(devText)
    .sort()
    .slice(0, 20)
    .map((f) => readFileSync(join(devText, f), 'utf8')),
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const dir = mkdtempSync(join(tmpdir(), 'hearsay-load-'));
const store = openStore(join(dir, 'load.db'));
const pool = new AnalysisPool({ size: Number(values.jobs), timeoutMs: 60_000 });
const server = serve({ fetch: createApp({ store, analyser: pool }).fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as { port: number };
const url = `http://127.0.0.1:${port}/api/analyze`;

const call = async (i: number) => {
  const start = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: texts[i % texts.length], store: values.store }),
  });
  await res.arrayBuffer();
  return { ms: performance.now() - start, ok: res.status === 200, status: res.status };
};

/** Sends `n` requests, `concurrency` at a time; records latencies and errors. */
async function load(n: number, latencies: number[], errors: Map<number | string, number>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        try {
          const r = await call(i);
          latencies.push(r.ms);
          if (!r.ok) errors.set(r.status, (errors.get(r.status) ?? 0) + 1);
        } catch (e) {
          errors.set(String(e), (errors.get(String(e)) ?? 0) + 1);
        }
      }
    }),
  );
}

// Warm-up (not counted): threads started, code compiled, heaps at their working size; the RSS
// after it is the baseline that memory must return to after the load.
await load(Math.min(total, 200), [], new Map());
const rssBefore = process.memoryUsage().rss;
const latencies: number[] = [];
const errors = new Map<number | string, number>();
const started = performance.now();
await load(total, latencies, errors);
const seconds = (performance.now() - started) / 1000;
const rssAfter = process.memoryUsage().rss;
await new Promise((resolve) => setTimeout(resolve, 5000));
const rssSettled = process.memoryUsage().rss;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;

console.log(
  `requests     ${total} (${concurrency} concurrent, ${pool.size} workers, articles of ${chars.toFixed(0)} chars on average${values.store ? ', stored' : ''})`,
);
console.log(`throughput   ${(total / seconds).toFixed(1)} requests/s (${seconds.toFixed(1)} s)`);
console.log(
  `latency      p50 ${pct(50).toFixed(0)} ms, p90 ${pct(90).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${pct(100).toFixed(0)} ms`,
);
console.log(
  `errors       ${errors.size === 0 ? 'none' : [...errors].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
);
console.log(
  `RSS          ${mb(rssBefore)} after warm-up, ${mb(rssAfter)} right after the load, ${mb(rssSettled)} 5 s later (process incl. worker threads)`,
);

server.close();
await pool.close();
store.close();
rmSync(dir, { recursive: true, force: true });
