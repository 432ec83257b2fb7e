import type { Attribution, Document, Span } from '../model/document.js';
import type { ClaimKind } from '../model/provenance.js';
import { contentLemmas, first, last, once, readAttributions, readBlock, tokensIn } from './spans.js';

/** A claim before it is assessed: what it says and where. */
export interface ClaimDraft extends Span {
  id: string;
  kind: ClaimKind;
  text: string;
  attribution?: string;
  lemmas: Set<string>;
}

/**
 * The claims a reader meets: the headline, each key point, and each
 * attribution's content. A headline or key point that states its own
 * attribution ("..., report says") claims that attribution's content.
 */
export function claimDrafts(doc: Document): readonly ClaimDraft[] {
  const attributions = readAttributions(doc);
  // Markers and assessment both ask: drafted once per attribution list.
  return once(drafted, attributions, () => draftAll(doc, attributions));
}

const drafted = new WeakMap<readonly Attribution[], readonly ClaimDraft[]>();

function draftAll(doc: Document, attributions: readonly Attribution[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  let keypoints = 0;
  doc.blocks.forEach((block) => {
    if (!readBlock(block) || (block.kind !== 'headline' && block.kind !== 'keypoint')) return;
    if (block.kind === 'headline' && out.some((c) => c.kind === 'headline')) return;
    // The headline's own attribution ("..., report says") states its claim, when its content is most of the line.
    const own = attributions
      .filter((a) => a.cue.some((c) => c.start >= block.start && c.end <= block.end))
      .find(
        (a) => a.content.length > 0 && last(a.content) - first(a.content) >= (block.end - block.start) / 2,
      );
    const span = own ? { start: first(own.content), end: last(own.content) } : block;
    const id = block.kind === 'headline' ? 'headline' : `k${++keypoints}`;
    out.push(draft(doc, id, block.kind, span, own?.id));
  });
  for (const a of attributions) {
    if (a.content.length === 0) continue;
    out.push(draft(doc, a.id, 'attribution', { start: first(a.content), end: last(a.content) }, a.id));
  }
  return out;
}

/** The claim a sentence with no attribution makes on the reporter's word. */
export function sentenceClaim(doc: Document, sentence: number): ClaimDraft | undefined {
  const s = doc.sentences[sentence];
  return s && draft(doc, `s${sentence}`, 'unsourced', s);
}

function draft(doc: Document, id: string, kind: ClaimKind, span: Span, attribution?: string): ClaimDraft {
  const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return {
    id,
    kind,
    start: span.start,
    end: span.end,
    text,
    lemmas: contentLemmas(tokensIn(doc, span)),
    ...(attribution && { attribution }),
  };
}
