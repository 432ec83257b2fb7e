import type { Block, Document } from '../model/document.js';

/**
 * The clean article as a reader-mode view gives it: the headline, then the key
 * points as "• " lines, then the body paragraphs, each separated by a blank
 * line. Bylines, junk and footers are left out. Text is taken verbatim from the
 * block spans, except that line breaks and indentation inside a block (a
 * wrapped line, a bullet's continuation) become single spaces.
 */
export function renderText(doc: Document): string {
  const parts: string[] = [];
  let keypoints: string[] = [];
  const flush = () => {
    if (keypoints.length) parts.push(keypoints.join('\n'));
    keypoints = [];
  };
  for (const block of doc.blocks) {
    if (block.excluded || block.kind === 'byline') continue;
    const text = blockText(doc, block);
    if (block.kind === 'keypoint') {
      keypoints.push(`• ${text}`);
      continue;
    }
    flush();
    parts.push(text);
  }
  flush();
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

function blockText(doc: Document, block: Block): string {
  return doc.text.slice(block.start, block.end).replace(/[ \t\u00a0]*\r?\n\s*/g, ' ');
}
