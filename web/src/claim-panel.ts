import { chainGraph } from './chain-graph.js';
import { ancestry, chainFor, markersFor, summaryFor } from './claim.js';
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
            el('span', { class: `hl hl-${m.type}` }, text.slice(m.span.start, m.span.end)),
            ` ${m.type.replace('-', ' ')}`,
          ),
        ),
      ),
    );
  }
  return panel;
}
