/**
 * The form of a text its content hash is taken over: whitespace runs collapsed
 * to one space, trimmed and lowercased, so re-wrapped or re-indented copies of
 * one article count as the same article.
 */
export function normaliseForHash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}
