import { chainGraph } from './chain-graph.js';
import { ancestry, chainFor, claimOf, markersFor, summaryFor } from './claim.js';
import { el } from './dom.js';
import { spanText } from './spans.js';
import type { AnalyzedDocument } from './types.js';

const KIND_LABEL = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partly quoted' } as const;

/** The panel for one claim: who says what, its chain as a graph, and the sourcing summary. */
export function claimPanel(doc: AnalyzedDocument, id: string, onClose: () => void): HTMLElement {
  const a = doc.attributions.find((x) => x.id === id);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close claim panel' }, '×');
  close.addEventListener('click', onClose);
  const heading = el('h2', { id: 'claim-heading', tabindex: '-1' }, 'Claim');
  const panel = el(
    'section',
    { class: 'panel claim-panel', 'aria-labelledby': 'claim-heading' },
    close,
    heading,
  );
  if (!a) {
    panel.append(el('p', {}, `This article has no claim ${id}.`));
    return panel;
  }
  const text = doc.text;
  const parent = ancestry(doc, id).at(-2);
  panel.append(
    el(
      'dl',
      { class: 'claim-parts' },
      el('dt', {}, 'Who'),
      el('dd', {}, el('span', { class: 'hl hl-source' }, spanText(text, a.source) || 'unnamed source')),
      el('dt', {}, 'Says'),
      el('dd', {}, el('span', { class: 'hl hl-cue' }, spanText(text, a.cue) || '—')),
      el('dt', {}, 'What'),
      el('dd', {}, el('span', { class: 'hl hl-content' }, spanText(text, a.content) || '—')),
      el('dt', {}, 'How'),
      el(
        'dd',
        {},
        `${KIND_LABEL[a.kind] ?? a.kind}; found by ${a.why.by} ${a.why.rule}, confidence ${Math.round(a.why.confidence * 100)}%`,
      ),
      parent && el('dt', {}, 'Inside'),
      parent && el('dd', {}, `the claim by ${spanText(text, parent.source) || 'an unnamed source'}`),
    ),
    el('h3', {}, 'Chain'),
    chainGraph(chainFor(doc, id)),
    chainFacts(doc, id),
    el('h3', {}, 'Sourcing'),
    el('p', { class: 'summary' }, summaryFor(doc, id)),
  );
  const markers = markersFor(doc, id);
  if (markers.length > 0) {
    panel.append(
      el('h3', {}, 'Marked on this claim'),
      el(
        'ul',
        { class: 'markers' },
        ...markers.map((m) =>
          el(
            'li',
            {},
            el('span', { class: 'marker-type' }, m.type.replace('-', ' ')),
            ' ',
            el('span', { class: `hl hl-${m.type}` }, text.slice(m.start, m.end)),
            deniedBy(doc, m.id),
          ),
        ),
      ),
    );
  }
  return panel;
}

/** Hops and first-hand status, when the provenance layer gives them. */
function chainFacts(doc: AnalyzedDocument, id: string): HTMLElement | string {
  // The claim's assessment (headline, key point or attribution) when there is one, else the bare chain.
  const chain = claimOf(doc, id)?.assessment ?? doc.provenance?.chains?.find((c) => c.attribution === id);
  if (!chain) return '';
  const hand =
    chain.firstHand === true
      ? 'the innermost source speaks first-hand'
      : chain.firstHand === false
        ? 'the innermost source relays what others said'
        : 'a document, not a witness';
  return el('p', { class: 'sub chain-facts' }, `${chain.hops} hop${chain.hops === 1 ? '' : 's'}; ${hand}.`);
}

/** "(by Liz Harrington)" for a denial made by a named source. */
function deniedBy(doc: AnalyzedDocument, markerId: string): string {
  for (const c of doc.provenance?.claims ?? []) {
    const d = c.assessment?.denials?.find((x) => x.marker === markerId);
    const by = d?.by && doc.provenance?.entities?.find((e) => e.id === d.by);
    if (by) return ` by ${by.name}`;
  }
  return '';
}
