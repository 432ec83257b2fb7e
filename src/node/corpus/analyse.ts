import { type ArticleFacts, articleFacts } from '../../corpus/facts.js';
import type { DocumentMeta } from '../../model/document.js';
import { toJson } from '../../output/json.js';
import { analyze } from '../analyze.js';

/** One article's analysis as the store and the API take it: the JSON document and the facts for SQL rows. */
export interface Analysed {
  /** The output JSON envelope, serialised once where the analysis ran. */
  document: string;
  facts: ArticleFacts;
  /** The metadata after analysis (cleaning adds the publisher a syndication footer credits). */
  meta: DocumentMeta;
}

export interface ArticleInput {
  text: string;
  meta: DocumentMeta;
}

export function analyseArticle({ text, meta }: ArticleInput): Analysed {
  const doc = analyze(text, meta);
  return { document: JSON.stringify(toJson(doc)), facts: articleFacts(doc), meta: doc.meta };
}
