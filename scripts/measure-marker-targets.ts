/**
 * Whether each marker points at the claim it qualifies (test/data/marker-targets/README.md).
 * For every hand-annotated marker that the shipped pipeline also finds (same type,
 * overlapping), the pipeline's target (its claim's span, or the span it names) is right when it
 * overlaps the claim annotated for that marker.
 * Usage: npx tsx scripts/measure-marker-targets.ts [--tuning] [--errors]
 * (--tuning: the denials and missing records of tuning rounds 3-6, which linking was tuned on).
 */
import { fileURLToPath } from 'node:url';
import type { Document, Span } from '../src/model/document.js';
import type { Marker, MarkerType } from '../src/model/provenance.js';
import { analyze } from '../src/node/analyze.js';
import { overlaps } from '../src/provenance/spans.js';
import { MARKER_TYPES } from './measure-provenance.js';
import { polnearText, readJsonDir } from './shared-data.js';

export const TARGETS_DIR = fileURLToPath(new URL('../test/data/marker-targets/', import.meta.url));
export const TUNING_TARGETS_DIR = fileURLToPath(
  new URL('../test/data/marker-targets-tuning/', import.meta.url),
);

export interface TargetLink {
  marker: Span & { text: string; type: MarkerType };
  /** The claim the marker qualifies; null when it qualifies none the annotator could name. */
  target: (Span & { text: string }) | null;
  why?: string;
}

export interface TargetFile {
  name: string;
  split: 'dev' | 'train';
  links: TargetLink[];
}

export interface TargetScore {
  annotated: number;
  /** Annotated markers the pipeline finds. */
  found: number;
  /** Of those, pointing at the annotated claim. */
  right: number;
}

export interface TargetMeasurement {
  scores: Record<MarkerType, TargetScore>;
  errors: { article: string; type: MarkerType; marker: string; expected: string; got: string }[];
}

/** The span a marker points at: its claim's, or the one it names. */
export function targetSpan(doc: Document, marker: Marker): Span | undefined {
  const { claim, span } = marker.target;
  if (claim) return doc.provenance?.claims.find((c) => c.id === claim);
  return span;
}

export function measureTargets(
  files: readonly TargetFile[] = readJsonDir<TargetFile>(TARGETS_DIR),
): TargetMeasurement {
  const scores = Object.fromEntries(
    MARKER_TYPES.map((t) => [t, { annotated: 0, found: 0, right: 0 }]),
  ) as Record<MarkerType, TargetScore>;
  const errors: TargetMeasurement['errors'] = [];
  for (const f of files) {
    const doc = analyze(polnearText(f.split, f.name), { source: f.name });
    for (const link of f.links) {
      if (!link.target) continue;
      const s = scores[link.marker.type];
      s.annotated++;
      const marker = doc.provenance?.markers.find(
        (m) => m.type === link.marker.type && overlaps(m, link.marker),
      );
      if (!marker) continue;
      s.found++;
      const got = targetSpan(doc, marker);
      if (got && overlaps(got, link.target)) s.right++;
      else
        errors.push({
          article: f.name,
          type: link.marker.type,
          marker: link.marker.text,
          expected: link.target.text,
          got: got ? doc.text.slice(got.start, got.end).replace(/\s+/g, ' ').slice(0, 100) : '(none)',
        });
    }
  }
  return { scores, errors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = measureTargets(
    readJsonDir<TargetFile>(process.argv.includes('--tuning') ? TUNING_TARGETS_DIR : TARGETS_DIR),
  );
  console.log('type            annotated  found  right  right/found');
  for (const [type, s] of Object.entries(m.scores))
    console.log(
      `${type.padEnd(16)}${String(s.annotated).padStart(9)}${String(s.found).padStart(7)}${String(s.right).padStart(7)}  ${(s.right / (s.found || 1)).toFixed(2)}`,
    );
  if (process.argv.includes('--errors'))
    for (const e of m.errors)
      console.log(
        `  ${e.article.slice(0, 28)} ${e.type} "${e.marker}": expected "${e.expected}", got "${e.got}"`,
      );
}
