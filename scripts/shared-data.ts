import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
