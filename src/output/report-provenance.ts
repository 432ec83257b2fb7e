import type { Document } from '../model/document.js';
import type { Claim, Entity, Provenance } from '../model/provenance.js';
import {
  abbreviate,
  type GroupKey,
  type ReportSection,
  type ReportStyle,
  sourceGroup,
  wrap,
} from './report.js';

export interface ProvenanceReportOptions {
  style: ReportStyle;
  width: number;
}

const TYPE_LABEL: Record<Entity['type'], string> = {
  'named-person': 'named person',
  'role-person': 'unnamed, identified by role',
  anonymous: 'anonymous',
  outlet: 'outlet',
  organization: 'organization',
  document: 'document',
  publisher: 'publisher',
};

/**
 * The provenance part of the terminal report, led by the headline claim:
 * its chain and one-line sourcing summary, its hedges, denials and records;
 * then key points, sources as entities, the article's sourcing profile and the timeline.
 */
export function renderProvenance(doc: Document, opts: ProvenanceReportOptions): string[] {
  const p = doc.provenance;
  if (!p || (p.claims.length === 0 && p.entities.length === 0)) return [];
  const { style, width } = opts;
  const out: string[] = [];
  const headline = p.claims.find((c) => c.kind === 'headline');
  if (headline) out.push(...claimLines(doc, p, headline, 'Headline claim', opts));
  p.claims
    .filter((c) => c.kind === 'keypoint')
    .forEach((c, i) => {
      out.push(...claimLines(doc, p, c, `Key point ${i + 1}`, opts, false));
    });
  // Attributions per entity, counted once for the filter and every line.
  const counts = new Map<string, number>();
  for (const id of Object.values(p.sourceOf)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sources = p.entities.filter((e) => e.type !== 'publisher' || counts.has(e.id));
  if (sources.length > 0) {
    out.push('', style.heading(`Who the sources are: ${sources.length}`));
    for (const e of sources) {
      const count = counts.get(e.id) ?? 0;
      const shown = e.roles.filter((r) => !e.name.toLowerCase().includes(r.toLowerCase()));
      const roles = shown.length > 0 ? `, ${shown.join('; ')}` : '';
      const said = count > 0 ? ` — ${count} attribution${count === 1 ? '' : 's'}` : '';
      out.push(
        ...wrap(
          `  ${style.source(e.name)} ${style.dim(`(${TYPE_LABEL[e.type]}${roles})`)}${said}`,
          width,
          '    ',
        ),
      );
    }
  }
  out.push('', ...wrap(`${style.heading('Sourcing profile:')} ${profileLine(p)}`, width, '  '));
  const dated = p.timeline.filter((t) => t.date);
  if (dated.length > 0) {
    out.push('', style.heading('Timeline'));
    for (const t of dated) {
      const how =
        t.anchor === 'explicit'
          ? ''
          : style.dim(` (${t.anchor === 'context' ? 'from context' : 'from publication date'})`);
      const sentence = abbreviate(doc.text.slice(t.sentence.start, t.sentence.end).replace(/\s+/g, ' '), 90);
      out.push(...wrap(`  ${t.date}  "${t.text}"${how}: ${sentence}`, width, '              '));
    }
  }
  return out;
}

/** The report section `renderReport` runs between the structure and the attributions. */
export const provenanceSection: ReportSection = (doc, style, width) =>
  renderProvenance(doc, { style, width });

/** Groups attributions by resolved source ("Holder", "he" and "I" together), falling back to source text. */
export const entityGroup: GroupKey = (doc, a) => {
  const p = doc.provenance;
  const entity = p?.entities.find((e) => e.id === p.sourceOf[a.id]);
  return entity
    ? { key: entity.id, label: `${entity.name}, ${TYPE_LABEL[entity.type]}` }
    : sourceGroup(doc, a);
};

function claimLines(
  doc: Document,
  p: Provenance,
  claim: Claim,
  label: string,
  { style, width }: ProvenanceReportOptions,
  details = true,
): string[] {
  const a = claim.assessment;
  const out = [
    ...wrap(`${style.heading(`${label}:`)} ${abbreviate(claim.text, 120)}`, width, '  '),
    ...wrap(`  ${a.summary}`, width, '    '),
  ];
  if (!details) return out;
  const marker = (id: string) => p.markers.find((m) => m.id === id);
  const name = (id: string | undefined) => p.entities.find((e) => e.id === id)?.name;
  if (a.hedges.length > 0) {
    const hedges = a.hedges.map((id) => {
      const m = marker(id);
      const by = m?.attribution && m.place ? name(p.sourceOf[m.attribution]) : undefined;
      return `"${m?.text}"${by ? ` (${by})` : ''}`;
    });
    out.push(...wrap(`  ${style.cue('Hedges:')} ${hedges.join(', ')}`, width, '    '));
  }
  if (a.denials.length > 0) {
    const denials = a.denials.map((d) => `"${marker(d.marker)?.text}" (${name(d.by) ?? 'the reporter'})`);
    out.push(...wrap(`  ${style.cue('Denials:')} ${denials.join(', ')}`, width, '    '));
  }
  for (const id of a.records.missing) {
    const m = marker(id);
    if (m) out.push(...wrap(`  ${style.cue('No record:')} ${sentenceOf(doc, m.start)}`, width, '    '));
  }
  return out;
}

function sentenceOf(doc: Document, offset: number): string {
  const s = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? abbreviate(doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), 120) : '';
}

function profileLine(p: Provenance): string {
  const f = p.profile;
  const types = Object.entries(f.sourceTypes)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${TYPE_LABEL[t as Entity['type']]}`);
  const name = (id: string) => p.entities.find((e) => e.id === id)?.name ?? id;
  const parts = [
    `${f.attributions} attribution${f.attributions === 1 ? '' : 's'}${types.length > 0 ? ` (${types.join(', ')})` : ''}`,
    `${Math.round(f.namedFirstHandShare * 100)}% rest on a named source speaking first-hand`,
    `${f.denials} denial${f.denials === 1 ? '' : 's'}`,
  ];
  if (f.outlets.length > 0) parts.push(`outlets relied on: ${f.outlets.map(name).join(', ')}`);
  if (f.documents.length > 0) parts.push(`documents: ${f.documents.map(name).join(', ')}`);
  return `${parts.join('; ')}.`;
}
