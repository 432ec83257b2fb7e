import { parentPort } from 'node:worker_threads';
import { isHearsayError } from '../../model/errors.js';
import { type ArticleInput, analyseArticle } from './analyse.js';

/** An analysis worker: one article in, its analysis (or a HearsayError's fields) out. */
parentPort?.on('message', ({ id, input }: { id: number; input: ArticleInput }) => {
  try {
    parentPort?.postMessage({ id, result: analyseArticle(input) });
  } catch (e) {
    const error = isHearsayError(e)
      ? { code: e.code, message: e.message, file: e.file }
      : { code: 'internal', message: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
    parentPort?.postMessage({ id, error });
  }
});
