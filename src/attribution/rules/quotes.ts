import type { Document, Span } from '../../model/document.js';

/** A quoted passage, marks included. `closed` is false when the paragraph ends before the closing mark. */
export interface Quote extends Span {
  block: number;
  closed: boolean;
}

export const OPEN_QUOTES = '“"';
export const CLOSE_QUOTES = '”"';
const MARK = /''|[“”"]/g;

/**
 * Quoted passages per block: curly pairs, or straight quotes toggling. A quote
 * still open at the end of its paragraph runs to the paragraph's end: news
 * style leaves a quote that continues in the next paragraph unclosed.
 */
export function findQuotes(doc: Document): Quote[] {
  const quotes: Quote[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.excluded) return;
    let open = -1;
    // Only quote marks matter: jump from one to the next instead of visiting every character.
    MARK.lastIndex = block.start;
    for (let m = MARK.exec(doc.text); m !== null && m.index < block.end; m = MARK.exec(doc.text)) {
      const i = m.index;
      const ch = m[0];
      // Some papers (the New York Times archive) write quotation marks as two apostrophes.
      const double = ch === "''";
      if (open < 0 && (double || OPEN_QUOTES.includes(ch))) open = i;
      else if (open >= 0 && (double || CLOSE_QUOTES.includes(ch))) {
        const end = i + ch.length;
        if (end - open > 4) quotes.push({ start: open, end, block: index, closed: true });
        open = -1;
      }
    }

    if (open >= 0 && block.end - open > 1)
      quotes.push({ start: open, end: block.end, block: index, closed: false });
  });
  return quotes;
}

/** The quote that contains offset `at`, if any. */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  return quotes.find((q) => q.start <= at && at < q.end);
}
