import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prng } from '../src/attribution/model/hash.js';

/** `../shared` beside the repository: the PolNeAR corpus, the seed example and the reference scorer. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const POLNEAR = `${SHARED}data/polnear/`;
export const POLNEAR_DEV = `${POLNEAR}dev/`;
export const POLNEAR_TRAIN = `${POLNEAR}train/`;
export const REFERENCE_SCORER = `${SHARED}tools/score_attributions.py`;

/** The JSON files of a test data folder, parsed, in file-name order. */
export function readJsonDir<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as T);
}

/** The text of a PolNeAR article by split and name. */
export function polnearText(split: string, name: string): string {
  return readFileSync(`${POLNEAR}${split}/text/${name}.txt`, 'utf8');
}

/** `n` distinct names drawn by position with mulberry32 (`prng`, as the marker sets' READMEs write it out). */
export function seededDraw(eligible: readonly string[], n: number, seed: number): string[] {
  const rand = prng(seed);
  const picked = new Set<string>();
  while (picked.size < n) picked.add(eligible[Math.floor(rand() * eligible.length)] ?? '');
  return [...picked];
}

/** PolNeAR train article names in sorted order: what the marker sets were drawn from. */
export function trainNames(): string[] {
  return readdirSync(`${POLNEAR_TRAIN}text`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}
