/**
 * Page furniture Readability sometimes keeps inside the article (ad labels,
 * share bars, related links, comment threads, cookie notices): elements whose
 * class or id names them as such are removed before extraction.
 */

const FURNITURE = new Set([
  'ad',
  'ads',
  'adslot',
  'advert',
  'advertisement',
  'banner',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'newsletter',
  'outbrain',
  'promo',
  'recirc',
  'related',
  'share',
  'sharing',
  'social',
  'sponsored',
  'taboola',
]);

/** An element holding this much text is the article itself, whatever its class says. */
const ARTICLE_SIZED = 1000;

interface MinimalElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
}

interface MinimalDocument {
  querySelectorAll(selector: string): ArrayLike<MinimalElement>;
}

function isFurniture(el: MinimalElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[^a-z]+/).some((token) => FURNITURE.has(token));
}

export function removeFurniture(doc: MinimalDocument): void {
  for (const el of Array.from(doc.querySelectorAll('body [class], body [id]'))) {
    if (isFurniture(el) && (el.textContent ?? '').length < ARTICLE_SIZED) el.remove();
  }
}
