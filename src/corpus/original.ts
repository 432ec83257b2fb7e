/**
 * Which copy of a syndicated story is the original: the one the other copies
 * credit (a syndication footer's publisher matching its site name), else the
 * earliest published, else the first stored.
 */

export interface Copy {
  id: number;
  siteName?: string | null;
  originalPublisher?: string | null;
  published?: string | null;
}

/** "Business Insider", "businessinsider.com" and "www.BusinessInsider.com" all become "businessinsider". */
export function publisherKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/u, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news|io)(?:\/.*)?$/u, '')
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function likelyOriginal(copies: readonly Copy[]): number | undefined {
  const credited = new Set(
    copies.flatMap((c) => (c.originalPublisher ? [publisherKey(c.originalPublisher)] : [])),
  );
  const named = copies.filter((c) => c.siteName && credited.has(publisherKey(c.siteName)));
  // Copies that credit someone else are not the original, whoever published first.
  const pool = named.length > 0 ? named : copies.filter((c) => !c.originalPublisher);
  const candidates = pool.length > 0 ? pool : copies;
  return [...candidates].sort(
    (a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id - b.id,
  )[0]?.id;
}
