/**
 * Guards speed work against changing results: runs the pipeline over PolNeAR
 * dev, the first 200 train articles and the seed, and hashes each document's
 * JSON per layer. Attributions come from what no other stage changes: gold
 * PolNeAR relations (the seed: the quoted baseline), so a difference is in
 * cleaning, language or provenance. Each article runs twice, without and with
 * its publication date (which switches dates to relative parsing).
 * Usage: npx tsx scripts/identity-check.ts write FILE | check FILE
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { quotedAttributor } from '../src/attribution/quoted.js';
import { createDocument, type Document, type DocumentMeta } from '../src/model/document.js';
import { readPolnear } from '../src/node/polnear.js';
import { renderJson } from '../src/output/json.js';
import { stages } from '../src/pipeline.js';
import { provenance } from '../src/provenance/index.js';
import { goldAttributions } from './measure-provenance.js';
import { POLNEAR, POLNEAR_DEV, POLNEAR_TRAIN, SHARED } from './shared-data.js';

const SEED = `${SHARED}examples/seed/article.txt`;

function published(): Map<string, string> {
  const rows = readFileSync(`${POLNEAR}metadata.tsv`, 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split('\t')).map((c) => [c[1] ?? '', c[5] ?? '']));
}

/** Every stage before attribution, then the given attributions, then provenance. */
function run(text: string, meta: DocumentMeta, attribute: (doc: Document) => Document['attributions']) {
  const doc = createDocument(text, meta);
  const list = stages();
  for (const stage of list.slice(0, -2)) stage(doc);
  doc.attributions = attribute(doc);
  provenance(doc);
  return doc;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

function hashes(doc: Document): Record<string, string> {
  const { provenance: p, ...layers } = doc;
  const out: Record<string, string> = { json: sha(renderJson(doc)) };
  for (const [k, v] of Object.entries(layers)) out[k] = sha(JSON.stringify(v));
  for (const [k, v] of Object.entries(p ?? {})) out[`provenance.${k}`] = sha(JSON.stringify(v));
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  process.stderr.write('usage: identity-check.ts write FILE | check FILE\n');
  process.exit(2);
}
const dates = published();
const articles = [...readPolnear(POLNEAR_DEV), ...readPolnear(POLNEAR_TRAIN).slice(0, 200)];
const result: Record<string, Record<string, string>> = {};
const started = performance.now();
for (const a of articles) {
  const gold = (doc: Document) => goldAttributions(doc, a.relations);
  result[a.name] = hashes(run(a.text, {}, gold));
  result[`${a.name}@published`] = hashes(run(a.text, { published: dates.get(a.name) }, gold));
}
const seed = readFileSync(SEED, 'utf8');
const quoted = (doc: Document) => quotedAttributor.attribute(doc);
result.seed = hashes(run(seed, {}, quoted));
result['seed@published'] = hashes(run(seed, { published: '2020-10-26' }, quoted));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (mode === 'write') {
  writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  process.stdout.write(`${Object.keys(result).length} documents hashed in ${seconds} s -> ${file}\n`);
} else {
  const expected = JSON.parse(readFileSync(file, 'utf8')) as typeof result;
  const diffs: string[] = [];
  for (const [name, h] of Object.entries(expected)) {
    const got = result[name];
    const layers = Object.keys(h).filter((k) => k !== 'json' && got?.[k] !== h[k]);
    if (!got || got.json !== h.json) diffs.push(`${name}: ${layers.join(', ') || 'json'}`);
  }
  process.stdout.write(
    `${Object.keys(expected).length} documents checked in ${seconds} s: ${diffs.length} differ\n${diffs.slice(0, 20).join('\n')}\n`,
  );
  process.exit(diffs.length > 0 ? 1 : 0);
}
