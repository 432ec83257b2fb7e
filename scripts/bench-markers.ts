/**
 * Times findMarkers alone over the PolNeAR dev articles (already analysed),
 * median of alternating passes. Usage: npx tsx scripts/bench-markers.ts
 */
import { readPolnear } from '../src/node/polnear.js';
import { analyze } from '../src/pipeline.js';
import { findMarkers } from '../src/provenance/markers.js';
import { resolveSources } from '../src/provenance/resolve-sources.js';
import { POLNEAR_DEV } from './shared-data.js';

const dev = readPolnear(POLNEAR_DEV);
const docs = dev.map((a) => analyze(a.text, { source: a.name }));
const resolutions = docs.map((d) => resolveSources(d));
const times: number[] = [];
let n = 0;
for (let pass = 0; pass < 15; pass++) {
  const t0 = performance.now();
  for (const [i, d] of docs.entries()) n += findMarkers(d, resolutions[i]).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `findMarkers: median ${(times[7] as number).toFixed(1)} ms for ${docs.length} articles (${((times[7] as number) / docs.length).toFixed(3)} ms/article), markers ${n / 15}`,
);
