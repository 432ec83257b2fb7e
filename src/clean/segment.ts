import type { Block, Document, Span } from '../model/document.js';

/** A bullet marker at the start of a line: the marker and the white space after it. */
export const BULLET = /^[•·▪►●◦‣*–—-][ \t\u00a0]*/;

const BULLET_ITEM = /^[•·▪►●◦‣*–—-][ \t\u00a0]*[\p{L}\p{N}"“‘'([]/u;

/** A line's content span (white space trimmed) and its indentation. */
export interface Line extends Span {
  indent: number;
  bullet: boolean;
}

/** Non-blank lines of `text` between `from` and `to`, with trimmed spans. */
export function lines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const lineEnd = Math.min(m.index + m[0].length, to);
    let start = m.index;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === start) continue;
    // The marker must lead to words: "----" is a rule, not a bullet; "-SurveyMonkey" is a bullet.
    const bullet = BULLET_ITEM.test(text.slice(start, Math.min(end, start + 8)));
    out.push({ start, end, indent: start - m.index, bullet });
  }
  return out;
}

/**
 * Splits the text into blocks. Scraped articles put each paragraph, bullet and
 * widget message on its own line, so a line is a block, except that a line
 * continues the block above it (no blank line between) when it is
 *  - an indented line under a bullet (the bullet item's wrapped text), or
 *  - a soft-wrapped line: the line above ends without closing punctuation and
 *    this one starts in lower case, or the line above ends with ";" (the
 *    "headline; subheadline" form of wire titles).
 * A bullet block's span starts after its marker. Every block starts as a body
 * paragraph; `classify` then names headlines, key points, junk and footers.
 */
export function segment(doc: Document): void {
  const text = doc.text;
  let current: Block | undefined;
  let previous: Line | undefined;
  let bulletIndent = -1;
  for (const line of lines(text)) {
    const blankBefore =
      previous === undefined || /\n[ \t\u00a0\r]*\n/.test(text.slice(previous.end, line.start));
    const continues =
      current !== undefined &&
      previous !== undefined &&
      !blankBefore &&
      !line.bullet &&
      ((bulletIndent >= 0 && line.indent > bulletIndent) || softWrapped(text, previous, line));
    if (continues && current) {
      current.end = line.end;
    } else {
      const start = line.bullet
        ? line.start + (BULLET.exec(text.slice(line.start, line.end))?.[0].length ?? 0)
        : line.start;
      current = {
        start,
        end: line.end,
        kind: 'paragraph',
        excluded: false,
        why: { by: 'rule', rule: line.bullet ? 'segment/bullet' : 'segment/line', confidence: 1 },
      };
      doc.blocks.push(current);
      bulletIndent = line.bullet ? line.indent : -1;
    }
    previous = line;
  }
}

/** Whether `block` is a bullet item (its line starts with a marker before the block). */
export function isBullet(doc: Document, block: Span): boolean {
  const lineStart = Math.max(doc.text.lastIndexOf('\n', block.start - 1) + 1, 0);
  return BULLET.test(doc.text.slice(lineStart, block.start).trimStart());
}

function softWrapped(text: string, above: Line, line: Line): boolean {
  const last = text[above.end - 1] ?? '';
  const first = text[line.start] ?? '';
  if (last === ';') return true;
  return !/[.!?:"”’)\]…]/.test(last) && first !== first.toUpperCase() && first === first.toLowerCase();
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 13;
}
