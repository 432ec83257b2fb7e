import type { Attribution, Document } from '../../model/document.js';
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
  for (const c of sorted) {
    const clash = kept.some((k) => k.cue.some((s) => c.cue.some((t) => s.start < t.end && t.start < s.end)));
    if (!clash) kept.push(c);
  }
  const out: Attribution[] = kept.map((c, i) => ({
    id: `a${i + 1}`,
    source: c.source,
    cue: c.cue,
    content: c.content,
    kind: c.kind,
    why: { by: 'rule', rule: c.rule, confidence: c.confidence },
  }));
  for (const a of out) {
    const at = a.cue[0]?.start ?? -1;
    let parent: Attribution | undefined;
    for (const b of out) {
      if (b === a || !b.content.some((s) => s.start <= at && at < s.end)) continue;
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
