import { sourceEntity } from './claim.js';
import { el } from './dom.js';
import { spanText } from './spans.js';
import type { AnalyzedDocument } from './types.js';

type Fact = [string, string | number];

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The article's sourcing profile: how many claims, how quoted, from whom, how hedged or denied. */
export function profilePanel(doc: AnalyzedDocument, onClaim: (id: string) => void): HTMLElement {
  const attrs = doc.attributions;
  const kinds = (kind: string) => attrs.filter((a) => a.kind === kind).length;
  const p = doc.provenance;
  const markers = (type: string) => (p?.markers ?? []).filter((m) => m.type === type).length;
  const entityName = (id: string) => p?.entities?.find((e) => e.id === id)?.name ?? id;

  // Who is quoted: by resolved entity when the provenance layer has one, else by the source's words.
  const bySource = new Map<string, { label: string; ids: string[] }>();
  for (const a of attrs) {
    const entity = sourceEntity(doc, a.id);
    const label = entity?.name ?? (spanText(doc.text, a.source) || 'unnamed source');
    const key = entity?.id ?? label.toLowerCase();
    const entry = bySource.get(key) ?? { label, ids: [] };
    entry.ids.push(a.id);
    bySource.set(key, entry);
  }

  const facts: Fact[] = [
    ['Claims', attrs.length],
    ['Direct quotes', kinds('direct')],
    ['Reported speech', kinds('indirect')],
    ['Partly quoted', kinds('mixed')],
    ['Sources', bySource.size],
  ];
  const profile = p?.profile;
  if (profile) {
    const t = profile.sourceTypes ?? {};
    facts.push(
      ['Named people', t['named-person'] ?? 0],
      ['Identified by role only', t['role-person'] ?? 0],
      ['Anonymous', t.anonymous ?? 0],
      ['Outlets', t.outlet ?? 0],
      ['Documents', t.document ?? 0],
      ['Named, first-hand', `${profile.namedFirstHand ?? 0} (${pct(profile.namedFirstHandShare ?? 0)})`],
    );
  }
  if (p?.markers)
    facts.push(
      ['Hedges', markers('hedge')],
      ['Denials', markers('denial')],
      ['Corroborations', markers('corroboration')],
      ['Missing records', markers('missing-record')],
    );

  const panel = el(
    'section',
    { class: 'panel profile', 'aria-labelledby': 'profile-heading' },
    el('h2', { id: 'profile-heading' }, 'Sourcing profile'),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])),
  );
  const relied = [...(profile?.outlets ?? []), ...(profile?.documents ?? [])].map(entityName);
  if (relied.length > 0) panel.append(el('p', { class: 'sub' }, `Relies on: ${relied.join(', ')}.`));
  if (bySource.size > 0) {
    const list = el('ul', { class: 'source-list' });
    for (const { label, ids } of [...bySource.values()].sort((x, y) => y.ids.length - x.ids.length)) {
      const button = el(
        'button',
        { type: 'button', class: 'link-button', 'aria-label': `${label}: open their first claim` },
        label,
      );
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
