import { claimPanel } from '../claim-panel.js';
import { el } from '../dom.js';
import { profilePanel } from '../profile.js';
import { renderArticle } from '../render-article.js';
import type { AnalyzedDocument } from '../types.js';

const LEGEND: Array<[string, string, string]> = [
  ['source', 'Source', 'who speaks'],
  ['cue', 'Cue', 'attributing words'],
  ['content', 'Content', 'what is claimed'],
  ['hedge', 'Hedge', 'uncertain'],
  ['denial', 'Denial', 'denied'],
  ['corroboration', 'Corroboration', 'backed up'],
  ['missing-record', 'Missing record', 'no record exists'],
];

function legend(): HTMLElement {
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ...LEGEND.map(([role, name, meaning]) =>
      el('li', {}, el('span', { class: `hl hl-${role}` }, name), el('span', { class: 'meaning' }, meaning)),
    ),
  );
}

/** An analyzed article with its legend, claim panel and sourcing profile. */
export function documentView(doc: AnalyzedDocument): HTMLElement {
  const slot = el('div', { class: 'claim-slot', 'aria-live': 'polite' });
  const layout = el('div', { class: 'article-layout' });

  const select = (id: string | null) => {
    for (const node of Array.from(layout.querySelectorAll('.selected'))) node.classList.remove('selected');
    if (!id) return;
    const parts = ['source', 'cue', 'content'].map(
      (r) => `.article [data-parts~="${CSS.escape(`${id}:${r}`)}"]`,
    );
    for (const node of Array.from(layout.querySelectorAll(parts.join(', ')))) node.classList.add('selected');
  };
  let open: string | null = null;
  const closeClaim = () => {
    const opener = open
      ? layout.querySelector<HTMLElement>(`.article [data-claim="${CSS.escape(open)}"][tabindex="0"]`)
      : null;
    open = null;
    slot.replaceChildren();
    select(null);
    opener?.focus();
  };
  const openClaim = (id: string) => {
    open = id;
    slot.replaceChildren(claimPanel(doc, id, closeClaim));
    select(id);
    const heading = slot.querySelector<HTMLElement>('h2');
    heading?.focus({ preventScroll: true });
    if (window.matchMedia('(max-width: 800px)').matches) slot.scrollIntoView({ block: 'start' });
  };

  layout.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && slot.firstChild) closeClaim();
  });

  const noClaims =
    doc.attributions.length === 0
      ? el('p', { class: 'notice' }, 'No attributions were found in this text.')
      : el('p', { class: 'hint' }, 'Select a highlighted claim to see its chain and sourcing.');
  layout.append(
    el('div', { class: 'article-col' }, legend(), noClaims, renderArticle(doc, { onClaim: openClaim })),
    el('aside', { class: 'side', 'aria-label': 'Claim and sourcing' }, slot, profilePanel(doc, openClaim)),
  );
  return layout;
}
