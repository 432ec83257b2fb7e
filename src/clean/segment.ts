import type { Document } from '../model/document.js';

/**
 * Splits the text into blocks: one per non-empty line, since scraped articles
 * put each paragraph, bullet and widget message on its own line. Every block
 * starts as a body paragraph; `classify` then names headlines, junk and footers.
 */
export function segment(doc: Document): void {
  const re = /[^\r\n]+/g;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(doc.text[start] as string)) start++;
    while (end > start && /\s/.test(doc.text[end - 1] as string)) end--;
    if (end > start) {
      doc.blocks.push({
        start,
        end,
        kind: 'paragraph',
        excluded: false,
        why: { by: 'rule', rule: 'segment/line', confidence: 1 },
      });
    }
  }
}
