import type { Span } from '../model/document.js';
import { readPhrase } from './phrase.js';
import type { Resolver } from './resolve-sources.js';
import { VIA_PATTERN } from './sources-lexicon.js';
import { sentenceAt, tokensIn } from './spans.js';

/**
 * The outlet a source spoke to or was quoted in, in the attribution's
 * sentence but outside its content: "told Politico", "told the outlet",
 * "in a statement to Insider", "was quoted in Russian state media reports".
 */
export function intermediaries(res: Resolver): void {
  for (const a of res.attributions) {
    // A nested source reaches the reader through its parent's source, not an outlet.
    if (res.parent.has(a.id)) continue;
    const cue = a.cue[0];
    const s = cue && res.doc.sentences[sentenceAt(res.doc, cue.start)];
    if (!s) continue;
    const text = res.doc.text.slice(s.start, s.end);
    for (const m of text.matchAll(VIA_PATTERN)) {
      const start = s.start + m.index + m[0].length;
      if (a.content.some((c) => c.start <= start && start < c.end)) continue;
      const span = nounPhraseAt(res, start, s.end);
      const phrase = span && readPhrase(res.doc, [span]);
      if (!span || !phrase || !['outlet', 'outlet-anaphor'].includes(phrase.kind)) continue;
      const entity = res.resolve(phrase, [span], false);
      if (entity.id === res.sourceOf[a.id]) continue;
      res.reg.mention(entity, span);
      res.via[a.id] = entity.id;
      break;
    }
  }
}

/** The noun phrase starting at an offset: determiners, adjectives, nouns and names. */
function nounPhraseAt(res: Resolver, start: number, limit: number): Span | undefined {
  const tokens = tokensIn(res.doc, { start, end: limit });
  let end = -1;
  for (const [i, t] of tokens.entries()) {
    const np =
      ['PROPN', 'NOUN', 'ADJ', 'NUM'].includes(t.pos) ||
      (i === 0 && t.pos === 'DET') ||
      /^[A-Z]/.test(t.text);
    if (!np) break;
    end = t.end;
  }
  const head = tokens[0];
  return head && end > head.start ? { start: head.start, end } : undefined;
}
