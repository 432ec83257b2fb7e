/**
 * How analysis time grows with input length: texts of 10 KB to 1 MB built
 * from PolNeAR dev articles, timed stage by stage with the shipped model.
 * A stage whose ms/KB climbs with size is superlinear.
 * With --dev: each stage's median ms per article over the PolNeAR dev
 * articles themselves (five passes after a warm-up), as in the README.
 * Usage: npx tsx scripts/scale.ts [sizes in KB, e.g. 10 100 300 1000] | --dev
 */
import { createDocument, type Document } from '../src/model/document.js';
import { shippedAttributor } from '../src/node/model.js';
import { readPolnear } from '../src/node/polnear.js';
import { stages } from '../src/pipeline.js';
import { devText } from './scale-text.js';
import { POLNEAR_DEV } from './shared-data.js';

const NAMES = ['segment', 'classify', 'tokenize', 'mentions', 'dates', 'attribute', 'provenance'];
const attributor = shippedAttributor();
const list = stages({ attributor });
if (list.length !== NAMES.length) throw new Error(`expected ${NAMES.length} stages, got ${list.length}`);

/** Runs every stage on the document, returning each one's time in ms. */
function timed(doc: Document): number[] {
  return list.map((stage) => {
    const started = performance.now();
    stage(doc);
    return performance.now() - started;
  });
}

function print(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')}\n`);
}

function perArticle(): void {
  const texts = readPolnear(POLNEAR_DEV).map((a) => a.text);
  const passes: number[][] = [];
  for (let p = 0; p < 6; p++) {
    const sums = NAMES.map(() => 0);
    for (const text of texts) {
      const times = timed(createDocument(text));
      for (let i = 0; i < sums.length; i++) sums[i] = (sums[i] as number) + (times[i] as number);
    }
    if (p > 0) passes.push(sums.map((s) => s / texts.length));
  }
  const median = (i: number) => {
    const xs = passes.map((p) => p[i] as number).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)] as number;
  };
  const ms = NAMES.map((_, i) => median(i));
  print([
    ['ms/article', ...NAMES, 'total'],
    [`${texts.length} dev`, ...ms.map((t) => t.toFixed(2)), ms.reduce((a, b) => a + b, 0).toFixed(2)],
  ]);
}

function bySize(kbs: number[]): void {
  // Warm the JIT so the 10 KB row is not mostly compilation.
  timed(createDocument(devText(20_000)));
  const rows: string[][] = [['KB', ...NAMES, 'total', 'ms/KB', 'heap MB']];
  for (const kb of kbs) {
    const doc = createDocument(devText(kb * 1000));
    const times = timed(doc);
    const total = times.reduce((a, b) => a + b, 0);
    const heap = process.memoryUsage().heapUsed / 1e6;
    rows.push([
      String(kb),
      ...times.map((t) => t.toFixed(0)),
      total.toFixed(0),
      (total / kb).toFixed(2),
      heap.toFixed(0),
    ]);
    process.stderr.write(`${kb} KB done (${doc.attributions.length} attributions)\n`);
  }
  print(rows);
}

const args = process.argv.slice(2);
if (args.includes('--dev')) perArticle();
else bySize(args.length > 0 ? args.map(Number) : [10, 100, 300, 1000]);
