import type { Attribution, Block, Document, Span } from '../model/document.js';
import { overlaps, readAttributions, readBlock, within } from './spans.js';

/** A quoted passage, and whether it opens its paragraph (which is how a continued quote starts). */
export interface QuoteRegion extends Span {
  opensBlock: boolean;
  block: number;
}

/**
 * Quoted passages in the blocks provenance reads. Straight quotes toggle,
 * curly quotes open and close; a quote left open runs to the end of its
 * paragraph, as news style leaves it when the quote continues below.
 */
export function quoteRegions(doc: Document): QuoteRegion[] {
  // Asked for by several parts of the stage: found once per block list and text.
  const known = regions.get(doc.blocks);
  if (known && known.text === doc.text && known.length === doc.blocks.length) return known.quotes;
  const quotes = findRegions(doc);
  regions.set(doc.blocks, { text: doc.text, length: doc.blocks.length, quotes });
  return quotes;
}

const regions = new WeakMap<readonly Block[], { text: string; length: number; quotes: QuoteRegion[] }>();

function findRegions(doc: Document): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  doc.blocks.forEach((block, index) => {
    if (!readBlock(block)) return;
    let open = -1;
    for (let i = block.start; i < block.end; i++) {
      const c = doc.text[i];
      const opening = c === '“' || (c === '"' && open < 0);
      const closing = c === '”' || (c === '"' && open >= 0);
      if (opening && open < 0) open = i;
      else if (closing && open >= 0) {
        out.push(region(doc, open, i + 1, block.start, index));
        open = -1;
      }
    }
    if (open >= 0) out.push(region(doc, open, block.end, block.start, index));
  });
  return out;
}

function region(doc: Document, start: number, end: number, blockStart: number, block: number): QuoteRegion {
  const before = doc.text.slice(blockStart, start);
  return { start, end, block, opensBlock: /^[\s•·*–—-]*$/.test(before) };
}

/**
 * The attribution a paragraph-opening quote continues, when no attribution of
 * its own covers it: the last attribution quoting someone in the paragraph
 * before (news style drops the speech verb for a quote's second paragraph).
 */
export function continuedQuote(
  doc: Document,
  quote: QuoteRegion,
  quotes: readonly QuoteRegion[],
): Attribution | undefined {
  if (!quote.opensBlock) return undefined;
  const attributions = readAttributions(doc);
  // Callers ask about the same quote again and again: answer each once per quote list.
  let known = answers.get(quotes);
  if (!known || known.attributions !== attributions) {
    known = { attributions, continues: new Map() };
    answers.set(quotes, known);
  }
  if (!known.continues.has(quote)) known.continues.set(quote, continues(doc, quote, quotes, attributions));
  return known.continues.get(quote);
}

const answers = new WeakMap<
  readonly QuoteRegion[],
  { attributions: Attribution[]; continues: Map<QuoteRegion, Attribution | undefined> }
>();

function continues(
  doc: Document,
  quote: QuoteRegion,
  quotes: readonly QuoteRegion[],
  attributions: readonly Attribution[],
): Attribution | undefined {
  // The quote is some attribution's own content: nothing to continue.
  const covered = attributions.some((a) =>
    a.content.some((c) => c.start <= quote.start + 2 && c.end >= quote.end - 2),
  );
  if (covered) return undefined;
  let prev = quote.block - 1;
  while (prev >= 0 && !readBlock(doc.blocks[prev])) prev--;
  const prevQuotes = quotes.filter((q) => q.block === prev);
  const quoting = attributions.filter((a) =>
    a.content.some((c) => prevQuotes.some((q) => overlaps(c, q) && q.end - q.start > 20)),
  );
  const outer = quoting.filter(
    (a) => !quoting.some((b) => b !== a && a.cue.every((cue) => within(cue, b.content))),
  );
  return outer.at(-1) ?? quoting.at(-1);
}
