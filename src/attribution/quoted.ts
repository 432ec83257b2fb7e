import type { Attribution, Document, Token } from '../model/document.js';
import type { Attributor } from './attributor.js';
import { type Cue, cueAt } from './rules/cues.js';
import { findQuotes, type Quote } from './rules/quotes.js';
import { sourceAfter, sourceBefore } from './rules/source.js';
import { type Range, spanOf, tokenAtOrAfter } from './rules/tokens.js';

/** The speech verb nearest a quote, outside it, in the quote's sentences or the ones next to them. */
function nearestCue(doc: Document, q: Quote): Cue | undefined {
  const first = tokenAtOrAfter(doc, q.start);
  const last = tokenAtOrAfter(doc, q.end) - 1;
  const from = doc.sentences[Math.max(0, (doc.tokens[first] as Token).sentence - 1)]?.tokenStart ?? first;
  const to =
    doc.sentences[Math.min(doc.sentences.length - 1, (doc.tokens[last] as Token).sentence + 1)]?.tokenEnd ??
    last;
  let best: Cue | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i] as Token;
    if (t.start >= q.start && t.end <= q.end) continue;
    if (doc.blocks[doc.sentences[t.sentence]?.block ?? -1] !== doc.blocks[q.block]) continue;
    const cue = cueAt(doc, i, ['speech']);
    const distance = t.start >= q.end ? t.start - q.end : q.start - t.end;
    if (cue && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

/** The subject next to the cue: after it when the cue follows the quote ("said Harrington"), else before it. */
function nearestSource(doc: Document, cue: Cue, q: Quote): Range | undefined {
  const sentence = doc.sentences[(doc.tokens[cue.head] as Token).sentence];
  if (!sentence) return undefined;
  const after =
    (doc.tokens[cue.first] as Token).start >= q.end
      ? sourceAfter(doc, cue.last + 1, sentence.tokenEnd)
      : undefined;
  return after ?? sourceBefore(doc, cue.first, sentence.tokenStart);
}

/**
 * The quoted-passage baseline of the PolNeAR README: each quotation is the
 * content of a direct attribution, its cue the nearest speech verb, its
 * source the subject next to that verb.
 */
export const quotedAttributor: Attributor = {
  name: 'quoted',
  version: '1',
  attribute(doc: Document): Attribution[] {
    const found: Attribution[] = [];
    for (const q of findQuotes(doc)) {
      const cue = nearestCue(doc, q);
      if (!cue) continue;
      const source = nearestSource(doc, cue, q);
      found.push({
        id: '',
        source: source ? [spanOf(doc, source[0], source[1])] : [],
        cue: [spanOf(doc, cue.first, cue.last)],
        content: [{ start: q.start, end: q.end }],
        kind: 'direct',
        why: { by: 'rule', rule: 'quoted/nearest-speech-verb', confidence: 0.5 },
      });
    }
    found.sort((a, b) => (a.cue[0]?.start ?? 0) - (b.cue[0]?.start ?? 0));
    return found.map((a, i) => ({ ...a, id: `a${i + 1}` }));
  },
};
