import { el } from './dom.js';
import { spanText } from './spans.js';
import type { AnalyzedDocument } from './types.js';

/** The article's sourcing profile: how many claims, how quoted, from whom, how hedged or denied. */
export function profilePanel(doc: AnalyzedDocument, onClaim: (id: string) => void): HTMLElement {
  const attrs = doc.attributions;
  const count = (kind: string) => attrs.filter((a) => a.kind === kind).length;
  const markers = doc.provenance?.markers ?? [];
  const markerCount = (type: string) => markers.filter((m) => m.type === type).length;

  const bySource = new Map<string, string[]>();
  for (const a of attrs) {
    const name = spanText(doc.text, a.source) || 'unnamed source';
    const key = name.toLowerCase();
    bySource.set(key, [...(bySource.get(key) ?? []), a.id]);
  }
  const names = new Map(
    attrs.map((a) => [(spanText(doc.text, a.source) || 'unnamed source').toLowerCase(), a]),
  );

  const facts: Array<[string, string | number]> = [
    ['Claims', attrs.length],
    ['Direct quotes', count('direct')],
    ['Reported speech', count('indirect')],
    ['Partly quoted', count('mixed')],
    ['Sources', bySource.size],
    ['Unnamed sources', attrs.filter((a) => (a.source ?? []).length === 0).length],
  ];
  if (doc.provenance?.markers)
    facts.push(
      ['Hedges', markerCount('hedge')],
      ['Denials', markerCount('denial')],
      ['Corroborations', markerCount('corroboration')],
      ['Missing records', markerCount('missing-record')],
    );
  for (const [k, v] of Object.entries(doc.provenance?.profile ?? {}))
    if (typeof v === 'string' || typeof v === 'number') facts.push([humanize(k), v]);

  const panel = el(
    'section',
    { class: 'panel profile', 'aria-labelledby': 'profile-heading' },
    el('h2', { id: 'profile-heading' }, 'Sourcing profile'),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])),
  );
  if (bySource.size > 0) {
    const list = el('ul', { class: 'source-list' });
    for (const [key, ids] of [...bySource].sort((x, y) => y[1].length - x[1].length)) {
      const a = names.get(key);
      const label = a ? spanText(doc.text, a.source) || 'unnamed source' : key;
      const button = el('button', { type: 'button', class: 'link-button' }, label);
      button.addEventListener('click', () => onClaim(ids[0] as string));
      list.append(el('li', {}, button, el('span', { class: 'count' }, ` ${ids.length}`)));
    }
    panel.append(el('h3', {}, 'Who is quoted'), list);
  }
  if (doc.diagnostics.length > 0) {
    panel.append(
      el(
        'details',
        { class: 'diagnostics' },
        el('summary', {}, `Notes on the input (${doc.diagnostics.length})`),
        el(
          'ul',
          {},
          ...doc.diagnostics.map((d) => el('li', { class: `sev-${d.severity}` }, `${d.message} (${d.code})`)),
        ),
      ),
    );
  }
  return panel;
}

const humanize = (key: string) =>
  key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
