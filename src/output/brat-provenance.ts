import type { BratWriter } from './brat.js';

/**
 * Provenance as brat T lines after the attributions: each entity mention as
 * `Entity-<type>` with an AnnotatorNotes line naming the resolved source, and
 * each marker as `Marker-<type>` with a note on its rule and target.
 * Attribution lines are untouched, so scorers read the file as before.
 */
export function writeProvenance(w: BratWriter): void {
  const p = w.doc.provenance;
  if (!p) return;
  let notes = w.lines.filter((l) => l.startsWith('#')).length;
  const note = (id: string | undefined, text: string) => {
    if (id) w.lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${text.replace(/[\t\r\n]+/g, ' ')}`);
  };
  for (const e of p.entities) {
    const roles = e.roles.length > 0 ? `; ${e.roles.join('; ')}` : '';
    for (const m of e.mentions) note(w.span(`Entity-${e.type}`, [m]), `${e.id} ${e.name}${roles}`);
  }
  for (const m of p.markers) {
    const target = m.target.claim ? ` on ${m.target.claim}` : '';
    note(w.span(`Marker-${m.type}`, [m]), `${m.id} ${m.rule}${target}`);
  }
}
