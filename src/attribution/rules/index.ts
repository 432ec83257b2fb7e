import type { Attribution, Document, Span } from '../../model/document.js';
import { holding, startingAt } from '../../model/spans.js';
import type { Attributor } from '../attributor.js';
import { accordingTo } from './according.js';
import type { Candidate } from './candidate.js';
import { continueQuotes } from './continuation.js';
import { nounCues } from './nouns.js';
import { findQuotes } from './quotes.js';
import { verbAttributions } from './speech.js';

/**
 * Orders candidates by cue, drops one whose cue overlaps an earlier
 * candidate's cue, numbers them, and links a candidate whose cue lies inside
 * another's content to it as `parent`.
 */
export function finish(candidates: Candidate[]): Attribution[] {
  const sorted = [...candidates].sort((a, b) => (a.cue[0]?.start ?? 0) - (b.cue[0]?.start ?? 0));
  const kept: Candidate[] = [];
  // Kept cues by start: a cue can only overlap those starting less than the longest cue's length before it.
  const longest = candidates.reduce((n, c) => Math.max(n, ...c.cue.map((s) => s.end - s.start)), 0);
  const cues: Span[] = [];
  for (const c of sorted) {
    const clash = c.cue.some((t) => {
      for (
        let i = startingAt(cues, t.start - longest);
        i < cues.length && (cues[i] as Span).start < t.end;
        i++
      )
        if (t.start < (cues[i] as Span).end) return true;
      return false;
    });
    if (clash) continue;
    kept.push(c);
    for (const s of c.cue) cues.splice(startingAt(cues, s.start), 0, s);
  }
  const out: Attribution[] = kept.map((c, i) => ({
    id: `a${i + 1}`,
    source: c.source,
    cue: c.cue,
    content: c.content,
    kind: c.kind,
    why: { by: 'rule', rule: c.rule, confidence: c.confidence },
  }));
  // Content spans with their attribution, so a cue's holders are found by offset, not by scanning all.
  const contents = out.flatMap((b, i) => b.content.map((s) => ({ start: s.start, end: s.end, i })));
  for (const a of out) {
    const at = a.cue[0]?.start ?? -1;
    let parent: Attribution | undefined;
    const holders = [...new Set(holding(contents, { start: at, end: at + 1 }).map((s) => s.i))];
    for (const b of holders.sort((x, y) => x - y).map((i) => out[i] as Attribution)) {
      if (b === a) continue;
      // The innermost container is the content with the latest start.
      if (!parent || (b.content[0]?.start ?? 0) > (parent.content[0]?.start ?? 0)) parent = b;
    }
    if (parent) a.parent = parent.id;
  }
  return out;
}

/** The first-version rule attributor: verb cues, "according to", noun cues, quote continuations. */
export const ruleAttributor: Attributor = {
  name: 'rules',
  version: '1',
  attribute(doc: Document): Attribution[] {
    const quotes = findQuotes(doc);
    const candidates = [...verbAttributions(doc, quotes), ...accordingTo(doc), ...nounCues(doc)];
    continueQuotes(doc, candidates, quotes);
    return finish(candidates);
  },
};
