import type { ArticleFacts } from '../../corpus/facts.js';
import type { DocumentMeta } from '../../model/document.js';

/**
 * The corpus store: analysed articles and the cross-article questions asked
 * of them. One interface, so the same test suite runs against every
 * implementation (SQLite is the one shipped).
 */

export interface NewArticle {
  text: string;
  meta: DocumentMeta;
  /** The analysis as JSON (the output envelope), stored as is and returned by `document`. */
  document: string;
  facts: ArticleFacts;
  /** Where the article was read from (paths, URLs), so a re-run can skip it before fetching. */
  sources?: string[];
}

export interface ArticleItem {
  id: number;
  title: string | null;
  source: string | null;
  published: string | null;
  siteName: string | null;
  /** Number of attributions found. */
  attributions: number;
  /** Story cluster id when the article has near-duplicates in the store. */
  cluster?: number;
}

export interface ArticleQuery {
  /** Full-text search over titles and bodies. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface SpeakerItem {
  key: string;
  name: string;
  type: string;
  statements: number;
  articles: number;
}

export interface Statement {
  articleId: number;
  title: string | null;
  source: string;
  cue: string;
  content: string;
  confidence: number;
}

export interface ClusterItem {
  id: number;
  original: { id: number; title: string | null; siteName: string | null };
  members: { id: number; title: string | null; siteName: string | null; published: string | null }[];
}

export interface CorpusStore {
  /** The id of the stored article with this text (compared by normalised content hash). */
  findByText(text: string): number | undefined;
  /** The id of the article read from this path or URL. */
  findBySource(source: string): number | undefined;
  /** Records another path or URL the stored article `id` was read from. */
  addSource(id: number, source: string): void;
  /** Stores an article in one transaction; one already stored (same normalised text) only gains the new sources. */
  add(article: NewArticle): { id: number; added: boolean };
  /** The stored analysis JSON, parsed. */
  document(id: number): unknown;
  articles(query?: ArticleQuery): { total: number; items: ArticleItem[] };
  speakers(query?: { q?: string; limit?: number }): { items: SpeakerItem[] };
  speaker(key: string): { speaker: SpeakerItem; statements: Statement[] } | undefined;
  clusters(): { items: ClusterItem[] };
  /** Articles that cite the outlet, person or document named, or credit it as the original publisher. */
  reliesOn(name: string): ArticleItem[];
  /** Claims resting only on anonymous sources ("officials said", nobody named along the chain), newest first. */
  anonymousClaims(query?: { limit?: number }): Statement[];
  /** Model versions per analysis layer of one article. */
  layers(id: number): Record<string, string>;
  close(): void;
}
