/**
 * Turns an article element into paragraphs of plain text, one per block
 * element, so each paragraph becomes its own line for `clean/segment`.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose text is never article prose. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
]);

/** List items keep a bullet, as scraped article text shows them (see examples/seed). */
export const BULLET = '  • ';

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Continuation lines of a list item line up under its text, as in scraped article text. */
const HANGING = ' '.repeat(BULLET.length);

/**
 * The paragraphs of `root` in document order, whitespace collapsed, empty ones
 * dropped. A `<br>` starts a new line within the paragraph.
 */
export function paragraphs(root: MinimalNode): string[] {
  const out: string[] = [];
  let lines: string[] = [];
  let buffer = '';
  let bullet = false;
  let pre = 0;

  const flush = () => {
    const kept = [...lines, buffer]
      .map((line) => (pre > 0 ? line.replace(/^\s*\n|\s+$/g, '') : line.replace(/\s+/g, ' ').trim()))
      .filter(Boolean);
    if (kept.length) {
      const text = kept.join(bullet ? `\n${HANGING}` : '\n');
      out.push(bullet ? BULLET + text : text);
      bullet = false;
    }
    lines = [];
    buffer = '';
  };

  const walk = (node: MinimalNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        buffer += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        lines.push(buffer);
        buffer = '';
      } else if (BLOCKS.has(tag)) {
        flush();
        if (tag === 'LI') bullet = true;
        if (tag === 'PRE') pre++;
        walk(child);
        flush();
        if (tag === 'PRE') pre--;
        bullet = false;
      } else {
        walk(child);
      }
    }
  };

  walk(root);
  flush();
  return out;
}
