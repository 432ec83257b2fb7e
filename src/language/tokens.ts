import type { Block, Document, Token } from '../model/document.js';
import { mendSentences } from './sentences.js';
import { wink } from './wink.js';

const BLANK = /^\s*$/;

/**
 * Sentences, tokens, POS and lemmas from wink-nlp, for every block that is not
 * excluded (junk gets no sentence). wink reads the whole text once (a call per
 * block costs more); tokens outside kept blocks are dropped and a block
 * boundary always ends a sentence; `mendSentences` undoes wink's false ends.
 * wink gives token values, not offsets; we align each value to the text,
 * which wink never rewrites.
 */
export function tokenize(doc: Document): void {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(doc.text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
  const starts = alignTokens(doc.text, values);
  const spans = mendSentences(
    doc.text,
    values,
    starts,
    wdoc.sentences().out(its.span) as unknown as [number, number][],
  );
  const { blocks, tokens, sentences } = doc;
  let b = 0;
  let tokenStart = 0;
  let openBlock = -1;
  const close = (): void => {
    if (tokens.length > tokenStart)
      sentences.push({
        start: (tokens[tokenStart] as Token).start,
        end: (tokens[tokens.length - 1] as Token).end,
        block: openBlock,
        tokenStart,
        tokenEnd: tokens.length,
      });
    tokenStart = tokens.length;
  };
  for (const [first, last] of spans) {
    close();
    for (let i = first; i <= last; i++) {
      const start = starts[i] as number;
      const value = values[i] as string;
      if (start < 0 || BLANK.test(value)) continue;
      while (b < blocks.length && (blocks[b] as Block).end <= start) b++;
      const block = blocks[b];
      const end = start + value.length;
      if (block === undefined || block.excluded || start < block.start || end > block.end) continue;
      if (b !== openBlock) {
        close();
        openBlock = b;
      }
      tokens.push({
        start,
        end,
        text: value,
        pos: pos[i] ?? 'X',
        lemma: lemmas[i] ?? value.toLowerCase(),
        sentence: sentences.length,
      });
    }
  }
  close();
}

/** Start offset of each token value in `text`, or -1 where wink's value is not found verbatim. */
function alignTokens(text: string, values: readonly string[]): number[] {
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
