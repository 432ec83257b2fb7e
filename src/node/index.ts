/** hearsay's Node-only API (`hearsay/node`): files, URLs, the shipped model, the corpus store. */
export { analyze } from './analyze.js';
export { expandInputs } from './ingest/expand.js';
export { type ReadOptions, readInput } from './ingest/read.js';
export { loadAttributor, SHIPPED_MODEL, shippedAttributor } from './model.js';
export { readPolnear } from './polnear.js';
export { openStore } from './store/sqlite.js';
export type { CorpusStore } from './store/store.js';
