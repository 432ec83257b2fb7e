import type { Document } from '../../model/document.js';
import { SOURCE_PREPOSITIONS } from '../lexicon.js';
import { type Candidate, kindOf, spans } from './candidate.js';

import { sourceAfter } from './source.js';
import { isPunct, lower, type Range, trimEnd } from './tokens.js';

/** First words of the prepositional cues: most tokens are rejected on this one lookup. */
const FIRST_WORDS: ReadonlySet<string> = new Set(SOURCE_PREPOSITIONS.map((p) => p[0] as string));

/**
 * "According to X, C." and "C, according to X." (or "as reported by X"):
 * the cue is the preposition, the source its object, the content the rest
 * of the sentence.
 */
export function accordingTo(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      const word = lower(doc, i);
      if (!FIRST_WORDS.has(word)) continue;
      const words = SOURCE_PREPOSITIONS.find((p) =>
        p.every((w, k) => (k === 0 ? word : lower(doc, i + k)) === w),
      );
      if (!words) continue;
      const n = words.length;
      const source = sourceAfter(doc, i + n, s.tokenEnd, false) ?? phraseUntilComma(doc, i + n, s.tokenEnd);

      if (!source) continue;
      let first = s.tokenStart;
      while (first < i && isPunct(doc, first) && !/^[“"]$/.test(lower(doc, first))) first++;
      let content: Range;
      if (first === i) {
        const from = lower(doc, source[1] + 1) === ',' ? source[1] + 2 : source[1] + 1;
        content = [from, trimEnd(doc, from, s.tokenEnd - 1)];
      } else {
        // "C, according to X.": the sentence up to the cue.
        content = [first, trimEnd(doc, first, i - 1)];
      }
      if (content[1] < content[0]) continue;
      const contentSpans = spans(doc, content);
      out.push({
        source: spans(doc, source),
        cue: spans(doc, [i, i + n - 1]),
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
