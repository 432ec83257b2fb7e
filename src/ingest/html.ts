import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../model/document.js';
import { HearsayError } from '../model/errors.js';
import { removeFurniture } from './furniture.js';
import { normalizeDate, pageMeta } from './meta.js';
import { paragraphs } from './paragraphs.js';

/** Less body text than this is a page without an article (an index, a login wall, an error page). */
const MIN_BODY_CHARS = 200;

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

/**
 * linkedom does not repair pages the way browsers do: content outside `<body>`
 * (or a page with no `<html>`) would be invisible to Readability. Move it in.
 */
function parsePage(html: string): LinkedomDocument {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html>${html}</html>`);
  const root = document.documentElement;
  let body = document.body;
  if (!body.parentNode) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  let before = true;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) before = false;
    else if (node.nodeName !== 'HEAD' && node.nodeName !== 'TITLE' && node.nodeName !== 'META') {
      if (before) body.insertBefore(node, body.firstChild);
      else body.appendChild(node);
    }
  }
  return document;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * The article in an HTML page as text: the headline, a blank line, then the
 * body paragraphs separated by blank lines (list items keep a bullet).
 * Navigation, related links, comments and other page furniture are left out
 * (Readability decides), and metadata comes from JSON-LD and meta tags.
 * Throws `ingest/no-article` when the page holds no article.
 */
export function extractHtml(html: string, url?: string): { text: string; meta: DocumentMeta } {
  const document = parsePage(html);
  const page = pageMeta(document);
  removeFurniture(document);
  let article: ReturnType<Readability<unknown>['parse']>;
  try {
    const reader = new Readability(document as unknown as Document, { serializer: (node: Node) => node });
    article = reader.parse();
  } catch (e) {
    throw new HearsayError('ingest/no-article', `could not read the page: ${(e as Error).message}`, url, {
      cause: e,
    });
  }
  const content = article?.content as Parameters<typeof paragraphs>[0] | null | undefined;
  const title = clean(page.title ?? article?.title);
  const byline = clean(page.byline ?? article?.byline)?.replace(/^by\s+/i, '');
  const body = (content ? paragraphs(content) : []).filter(
    (p, i) => i > 1 || !(p.trim() === title || (byline && isBylineLine(p, byline))),
  );
  const length = body.reduce((n, p) => n + p.length, 0);
  if (length < MIN_BODY_CHARS) {
    throw new HearsayError(
      'ingest/no-article',
      `no article found in the page (${length} characters of body text; need at least ${MIN_BODY_CHARS})`,
      url,
    );
  }
  const meta: DocumentMeta = { format: 'html' };
  if (title) meta.title = title;
  if (byline) meta.byline = byline;
  const published = normalizeDate(page.published);
  if (published) meta.published = published;
  const siteName = clean(page.siteName ?? article?.siteName);
  if (siteName) meta.siteName = siteName;
  const pageUrl = resolveUrl(page.url, url) ?? url;
  if (pageUrl) meta.url = pageUrl;
  return { text: [...(title ? [title] : []), ...body].join('\n\n'), meta };
}

/** "By Jane Doe" or "Jane Doe, Political Editor": a byline Readability left in the body. */
function isBylineLine(paragraph: string, byline: string): boolean {
  const line = paragraph
    .trim()
    .toLowerCase()
    .replace(/^by\s+/, '');
  return line.startsWith(byline.toLowerCase()) && line.length < byline.length + 60;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
