import { fileURLToPath } from 'node:url';

/** `../shared` beside the repository: the PolNeAR corpus, the seed example and the reference scorer. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const POLNEAR = `${SHARED}data/polnear/`;
export const POLNEAR_DEV = `${POLNEAR}dev/`;
export const POLNEAR_TRAIN = `${POLNEAR}train/`;
export const REFERENCE_SCORER = `${SHARED}tools/score_attributions.py`;
