import type { Document } from '../../model/document.js';
import { type Candidate, kindOf, spans } from './candidate.js';
import { sourceAfter } from './source.js';
import { isPunct, lower, type Range, trimEnd } from './tokens.js';

/**
 * "According to X, C." and "C, according to X.": the cue is "according to",
 * the source its object, the content the rest of the sentence.
 */
export function accordingTo(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      if (lower(doc, i) !== 'according' || lower(doc, i + 1) !== 'to') continue;
      const source = sourceAfter(doc, i + 2, s.tokenEnd, false) ?? phraseUntilComma(doc, i + 2, s.tokenEnd);

      if (!source) continue;
      let first = s.tokenStart;
      while (first < i && isPunct(doc, first) && !/^[“"]$/.test(lower(doc, first))) first++;
      let content: Range;
      if (first === i) {
        const from = lower(doc, source[1] + 1) === ',' ? source[1] + 2 : source[1] + 1;
        content = [from, trimEnd(doc, from, s.tokenEnd - 1)];
      } else {
        // Content before the cue, with whatever follows the source after a comma.
        content = [first, trimEnd(doc, first, i - 1)];
      }
      if (content[1] < content[0]) continue;
      const contentSpans = spans(doc, content);
      out.push({
        source: spans(doc, source),
        cue: spans(doc, [i, i + 1]),
        content: contentSpans,
        kind: kindOf(doc, contentSpans),
        rule: 'according-to',
        confidence: 0.8,
      });
    }
  }
  return out;
}

/** Up to the next punctuation mark, when tagging failed ("according to exit polls", "exit" tagged a verb). */
function phraseUntilComma(doc: Document, first: number, end: number): Range | undefined {
  let last = first - 1;
  while (last + 1 < end && last - first < 8 && !isPunct(doc, last + 1)) last++;
  return last >= first ? [first, last] : undefined;
}
