/**
 * How analysis time grows with input length: texts of 10 KB to 1 MB built
 * from PolNeAR dev articles, timed stage by stage with the shipped model.
 * A stage whose ms/KB climbs with size is superlinear.
 * Usage: npx tsx scripts/scale.ts [sizes in KB, e.g. 10 100 300 1000]
 */
import { createDocument } from '../src/model/document.js';
import { shippedAttributor } from '../src/node/model.js';
import { stages } from '../src/pipeline.js';
import { devText } from './scale-text.js';

const NAMES = ['segment', 'classify', 'tokenize', 'mentions', 'dates', 'attribute', 'provenance'];
const sizes = process.argv.slice(2).map(Number);
const kbs = sizes.length > 0 ? sizes : [10, 100, 300, 1000];
const attributor = shippedAttributor();
const list = stages({ attributor });
if (list.length !== NAMES.length) throw new Error(`expected ${NAMES.length} stages, got ${list.length}`);

// Warm the JIT so the 10 KB row is not mostly compilation.
for (const stage of list) stage(createDocument(devText(20_000)));

const rows: string[][] = [['KB', ...NAMES, 'total', 'ms/KB', 'heap MB']];
for (const kb of kbs) {
  const text = devText(kb * 1000);
  const doc = createDocument(text);
  const times = list.map((stage) => {
    const started = performance.now();
    stage(doc);
    return performance.now() - started;
  });
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
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ')}\n`);
