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
import type { Attribution, Span } from '../src/model/document.js';
import { OffsetMap } from '../src/output/brat.js';

const attributors: Record<string, Attributor> = { rules: ruleAttributor, quoted: quotedAttributor };

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

// Minimal brat writer until src/output/brat.ts has one.
function toAnn(text: string, attributions: readonly Attribution[]): string {
  const map = new OffsetMap(text);
  const lines: string[] = [];
  let t = 0;
  const span = (label: string, pieces: readonly Span[]) => {
    const id = `T${++t}`;
    const range = pieces.map((s) => `${map.toCodePoint(s.start)} ${map.toCodePoint(s.end)}`).join(';');
    const words = pieces.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).join(' ');
    lines.push(`${id}\t${label} ${range}\t${words}`);
    return id;
  };
  attributions.forEach((a, i) => {
    const roles = [`Cue:${span('Cue', a.cue)}`];
    if (a.source.length) roles.push(`Source:${span('Source', a.source)}`);
    if (a.content.length) roles.push(`Content:${span('Content', a.content)}`);
    lines.push(`E${i + 1}\tAttribution:${span('Attribution', a.cue)} ${roles.join(' ')}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const name = arg('attributor', 'rules');
const attributor = attributors[name];
if (!attributor) throw new Error(`unknown attributor ${name}`);
const split = arg('split', 'dev');
const out = arg('out');
const gold = `/work/shared/data/polnear/${split}`;
mkdirSync(out, { recursive: true });
for (const file of readdirSync(join(gold, 'text')).filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync(join(gold, 'text', file), 'utf8');
  const doc = analyze(text, { source: file }, { attributor });
  writeFileSync(join(out, file.replace(/\.txt$/, '.ann')), toAnn(text, doc.attributions));
}
if (!process.argv.includes('--no-score'))
  process.stdout.write(
    execFileSync('python3', ['/work/shared/tools/score_attributions.py', gold, out], { encoding: 'utf8' }),
  );
