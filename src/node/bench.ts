import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze } from '../pipeline.js';
import { shippedAttributor } from './model.js';
import { readPolnear } from './polnear.js';

/**
 * `npm run bench`: the full pipeline with the shipped model over PolNeAR dev,
 * against wink-nlp's own tokenize + POS pass (its default pipeline) over the
 * same texts. Both get a warm-up pass, then alternate timed passes; each
 * reports its median rate, so load on a shared machine hits both alike.
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

const dir = process.argv[2] ?? '/work/shared/data/polnear/dev';
const texts = readPolnear(dir).map((a) => a.text);
const loadStart = performance.now();
const attributor = shippedAttributor();
const loadMs = performance.now() - loadStart;
const nlp = winkNLP(model);
const its = nlp.its;
const hearsay = (t: string) => void analyze(t, {}, { attributor });
const winkPass = (t: string) => void nlp.readDoc(t).tokens().out(its.pos);
rate(texts, hearsay);
rate(texts, winkPass);
const hs: number[] = [];
const ws: number[] = [];
for (let p = 0; p < PASSES; p++) {
  hs.push(rate(texts, hearsay));
  ws.push(rate(texts, winkPass));
}
const h = median(hs);
const w = median(ws);
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  [
    `articles       ${texts.length} (${dir})`,
    `model load     ${loadMs.toFixed(0)} ms`,
    `hearsay        ${h.toFixed(1)} articles/s (full pipeline, ${attributor.name}@${attributor.version})`,
    `wink-nlp       ${w.toFixed(1)} articles/s (tokenize + POS)`,
    `ratio          ${(h / w).toFixed(2)} (target >= 0.5)`,
    `peak RSS       ${rssMb.toFixed(0)} MB (target < 300)`,
    '',
  ].join('\n'),
);
