import { fileURLToPath } from 'node:url';
import { kindOf } from '../src/attribution/rules/candidate.js';
import type { Attribution, Document, Span } from '../src/model/document.js';
import type { Entity, EntityType, MarkerType } from '../src/model/provenance.js';
import { readPolnear } from '../src/node/polnear.js';
import type { BratRelation } from '../src/output/brat.js';
import { analyze } from '../src/pipeline.js';
import { provenance } from '../src/provenance/index.js';
import { overlaps } from '../src/provenance/spans.js';
import { POLNEAR_DEV, readJsonDir } from './shared-data.js';

export const GOLD_DIR = fileURLToPath(new URL('../test/data/provenance-gold/', import.meta.url));

export interface GoldSource extends Span {
  text: string;
  /** Canonical name of who it is, as the article gives it. */
  identity: string;
  /** Other names the article uses for the same referent ("IMF", "the fund"). */
  aliases?: string[];
  type: EntityType;
}

export interface GoldMarker extends Span {
  text: string;
  type: MarkerType;
}

export interface GoldFile {
  name: string;
  sources: GoldSource[];
  markers: GoldMarker[];
}

export function readGold(dir = GOLD_DIR): GoldFile[] {
  return readJsonDir<GoldFile>(dir);
}

/** One gold source as the stage resolved it. */
export interface SourceResult {
  article: string;
  gold: GoldSource;
  predicted?: { name: string; type: EntityType };
  resolved: boolean;
  typed: boolean;
}

export interface MarkerScore {
  gold: number;
  predicted: number;
  /** Predicted markers overlapping a gold marker of the same type. */
  correct: number;
  /** Gold markers overlapped by a predicted marker of the same type. */
  found: number;
}

export interface Measurement {
  /** Gold attributions: every gold relation with a source. */
  sources: SourceResult[];
  /** The pipeline's own attributions: for each gold relation, the attribution whose source (and cue, if any) overlaps it. */
  endToEnd: SourceResult[];
  markers: Record<MarkerType, MarkerScore>;
  /** Markers found with gold attributions in place of the pipeline's. */
  markersOnGold: Record<MarkerType, MarkerScore>;
  /** Gold markers missed and predicted markers matching none, with the pipeline's own attributions. */
  markerErrors: { article: string; error: 'missed' | 'spurious'; type: MarkerType; text: string }[];
}

export const MARKER_TYPES: MarkerType[] = ['hedge', 'denial', 'corroboration', 'missing-record'];
const PEOPLE: EntityType[] = ['named-person', 'role-person'];
/** Words too general to identify a source when one name merely contains the other. */
const GENERIC = new Set(
  'poll polls report article study studies website media campaign government administration data research'.split(
    ' ',
  ),
);

function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}/\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !['the', 'a', 'an'].includes(w));
}

function contains(long: string[], short: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  return long.some((_, i) => short.every((w, j) => long[i + j] === w));
}

/**
 * Same individual: equal normalised names (identity or an alias); for
 * persons, one name holds the other's surname and first names do not clash;
 * otherwise one name holds the other whole, unless the shorter is one generic word.
 */
export function sameSource(predicted: string, gold: GoldSource): boolean {
  const p = words(predicted);
  return [gold.identity, ...(gold.aliases ?? [])].some((candidate) => {
    const g = words(candidate);
    if (g.length === 0 || p.length === 0) return false;
    if (g.join(' ') === p.join(' ')) return true;
    if (PEOPLE.includes(gold.type)) {
      const surname = (a: string[], b: string[]) => b.includes(a[a.length - 1] ?? '');
      // "Bill Clinton" is not "Hillary Clinton"; "Rev. Peter Wherry" is "Peter Wherry".
      const clash = p.length > 1 && g.length > 1 && !p.includes(g[0] ?? '') && !g.includes(p[0] ?? '');
      return !clash && (surname(g, p) || surname(p, g));
    }
    const [long, short] = p.length >= g.length ? [p, g] : [g, p];
    return !(short.length === 1 && GENERIC.has(short[0] ?? '')) && contains(long, short);
  });
}

const key = (spans: readonly Span[]) => spans.map((s) => `${s.start}-${s.end}`).join(',');

/** Gold relations as attributions, ids a1... in cue order, kind read from the quotes. */
export function goldAttributions(doc: Document, relations: readonly BratRelation[]): Attribution[] {
  const list: Attribution[] = relations
    .filter((r) => r.cue.length > 0)
    .map((r) => ({
      id: '',
      source: r.source,
      cue: r.cue,
      content: r.content,
      kind: kindOf(doc, r.content),
      why: { by: 'rule' as const, rule: 'gold', confidence: 1 },
    }))
    .sort((a, b) => (a.cue[0]?.start ?? 0) - (b.cue[0]?.start ?? 0));
  list.forEach((a, i) => {
    a.id = `a${i + 1}`;
  });
  return list;
}

function result(article: string, gold: GoldSource, entity: Entity | undefined): SourceResult {
  const predicted = entity && { name: entity.name, type: entity.type };
  return {
    article,
    gold,
    predicted,
    resolved: !!entity && sameSource(entity.name, gold),
    typed: entity?.type === gold.type,
  };
}

function entityOf(doc: Document, attribution: string | undefined): Entity | undefined {
  const p = doc.provenance;
  const id = attribution && p?.sourceOf[attribution];
  return id ? p?.entities.find((e) => e.id === id) : undefined;
}

/**
 * Adds one article's markers to `into`, per type of `types`: a prediction is
 * right when it overlaps a gold marker of its type, a gold marker found when a
 * prediction of its type overlaps it.
 */
export function scoreMarkers(
  doc: Document,
  gold: Pick<GoldFile, 'name' | 'markers'>,
  into: Record<MarkerType, MarkerScore>,
  errors?: Measurement['markerErrors'],
  types: readonly MarkerType[] = MARKER_TYPES,
) {
  scoreMarkerSpans(doc.provenance?.markers ?? [], gold, into, errors, types);
}

/** As `scoreMarkers`, for marker spans from anywhere (a second annotation, say). */
export function scoreMarkerSpans(
  predicted: readonly (Span & { type: MarkerType; text: string })[],
  gold: Pick<GoldFile, 'name' | 'markers'>,
  into: Record<MarkerType, MarkerScore>,
  errors?: Measurement['markerErrors'],
  types: readonly MarkerType[] = MARKER_TYPES,
) {
  for (const type of types) {
    const g = gold.markers.filter((m) => m.type === type);
    const p = predicted.filter((m) => m.type === type);
    const spurious = p.filter((m) => !g.some((x) => overlaps(m, x)));
    const missed = g.filter((x) => !p.some((m) => overlaps(m, x)));
    const s = into[type];
    s.gold += g.length;
    s.predicted += p.length;
    s.correct += p.length - spurious.length;
    s.found += g.length - missed.length;
    for (const [error, list] of [
      ['missed', missed],
      ['spurious', spurious],
    ] as const)
      errors?.push(...list.map((m) => ({ article: gold.name, error, type, text: m.text })));
  }
}

export const emptyScores = () =>
  Object.fromEntries(MARKER_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0, found: 0 }])) as Record<
    MarkerType,
    MarkerScore
  >;

/** Runs the pipeline on every annotated article and compares it with the gold files. */
export function measureProvenance(goldDir = GOLD_DIR, polnearDev = POLNEAR_DEV): Measurement {
  const articles = new Map(readPolnear(polnearDev).map((a) => [a.name, a]));
  const m: Measurement = {
    sources: [],
    endToEnd: [],
    markers: emptyScores(),
    markersOnGold: emptyScores(),
    markerErrors: [],
  };
  for (const gold of readGold(goldDir)) {
    const article = articles.get(gold.name);
    if (!article) throw new Error(`no PolNeAR dev article ${gold.name}`);
    const own = analyze(article.text, { source: article.name });
    scoreMarkers(own, gold, m.markers, m.markerErrors);
    const doc: Document = {
      ...own,
      attributions: goldAttributions(own, article.relations),
      provenance: undefined,
    };
    provenance(doc);
    scoreMarkers(doc, gold, m.markersOnGold);
    const bySpan = new Map(gold.sources.map((s) => [`${s.start}-${s.end}`, s]));
    for (const a of doc.attributions) {
      const g = a.source.length > 0 ? bySpan.get(key(a.source)) : undefined;
      if (!g) continue;
      m.sources.push(result(gold.name, g, entityOf(doc, a.id)));
      // The pipeline's attribution for the same relation: its source overlaps, its cue too when one does.
      const hits = own.attributions.filter((x) => x.source.some((s) => overlaps(s, g)));
      const same = hits.find((x) => x.cue.some((c) => a.cue.some((d) => overlaps(c, d)))) ?? hits[0];
      m.endToEnd.push(result(gold.name, g, entityOf(own, same?.id)));
    }
  }
  return m;
}

export const share = (list: readonly SourceResult[], field: 'resolved' | 'typed') =>
  list.length ? list.filter((r) => r[field]).length / list.length : 0;
export const precision = (s: MarkerScore) => (s.predicted ? s.correct / s.predicted : 1);
export const recall = (s: MarkerScore) => (s.gold ? s.found / s.gold : 1);

function report(m: Measurement, errors: boolean): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `sources (gold attributions, n=${m.sources.length}): resolution ${pct(share(m.sources, 'resolved'))}, typing ${pct(share(m.sources, 'typed'))}`,
    `sources (own attributions, n=${m.endToEnd.length}): resolution ${pct(share(m.endToEnd, 'resolved'))}, typing ${pct(share(m.endToEnd, 'typed'))}, gold source matched by an attribution ${pct(m.endToEnd.filter((r) => r.predicted).length / (m.endToEnd.length || 1))}`,
  ];
  for (const type of new Set(m.sources.map((r) => r.gold.type))) {
    const of = m.sources.filter((r) => r.gold.type === type);
    lines.push(
      `  ${type.padEnd(13)} n=${String(of.length).padStart(3)}  resolution ${pct(share(of, 'resolved'))}  typing ${pct(share(of, 'typed'))}`,
    );
  }
  lines.push('', 'markers         gold  pred  P(own)  R(own)  | pred  P(gold attr)  R(gold attr)');
  for (const t of MARKER_TYPES) {
    const s = m.markers[t];
    const g = m.markersOnGold[t];
    lines.push(
      `${t.padEnd(15)} ${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${precision(s).toFixed(2).padStart(6)}  ${recall(s).toFixed(2).padStart(6)}  | ${String(g.predicted).padStart(4)}  ${precision(g).toFixed(2).padStart(12)}  ${recall(g).toFixed(2).padStart(12)}`,
    );
  }
  if (errors) {
    lines.push('', 'source errors (gold attributions):');
    for (const r of m.sources.filter((x) => !x.resolved || !x.typed))
      lines.push(
        `  ${r.article.slice(0, 28)} "${r.gold.text}" gold=${r.gold.identity}/${r.gold.type} predicted=${r.predicted ? `${r.predicted.name}/${r.predicted.type}` : 'none'}`,
      );
    lines.push('', 'marker errors (own attributions):');
    for (const e of m.markerErrors)
      lines.push(`  ${e.article.slice(0, 28)} ${e.error} ${e.type}: "${e.text}"`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(report(measureProvenance(), process.argv.includes('--errors')));
}
