import type { Document } from '../../model/document.js';
import { CUE_NOUNS } from '../lexicon.js';
import { type Candidate, kindOf, spans } from './candidate.js';
import { coreBackward } from './source.js';
import { lower, POSSESSIVES, type Range, tok, trimEnd } from './tokens.js';

/** "X's claim that C", "his warning that C": a cue noun with a possessor source and a that-clause. */
export function nounCues(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
      const t = tok(doc, i);
      if (t?.pos !== 'NOUN' || !CUE_NOUNS.has(t.lemma) || lower(doc, i + 1) !== 'that') continue;
      if (tok(doc, i + 2)?.pos === 'VERB' || tok(doc, i + 2)?.pos === 'AUX') continue; // "the claim that was made"
      let source: Range | undefined;
      if (POSSESSIVES.has(lower(doc, i - 1))) source = [i - 1, i - 1];
      else if (/^['’]s$/.test(lower(doc, i - 1))) source = coreBackward(doc, i - 2, s.tokenStart);
      if (!source) continue;
      const content = spans(doc, [i + 1, trimEnd(doc, i + 1, s.tokenEnd - 1)]);
      out.push({
        source: spans(doc, source),
        cue: spans(doc, [i, i]),
        content,
        kind: kindOf(doc, content),
        rule: 'noun-cue',
        confidence: 0.6,
      });
    }
  }
  return out;
}
