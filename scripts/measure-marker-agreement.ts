/**
 * How far a second, independent annotation of the marker test sets agrees with
 * the first (test/data/marker-agreement/README.md): the second scored against
 * the first as predictions are, per type and set.
 * Usage: npx tsx scripts/measure-marker-agreement.ts
 */
import { fileURLToPath } from 'node:url';
import type { MarkerType } from '../src/model/provenance.js';
import { type HeldoutFile, readHeldout } from './measure-marker-heldout.js';
import { TUNED } from './measure-marker-tuning.js';
import {
  emptyScores,
  type GoldFile,
  type MarkerScore,
  precision,
  readGold,
  recall,
  scoreMarkerSpans,
} from './measure-provenance.js';

export const AGREEMENT_DIR = fileURLToPath(new URL('../test/data/marker-agreement/', import.meta.url));

/** The second annotation scored against the first, over the articles of one set. */
export function agreement(
  first: readonly Pick<GoldFile, 'name' | 'markers'>[],
  second: ReadonlyMap<string, HeldoutFile>,
): Record<MarkerType, MarkerScore> {
  const scores = emptyScores();
  for (const a of first) {
    const other = second.get(a.name);
    if (!other) throw new Error(`no second annotation of ${a.name}`);
    scoreMarkerSpans(other.markers, a, scores, undefined, TUNED);
  }
  return scores;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const second = new Map(readHeldout(AGREEMENT_DIR).map((f) => [f.name, f]));
  for (const [set, first] of [
    ['30 held-out', readHeldout()],
    ['15 provenance gold', readGold()],
  ] as const) {
    const scores = agreement(first, second);
    console.log(set);
    for (const t of TUNED) {
      const s = scores[t];
      console.log(
        `  ${t.padEnd(15)} first ${s.gold}, second ${s.predicted}: P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)}`,
      );
    }
  }
}
