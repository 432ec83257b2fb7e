import type { Document, Token } from '../model/document.js';
import { wink } from './wink.js';

/**
 * Sentences, tokens, POS and lemmas from wink-nlp, for every block that is not
 * excluded (junk gets no sentence). wink gives token values, not offsets; we
 * align each value to the text, which wink never rewrites.
 */
export function tokenize(doc: Document): void {
  const nlp = wink();
  const its = nlp.its;
  doc.blocks.forEach((block, blockIndex) => {
    if (block.excluded) return;
    const slice = doc.text.slice(block.start, block.end);
    const wdoc = nlp.readDoc(slice);
    const values = wdoc.tokens().out(its.value) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
    const starts = alignTokens(slice, values);
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    for (const [first, last] of spans) {
      const sentenceIndex = doc.sentences.length;
      const tokenStart = doc.tokens.length;
      for (let i = first; i <= last; i++) {
        const start = starts[i];
        const value = values[i] ?? '';
        if (start === undefined || start < 0 || /^\s*$/.test(value)) continue;
        const token: Token = {
          start: block.start + start,
          end: block.start + start + value.length,
          text: value,
          pos: pos[i] ?? 'X',
          lemma: lemmas[i] ?? value.toLowerCase(),
          sentence: sentenceIndex,
        };
        doc.tokens.push(token);
      }
      const tokenEnd = doc.tokens.length;
      if (tokenEnd === tokenStart) continue;
      const firstToken = doc.tokens[tokenStart] as Token;
      const lastToken = doc.tokens[tokenEnd - 1] as Token;
      doc.sentences.push({
        start: firstToken.start,
        end: lastToken.end,
        block: blockIndex,
        tokenStart,
        tokenEnd,
      });
    }
  });
}

/** Start offset of each token value in `text`, or -1 where wink's value is not found verbatim. */
export function alignTokens(text: string, values: readonly string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = value.length === 0 ? -1 : text.indexOf(value, cursor);
    // A value found far ahead means wink normalised this token; do not jump over text for it.
    if (at < 0 || at - cursor > 64) {
      starts.push(-1);
      continue;
    }
    starts.push(at);
    cursor = at + value.length;
  }
  return starts;
}
