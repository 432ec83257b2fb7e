/**
 * Runs `analyze` with a chosen attributor on every PolNeAR dev text, writes
 * brat .ann predictions, and scores them with the reference scorer.
 * Usage: npx tsx scripts/predict-dev.ts --attributor rules|quoted --out DIR [--split dev|train] [--no-score]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attributor } from '../src/attribution/attributor.js';
import { quotedAttributor } from '../src/attribution/quoted.js';
import { ruleAttributor } from '../src/attribution/rules/index.js';
import { analyze } from '../src/index.js';
import { toBrat, writeAttributions } from '../src/output/brat.js';
import { arg } from './args.js';
import { POLNEAR, REFERENCE_SCORER } from './shared-data.js';

const attributors: Record<string, Attributor> = { rules: ruleAttributor, quoted: quotedAttributor };

const name = arg('attributor', 'rules');
const attributor = attributors[name];
if (!attributor) throw new Error(`unknown attributor ${name}`);
const split = arg('split', 'dev');
const out = arg('out');
const gold = `${POLNEAR}${split}`;
mkdirSync(out, { recursive: true });
for (const file of readdirSync(join(gold, 'text')).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join(gold, 'text', file), 'utf8');
  const doc = analyze(text, { source: file }, { attributor });
  writeFileSync(join(out, file.replace(/\.txt$/, '.ann')), toBrat(doc, [writeAttributions]));
}
if (!process.argv.includes('--no-score'))
  process.stdout.write(execFileSync('python3', [REFERENCE_SCORER, gold, out], { encoding: 'utf8' }));
