/**
 * Denial and corroboration markers against the tuning judgements in
 * test/data/marker-tuning/markers.json (PolNeAR train and the first 69 dev
 * articles, never the 15 held out for test/data/provenance-gold/).
 * A predicted marker is correct when it overlaps a judged marker of its type,
 * wrong when it overlaps a judged negative or lies in an article read in full
 * (`complete`), and unjudged otherwise. Runs the pipeline as measure-provenance does.
 * Usage: npx tsx scripts/measure-marker-tuning.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/model/document.js';
import type { MarkerType } from '../src/model/provenance.js';
import { analyze } from '../src/pipeline.js';
import { overlaps } from '../src/provenance/spans.js';
import { polnearText } from './shared-data.js';

export const TUNING_FILE = fileURLToPath(new URL('../test/data/marker-tuning/markers.json', import.meta.url));

export interface TuningArticle {
  name: string;
  split: 'train' | 'dev';
  /** The round that added the article (README); the first round's carry none. */
  round?: number;
  /** Read in full: every denial and corroboration in it is listed. */
  complete: boolean;
  markers: (Span & { text: string; type: MarkerType })[];
  /** Words a pattern might take that are not a marker, and why. */
  negatives: (Span & { text: string; reason: string })[];
}

export type TunedType = 'denial' | 'corroboration' | 'missing-record';
export const TUNED: TunedType[] = ['denial', 'corroboration', 'missing-record'];

export interface TuningScore {
  gold: number;
  found: number;
  correct: number;
  wrong: number;
  unjudged: number;
}

export interface TuningError {
  article: string;
  error: 'missed' | 'spurious';
  type: TunedType;
  text: string;
  context: string;
}

export function readTuning(file = TUNING_FILE): TuningArticle[] {
  return JSON.parse(readFileSync(file, 'utf8')) as TuningArticle[];
}

export function articleText(a: TuningArticle): string {
  return polnearText(a.split, a.name);
}

export function measureTuning(articles = readTuning()): {
  scores: Record<TunedType, TuningScore>;
  errors: TuningError[];
} {
  const scores = Object.fromEntries(
    TUNED.map((t) => [t, { gold: 0, found: 0, correct: 0, wrong: 0, unjudged: 0 }]),
  ) as Record<TunedType, TuningScore>;
  const errors: TuningError[] = [];
  for (const a of articles) {
    const text = articleText(a);
    const predicted = analyze(text, { source: a.name }).provenance?.markers ?? [];
    const around = (s: Span) => text.slice(Math.max(0, s.start - 60), s.end + 40).replace(/\s+/g, ' ');
    for (const type of TUNED) {
      const s = scores[type];
      const gold = a.markers.filter((m) => m.type === type);
      const mine = predicted.filter((m) => m.type === type);
      for (const g of gold) {
        s.gold++;
        if (mine.some((m) => overlaps(m, g))) s.found++;
        else errors.push({ article: a.name, error: 'missed', type, text: g.text, context: around(g) });
      }
      for (const m of mine) {
        if (gold.some((g) => overlaps(m, g))) s.correct++;
        else if (a.complete || a.negatives.some((n) => overlaps(m, n))) {
          s.wrong++;
          errors.push({ article: a.name, error: 'spurious', type, text: m.text, context: around(m) });
        } else s.unjudged++;
      }
    }
  }
  return { scores, errors };
}

export const tuningPrecision = (s: TuningScore) =>
  s.correct + s.wrong ? s.correct / (s.correct + s.wrong) : 1;
export const tuningRecall = (s: TuningScore) => (s.gold ? s.found / s.gold : 1);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { scores, errors } = measureTuning();
  console.log('type            gold  found  correct  wrong  unjudged     P     R');
  for (const t of TUNED) {
    const s = scores[t];
    console.log(
      `${t.padEnd(15)} ${String(s.gold).padStart(4)}  ${String(s.found).padStart(5)}  ${String(s.correct).padStart(7)}  ${String(s.wrong).padStart(5)}  ${String(s.unjudged).padStart(8)}  ${tuningPrecision(s).toFixed(2)}  ${tuningRecall(s).toFixed(2)}`,
    );
  }
  if (process.argv.includes('--errors'))
    for (const e of errors)
      console.log(`${e.error} ${e.type} "${e.text}" | ${e.article.slice(0, 30)} | ${e.context}`);
}
