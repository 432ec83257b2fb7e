/**
 * Error analysis of an attribution model on a PolNeAR split: gold cues by
 * outcome (exact, other edges, tagged but dropped, never tagged) and by
 * category (direct/indirect, cue word, cue POS, cue length, pronoun source,
 * content length), the commonest boundary errors and false cues, and source
 * errors on found cues.
 * Usage: npx tsx scripts/attribution-errors.ts [--model FILE] [--split dev|train] [--top N]
 */

import { trimSpan } from '../src/attribution/model/labels.js';
import { modelAttributor, tag } from '../src/attribution/model/model.js';
import { type Example, prepare } from '../src/attribution/model/train.js';
import type { Span, Token } from '../src/model/document.js';
import { loadModel, SHIPPED_MODEL } from '../src/node/model.js';
import { readPolnear } from '../src/node/polnear.js';
import { overlaps } from '../src/provenance/spans.js';
import { arg } from './args.js';
import { POLNEAR } from './shared-data.js';

const model = loadModel(arg('model', SHIPPED_MODEL));
const examples: Example[] = prepare(readPolnear(`${POLNEAR}${arg('split', 'dev')}`));
const top = Number(arg('top', '25'));
const attributor = modelAttributor(model);

type Tally = Map<string, number[]>;
const OUTCOMES = ['exact', 'edges', 'dropped', 'untagged'] as const;
const tallies = new Map<string, Tally>();
function count(table: string, key: string, outcome: number): void {
  const t = tallies.get(table) ?? new Map<string, number[]>();
  tallies.set(table, t);
  const row = t.get(key) ?? [0, 0, 0, 0];
  row[outcome] = (row[outcome] as number) + 1;
  t.set(key, row);
}
const pairs = new Map<string, Map<string, number>>();
function pair(table: string, key: string): void {
  const t = pairs.get(table) ?? new Map<string, number>();
  pairs.set(table, t);
  t.set(key, (t.get(key) ?? 0) + 1);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that']);

/** Gold sources by kind: found with the exact span, or not. */
const sources = new Map<string, [number, number]>();
function sourceOutcome(kind: string, exact: boolean): void {
  const row = sources.get(kind) ?? [0, 0];
  row[exact ? 0 : 1]++;
  sources.set(kind, row);
}

function sourceKind(has: boolean, words: string): string {
  if (!has) return 'none';
  if (PRONOUNS.has(words)) return 'pronoun';
  return words.split(' ').length > 4 ? 'long (5+ words)' : 'short';
}

const short = (words: string) => (words === '' ? '∅' : words.length > 30 ? 'long' : words);

const key = (spans: Span[]) =>
  spans
    .map((s) => `${s.start}-${s.end}`)
    .sort()
    .join(';');

for (const ex of examples) {
  const { doc, text } = ex;
  const trimmed = (spans: Span[]) => spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  const words = (spans: Span[]) =>
    trimmed(spans)
      .map((s) => text.slice(s.start, s.end))
      .join(' … ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
  const tokensOf = (spans: Span[]): Token[] => doc.tokens.filter((t) => spans.some((s) => overlaps(t, s)));
  const pred = attributor.attribute(doc);
  const { labels } = tag(model, doc, false, ex.hints);
  const predCues = new Map(pred.map((a) => [key(trimmed(a.cue)), a]));
  const predSources = new Set(pred.map((a) => key(trimmed(a.source))));
  const goldCues = new Set(ex.relations.map((r) => key(trimmed(r.cue))));
  for (const r of ex.relations) {
    const cue = trimmed(r.cue);
    if (cue.length === 0) continue;
    const toks = tokensOf(cue);
    const overlapping = pred.find((a) => trimmed(a.cue).some((p) => cue.some((g) => overlaps(p, g))));
    const taggedCue = toks.some((t) => {
      const l = labels[doc.tokens.indexOf(t)] as number;
      return l === 3 || l === 4;
    });
    const outcome = predCues.has(key(cue)) ? 0 : overlapping ? 1 : taggedCue ? 2 : 3;
    const content = trimmed(r.content);
    const contentTokens = tokensOf(content).length;
    const direct = r.content.some((s) => /^\s*["“]/.test(text.slice(Math.max(0, s.start - 1), s.end)));
    const src = words(r.source);
    const head = toks.find((t) => t.pos === 'VERB') ?? toks.find((t) => t.pos === 'NOUN') ?? toks[0];
    count('all', 'all', outcome);
    count('kind', direct ? 'direct (content quoted)' : 'indirect', outcome);
    count('cue length', String(Math.min(toks.length, 4)), outcome);
    count('cue pos', head?.pos ?? '?', outcome);
    count('cue lemma', head?.lemma ?? '?', outcome);
    count('source', sourceKind(r.source.length > 0, src), outcome);
    count(
      'content tokens',
      contentTokens <= 5 ? '<=5' : contentTokens <= 15 ? '6-15' : contentTokens <= 40 ? '16-40' : '>40',
      outcome,
    );
    count(
      'cue position',
      content.length && cue[0] && content[0]
        ? cue[0].start < content[0].start
          ? 'before content'
          : 'after content'
        : '?',
      outcome,
    );
    if (outcome === 1 && overlapping)
      pair('cue edges (gold => predicted)', `${words(r.cue)} => ${words(overlapping.cue)}`);
    if (outcome === 3) pair('never-tagged cue words', words(r.cue));
    const found = predCues.get(key(cue));
    if (found && key(trimmed(found.source)) !== key(trimmed(r.source)))
      pair(
        'source errors on exact cues (gold => predicted)',
        `${short(src)} => ${short(words(found.source))}`,
      );
    if (r.source.length > 0) sourceOutcome(sourceKind(true, src), predSources.has(key(trimmed(r.source))));
  }
  for (const a of pred) {
    const k = key(trimmed(a.cue));
    if (goldCues.has(k)) continue;
    const nearGold = ex.relations.some((r) =>
      trimmed(r.cue).some((g) => trimmed(a.cue).some((p) => overlaps(p, g))),
    );
    if (!nearGold) pair('false cues (no gold cue overlaps)', words(a.cue));
  }
}

const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(0)}%`;
for (const [table, t] of tallies) {
  console.log(`\n## ${table}  (${OUTCOMES.join(' / ')})`);
  const rows = [...t]
    .sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))
    .slice(0, top);
  for (const [k, row] of rows) {
    const n = row.reduce((x, y) => x + y);
    console.log(
      `${k.padEnd(28)} ${String(n).padStart(5)}  ${row.map((v) => `${String(v).padStart(4)} ${pct(v, n).padStart(4)}`).join('  ')}`,
    );
  }
}
console.log('\n## gold sources by kind  (exact / not)');
for (const [kind, [yes, no]] of sources)
  console.log(
    `${kind.padEnd(28)} ${String(yes + no).padStart(5)}  ${yes} ${pct(yes, yes + no)}  ${no} ${pct(no, yes + no)}`,
  );
for (const [table, t] of pairs) {
  console.log(`\n## ${table}`);
  for (const [k, n] of [...t].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${String(n).padStart(4)}  ${k}`);
}
