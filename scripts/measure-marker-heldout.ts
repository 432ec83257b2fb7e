import { fileURLToPath } from 'node:url';
import type { MarkerType } from '../src/model/provenance.js';
import { analyze } from '../src/node/analyze.js';
import {
  emptyScores,
  type GoldMarker,
  type MarkerScore,
  type Measurement,
  precision,
  readGold,
  recall,
  scoreMarkers,
} from './measure-provenance.js';
import { polnearText, readJsonDir } from './shared-data.js';

export const HELDOUT_DIR = fileURLToPath(new URL('../test/data/marker-heldout/', import.meta.url));
/** 120 train articles, a natural sample drawn and annotated last (its README). */
export const HELDOUT2_DIR = fileURLToPath(new URL('../test/data/marker-heldout-2/', import.meta.url));

export interface HeldoutFile {
  name: string;
  split: 'train' | 'dev';
  /** Marker types annotated completely in this file; others were not annotated. */
  types: MarkerType[];
  markers: GoldMarker[];
}

export function readHeldout(dir = HELDOUT_DIR): HeldoutFile[] {
  return readJsonDir<HeldoutFile>(dir);
}

export interface HeldoutMeasurement {
  /** Types annotated in every held-out file: the ones scored. */
  types: MarkerType[];
  /** One score table per held-out folder, in the order given. */
  sets: Record<MarkerType, MarkerScore>[];
  /** The provenance gold (dev) through the same pipeline, same types. */
  gold: Record<MarkerType, MarkerScore>;
  errors: Measurement['markerErrors'];
}

export function measureMarkerHeldout(dirs = [HELDOUT_DIR, HELDOUT2_DIR]): HeldoutMeasurement {
  const folders = dirs.map((dir) => readHeldout(dir));
  const files = folders.flat();
  const types = (files[0]?.types ?? []).filter((t) => files.every((f) => f.types.includes(t)));
  const m: HeldoutMeasurement = { types, sets: [], gold: emptyScores(), errors: [] };
  for (const folder of folders) {
    const scores = emptyScores();
    for (const f of folder) {
      const doc = analyze(polnearText(f.split, f.name), { source: f.name });
      scoreMarkers(doc, f, scores, m.errors, types);
    }
    m.sets.push(scores);
  }
  for (const g of readGold()) {
    const doc = analyze(polnearText('dev', g.name), { source: g.name });
    scoreMarkers(doc, g, m.gold, undefined, types);
  }
  return m;
}

export const pooled = (a: MarkerScore, b: MarkerScore): MarkerScore => ({
  gold: a.gold + b.gold,
  predicted: a.predicted + b.predicted,
  correct: a.correct + b.correct,
  found: a.found + b.found,
});

function report(m: HeldoutMeasurement, errors: boolean): string {
  const cell = (s: MarkerScore) =>
    `${precision(s).toFixed(2)} (${s.correct}/${s.predicted})  ${recall(s).toFixed(2)} (${s.found}/${s.gold})`.padEnd(
      28,
    );
  const lines = [
    'P (right/predicted)  R (found/gold), shipped model',
    `${'type'.padEnd(15)}${'held-out (30 train)'.padEnd(28)}${'held-out 2 (120 train)'.padEnd(28)}${'provenance gold (15 dev)'.padEnd(28)}pooled`,
  ];
  for (const t of m.types) {
    const all = [...m.sets.map((s) => s[t]), m.gold[t]];
    lines.push(`${t.padEnd(15)}${all.map(cell).join('')}${cell(all.reduce(pooled))}`);
  }
  if (errors) {
    lines.push('', 'held-out marker errors:');
    for (const e of m.errors) lines.push(`  ${e.article.slice(0, 28)} ${e.error} ${e.type}: "${e.text}"`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(report(measureMarkerHeldout(), process.argv.includes('--errors')));
}
