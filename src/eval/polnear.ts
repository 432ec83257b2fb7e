import type { BratRelation } from '../output/brat.js';

/** One PolNeAR article: its text and its gold attribution relations. */
export interface AnnotatedArticle {
  name: string;
  text: string;
  relations: BratRelation[];
}

/**
 * The gold annotation file for an article among a folder's file names: the
 * first `NAME_XXXX.ann` in sorted order, as the reference scorer picks it.
 */
export function goldFileName(name: string, annFiles: readonly string[]): string | undefined {
  return [...annFiles]
    .filter((f) => f.startsWith(`${name}_`) && f.endsWith('.ann') && f.length === name.length + 9)
    .sort()[0];
}
