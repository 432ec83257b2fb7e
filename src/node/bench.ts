import { wink } from '../language/wink.js';
import { analyze } from '../pipeline.js';
import { shippedAttributor } from './model.js';
import { readPolnear } from './polnear.js';

/**
 * `npm run bench`: the full pipeline with the shipped model over PolNeAR dev,
 * against wink-nlp's own tokenize + POS pass over the same texts.
 */
function rate(texts: readonly string[], run: (text: string) => void): number {
  const started = performance.now();
  for (const t of texts) run(t);
  return texts.length / ((performance.now() - started) / 1000);
}

const dir = process.argv[2] ?? '/work/shared/data/polnear/dev';
const texts = readPolnear(dir).map((a) => a.text);
const loadStart = performance.now();
const attributor = shippedAttributor();
const loadMs = performance.now() - loadStart;
const nlp = wink();
const its = nlp.its;
const hearsay = (t: string) => void analyze(t, {}, { attributor });
const winkPass = (t: string) => void nlp.readDoc(t).tokens().out(its.pos);
for (const t of texts.slice(0, 10)) {
  hearsay(t);
  winkPass(t);
}
const h = rate(texts, hearsay);
const w = rate(texts, winkPass);
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
