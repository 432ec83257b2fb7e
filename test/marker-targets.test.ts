/**
 * Which claim each marker qualifies (test/data/marker-targets/README.md): the files cover
 * every marker of the two test sets they were made from, and the shipped pipeline links
 * the markers it finds to the annotated claim at least as often as measured.
 */
import { describe, expect, it } from 'vitest';
import { readHeldout } from '../scripts/measure-marker-heldout.js';
import {
  measureTargets,
  TARGETS_DIR,
  type TargetFile,
  TUNING_TARGETS_DIR,
} from '../scripts/measure-marker-targets.js';
import { readTuning } from '../scripts/measure-marker-tuning.js';
import { readGold } from '../scripts/measure-provenance.js';
import { polnearText, readJsonDir } from '../scripts/shared-data.js';

const files = readJsonDir<TargetFile>(TARGETS_DIR);
/** A marker as the target files repeat it. */
const fields = ({ start, end, text, type }: TargetFile['links'][number]['marker']) => ({
  start,
  end,
  text,
  type,
});

describe('marker target files', () => {
  it('link every marker of the provenance gold and the first held-out set, in order', () => {
    const sources = [...readGold(), ...readHeldout()].filter((g) => g.markers.length > 0);
    expect(files.map((f) => f.name).sort()).toEqual(sources.map((g) => g.name).sort());
    for (const f of files) {
      const source = sources.find((g) => g.name === f.name);
      expect(
        f.links.map((l) => l.marker),
        f.name,
      ).toEqual(source?.markers.map(fields));
    }
  });

  it('link every denial and missing record of tuning rounds 3 to 6 in the tuning set', () => {
    const tuningFiles = readJsonDir<TargetFile>(TUNING_TARGETS_DIR);
    const expected = readTuning()
      .filter((a) => (a.round ?? 1) >= 3)
      .map((a) => ({ name: a.name, markers: a.markers.filter((m) => m.type !== 'corroboration') }))
      .filter((a) => a.markers.length > 0);
    expect(tuningFiles.map((f) => f.name).sort()).toEqual(expected.map((a) => a.name).sort());
    for (const f of tuningFiles)
      expect(
        f.links.map((l) => l.marker),
        f.name,
      ).toEqual(expected.find((a) => a.name === f.name)?.markers.map(fields));
  });

  it('mark claims whose text is the article slice', () => {
    for (const f of [...files, ...readJsonDir<TargetFile>(TUNING_TARGETS_DIR)]) {
      const text = polnearText(f.split, f.name);
      for (const l of f.links)
        if (l.target) expect(text.slice(l.target.start, l.target.end), f.name).toBe(l.target.text);
        else expect(l.why?.trim(), `${f.name} ${l.marker.text}`).not.toBe('');
    }
  });
});

describe('markers linked to the claim they qualify', () => {
  let measured: ReturnType<typeof measureTargets> | undefined;
  // Measured 2026-11-28 before any change made for linking: hedge 30/31, denial 2/10, corroboration 23/29, missing record 3/9.
  it.each([
    ['hedge', 0.9],
    ['denial', 0.2],
    ['corroboration', 0.75],
    ['missing-record', 0.3],
  ] as const)('%s: right share of found markers >= %s', (type, floor) => {
    measured ??= measureTargets(files);
    const s = measured.scores[type];
    expect(s.found).toBeGreaterThan(0);
    expect(s.right / s.found).toBeGreaterThanOrEqual(floor);
  });
});
