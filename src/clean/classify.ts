import type { Document } from '../model/document.js';

/** Names headline, key points, junk and syndication footers among the blocks. (First cut: headline only.) */
export function classify(doc: Document): void {
  const first = doc.blocks[0];
  if (first) first.kind = 'headline';
}
