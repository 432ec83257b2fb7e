/**
 * Page metadata Readability does not give: the canonical URL, the publication
 * date from any of the usual tags, and JSON-LD in the shapes it skips
 * (`@graph`, `@type` arrays, `headline` beside `name`). Read before
 * Readability, which removes scripts. Title, byline and site name otherwise
 * come from Readability's own meta-tag reading.
 */

interface MinimalElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface MinimalDocument {
  querySelectorAll(selector: string): ArrayLike<MinimalElement>;
}

export interface PageMeta {
  url?: string;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
}

/** `name` values of meta tags that carry the publication date on news sites. */
const DATE_NAMES = new Set([
  'article:published_time',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'article.published',
  'og:published_time',
  'pdate',
  'datepublished',
]);

const ARTICLE_TYPE = /(News|Report|Blog|Opinion|Analysis|Review)?Article|BlogPosting|ReportageNewsArticle/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in a JSON-LD value, including inside `@graph` and arrays. */
function objects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (!isObject(value)) return [];
  return [value, ...objects(value['@graph'])];
}

function isArticle(o: Json): boolean {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Sites often HTML-escape JSON-LD strings ("Q&amp;A"); JSON does not unescape them. */
function unescapeHtml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A schema.org name: a string, `{name}`, or a list of those joined. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return unescapeHtml(value).trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length ? names.join(', ') : undefined;
  }
  return isObject(value) ? nameOf(value.name) : undefined;
}

function jsonLd(doc: MinimalDocument): PageMeta {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // Broken JSON-LD is common; the meta tags may still serve.
    }
    const article = objects(parsed).find(isArticle);
    if (!article) continue;
    const meta: PageMeta = {};
    const title = nameOf(article.headline) ?? nameOf(article.name);
    if (title) meta.title = title;
    const byline = nameOf(article.author);
    if (byline) meta.byline = byline;
    const siteName = nameOf(article.publisher);
    if (siteName) meta.siteName = siteName;
    if (typeof article.datePublished === 'string') meta.published = article.datePublished.trim();
    if (typeof article.url === 'string') meta.url = article.url.trim();
    return meta;
  }
  return {};
}

function attr(doc: MinimalDocument, selector: string, name: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

function metaDate(doc: MinimalDocument): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('meta[name], meta[property], meta[itemprop]'))) {
    const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (content && DATE_NAMES.has(key)) return content;
  }
  return attr(doc, 'time[itemprop="datePublished"], time[pubdate]', 'datetime');
}

/** Metadata from JSON-LD, with the URL and date from link and meta tags when JSON-LD lacks them. */
export function pageMeta(doc: MinimalDocument): PageMeta {
  const meta = jsonLd(doc);
  meta.url =
    attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content') ?? meta.url;
  meta.published ??= metaDate(doc);
  for (const key of Object.keys(meta) as (keyof PageMeta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

/**
 * A publication date as `YYYY-MM-DD` or ISO date-time; undefined when it is not
 * a date. Dates written out ("March 5, 2024") keep their calendar day.
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (iso) return iso[0].replace(' ', 'T');
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
