import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { wink } from '../language/wink.js';
import { analyze } from '../pipeline.js';
import { shippedAttributor } from './model.js';
import { readPolnear } from './polnear.js';

/**
 * `npm run bench`: the full pipeline with the shipped model over PolNeAR dev,
 * against wink-nlp's own tokenize + POS pass (its default pipeline) over the
 * same texts. Both get a warm-up pass, then alternate timed passes; each
 * reports its median rate, so load on a shared machine hits both alike. Also
 * shown: wink with only the sentence and POS steps hearsay runs, and
 * hearsay's own peak memory, taken before the baseline's wink loads.
 */
function rate(texts: readonly string[], run: (text: string) => void): number {
  const started = performance.now();
  for (const t of texts) run(t);
  return texts.length / ((performance.now() - started) / 1000);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const PASSES = 3;

// From dist/node/: ../shared beside the repository.
const dir = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/polnear/dev', import.meta.url));
const texts = readPolnear(dir).map((a) => a.text);
const loadStart = performance.now();
const attributor = shippedAttributor();
const loadMs = performance.now() - loadStart;
const hearsay = (t: string) => void analyze(t, {}, { attributor });
rate(texts, hearsay);
const hearsayRssMb = process.resourceUsage().maxRSS / 1024;
const nlp = winkNLP(model);
const lean = wink();
const winkPass = (t: string) => void nlp.readDoc(t).tokens().out(nlp.its.pos);
const leanPass = (t: string) => void lean.readDoc(t).tokens().out(lean.its.pos);
rate(texts, winkPass);
rate(texts, leanPass);
const hs: number[] = [];
const ws: number[] = [];
const ls: number[] = [];
for (let p = 0; p < PASSES; p++) {
  hs.push(rate(texts, hearsay));
  ws.push(rate(texts, winkPass));
  ls.push(rate(texts, leanPass));
}
const h = median(hs);
const w = median(ws);
const l = median(ls);
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  [
    `articles       ${texts.length} (${dir})`,
    `model load     ${loadMs.toFixed(0)} ms`,
    `hearsay        ${h.toFixed(1)} articles/s (full pipeline, ${attributor.name}@${attributor.version})`,
    `wink-nlp       ${w.toFixed(1)} articles/s (tokenize + POS)`,
    `ratio          ${(h / w).toFixed(2)} (target >= 0.5)`,
    `wink sbd+pos   ${l.toFixed(1)} articles/s (the steps hearsay runs; ratio ${(h / l).toFixed(2)})`,
    `peak RSS       ${hearsayRssMb.toFixed(0)} MB hearsay (target < 300); ${rssMb.toFixed(0)} MB with the baselines`,
    '',
  ].join('\n'),
);
