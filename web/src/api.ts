import type { AnalyzedDocument } from './types.js';

/** An API failure, carrying the server's `{error: {code, message}}` or a network problem. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

export interface ArticleSummary {
  id: number;
  title?: string;
  source?: string;
  published?: string;
  siteName?: string;
  attributions?: number;
  cluster?: number | null;
}

export interface Speaker {
  key: string;
  name: string;
  type?: string;
  statements: number;
  articles: number;
}

export interface Statement {
  articleId: number;
  title?: string;
  cue?: string;
  content?: string;
  confidence?: number;
}

export interface Cluster {
  id: number;
  original?: { id: number; title?: string; siteName?: string };
  members: Array<{ id: number; title?: string; siteName?: string; published?: string }>;
}

export interface AnalyzeInput {
  text?: string;
  html?: string;
  url?: string;
  store?: boolean;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (e) {
    throw new ApiError('network', `Could not reach the hearsay server (${String(e)}).`, 0);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(
      err?.code ?? `http/${res.status}`,
      err?.message ?? `The server answered ${res.status} ${res.statusText}.`,
      res.status,
    );
  }
  if (body === undefined)
    throw new ApiError('bad-response', 'The server sent a response that is not JSON.', res.status);
  return body as T;
}

/**
 * The document inside the API's versioned envelope. The envelope may carry the model's fields
 * beside `schema`/`version`, or nest them under `document`; both are accepted.
 */
export function unwrapDocument(raw: unknown): AnalyzedDocument {
  const r = raw as Record<string, unknown> | undefined;
  const inner = r && typeof r.text !== 'string' ? (r.document as Record<string, unknown> | undefined) : r;
  if (!inner || typeof inner.text !== 'string')
    throw new ApiError('bad-response', 'The server sent no document text.', 200);
  const list = (k: string) => (Array.isArray(inner[k]) ? inner[k] : []);
  return {
    ...(inner as object),
    text: inner.text,
    meta: (inner.meta as AnalyzedDocument['meta']) ?? {},
    blocks: list('blocks'),
    sentences: list('sentences'),
    tokens: list('tokens'),
    mentions: list('mentions'),
    dates: list('dates'),
    attributions: list('attributions'),
    diagnostics: list('diagnostics'),
  } as AnalyzedDocument;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify(body),
});

const query = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

export async function analyzeArticle(
  input: AnalyzeInput,
): Promise<{ id?: number; document: AnalyzedDocument }> {
  const r = await call<{ id?: number; document: unknown }>('/api/analyze', json(input));
  return { ...(r.id !== undefined ? { id: r.id } : {}), document: unwrapDocument(r.document) };
}

export async function getArticle(id: number): Promise<{ id: number; document: AnalyzedDocument }> {
  const r = await call<{ id: number; document: unknown }>(`/api/articles/${encodeURIComponent(id)}`);
  return { id: r.id, document: unwrapDocument(r.document) };
}

export function searchArticles(q: string, limit: number, offset: number) {
  return call<{ total: number; items: ArticleSummary[] }>(`/api/articles${query({ q, limit, offset })}`);
}

export function listSpeakers(q: string) {
  return call<{ items: Speaker[] }>(`/api/speakers${query({ q })}`);
}

export function getSpeaker(key: string) {
  return call<{ speaker: Speaker; statements: Statement[] }>(`/api/speakers/${encodeURIComponent(key)}`);
}

export function listClusters() {
  return call<{ items: Cluster[] }>('/api/clusters');
}
