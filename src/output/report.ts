import type { Attribution, Block, Document, Span } from '../model/document.js';
import { entityGroup, provenanceSection } from './report-provenance.js';

/**
 * The terminal report: the article's structure, then who says what, grouped
 * by source. Built from small exported sections so later layers (provenance:
 * the headline claim's chain, entity grouping) add to it rather than fork it.
 */

export interface ReportStyle {
  heading(s: string): string;
  source(s: string): string;
  cue(s: string): string;
  dim(s: string): string;
}

/** A part of the report: lines, already wrapped to `width` columns. */
export type ReportSection = (doc: Document, style: ReportStyle, width: number) => string[];

/** Which group an attribution belongs to, and the group's heading. */
export type GroupKey = (doc: Document, a: Attribution) => { key: string; label: string };

export interface ReportOptions {
  /** ANSI colour; the CLI passes `stdout.isTTY`. */
  color?: boolean;
  /** Columns to wrap at (default 100). */
  width?: number;
  /** Printed right after the structure, before the attributions (e.g. the headline claim's chain). */
  provenance?: ReportSection;
  /** Also print why each attribution was found: the rule or model that found it. */
  explain?: boolean;
  /** How attributions are grouped (default: by resolved source entity, else normalised source text). */
  groupKey?: GroupKey;
}

const ansi = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const plain = (s: string) => s;

export function reportStyle(color: boolean): ReportStyle {
  return color
    ? { heading: ansi(1), source: ansi(36), cue: ansi(33), dim: ansi(2) }
    : { heading: plain, source: plain, cue: plain, dim: plain };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
const ANSI = /\x1b\[[0-9;]*m/g;
const visibleLength = (s: string) => s.replace(ANSI, '').length;

/** Word-wraps `text` (which may hold ANSI codes) to `width` columns; continuation lines get `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  let empty = true;
  for (const word of text.slice(lead.length).split(' ')) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line.trimEnd());
      line = indent + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a span list covers, whitespace collapsed, gaps shown as `…`. */
export function spanText(doc: Document, spans: readonly Span[]): string {
  return spans
    .map((s) => squash(doc.text.slice(s.start, s.end)))
    .filter(Boolean)
    .join(' … ');
}

/** Shortens long text to its opening and its last words, cutting at word boundaries. */
export function abbreviate(text: string, max = 140): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.round(max * 0.7)).replace(/\s+\S*$/, '');
  const tail = text.slice(text.length - Math.round(max * 0.2)).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
}

/** The first few words of a block, for listing what was left out. */
function firstWords(doc: Document, span: Span, words = 6): string {
  const all = squash(doc.text.slice(span.start, span.end)).split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
}

const blockText = (doc: Document, b: Block) =>
  squash(doc.text.slice(b.start, b.end)).replace(/^[•·▪*–—-]\s*/, '');

/** Headline, original publisher, key points, paragraph count and what was excluded. */
const structureSection: ReportSection = (doc, style, width) => {
  const out: string[] = [];
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const title = headline ? blockText(doc, headline) : doc.meta.title;
  if (title) out.push(...wrap(style.heading(title), width));
  if (doc.meta.originalPublisher)
    out.push(`Originally published by ${style.source(doc.meta.originalPublisher)} (syndicated)`);
  const keypoints = doc.blocks.filter((b) => b.kind === 'keypoint' && !b.excluded);
  if (keypoints.length > 0) {
    out.push('Key points:');
    for (const k of keypoints) out.push(...wrap(`  • ${blockText(doc, k)}`, width, '    '));
  }
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && !b.excluded).length;
  out.push(`${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`);
  const excluded = doc.blocks.filter((b) => b.excluded);
  for (const kind of new Set(excluded.map((b) => b.kind))) {
    const blocks = excluded.filter((b) => b.kind === kind);
    const counts = new Map<string, number>();
    for (const b of blocks) {
      const words = firstWords(doc, b);
      counts.set(words, (counts.get(words) ?? 0) + 1);
    }
    const listed = [...counts].map(([w, n]) => `"${w}"${n > 1 ? ` ×${n}` : ''}`).join(', ');
    const line = `Excluded ${blocks.length} ${kind} block${blocks.length === 1 ? '' : 's'}: ${listed}`;
    out.push(...wrap(style.dim(line), width, '  '));
  }
  return out;
};

/** Lower case, no edge punctuation or leading article: "The Post," and "the post" group together. */
export function normaliseSource(text: string): string {
  return squash(text.normalize('NFKC').toLowerCase())
    .replace(/^[\s"'“”‘’«»,.;:!?()[\]—–-]+|[\s"'“”‘’«»,.;:!?()[\]—–-]+$/g, '')
    .replace(/^(?:the|a|an) /, '');
}

export const sourceGroup: GroupKey = (doc, a) => {
  const label = spanText(doc, a.source);
  return label ? { key: normaliseSource(label), label } : { key: '', label: '(no source named)' };
};

export interface AttributionGroup {
  key: string;
  label: string;
  attributions: Attribution[];
}

/** Attributions grouped by `key`, groups in order of their first attribution, unsourced ones last. */
function groupAttributions(doc: Document, key: GroupKey = sourceGroup): AttributionGroup[] {
  const groups = new Map<string, AttributionGroup>();
  for (const a of doc.attributions) {
    const k = key(doc, a);
    const group = groups.get(k.key) ?? { ...k, attributions: [] };
    group.attributions.push(a);
    groups.set(k.key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.key !== ''), ...all.filter((g) => g.key === '')];
}

/** One attribution as `source -> cue -> content  [kind, confidence]`. */
function formatAttribution(doc: Document, a: Attribution, style: ReportStyle, explain = false): string {
  const source = spanText(doc, a.source) || '(unnamed)';
  const content = abbreviate(spanText(doc, a.content));
  const nested = a.parent ? `, inside ${a.parent}` : '';
  const why = explain ? `, by ${a.why.by} ${a.why.rule}` : '';
  const facts = style.dim(`[${a.kind}, ${a.why.confidence.toFixed(2)}${nested}${why}]`);
  return `${style.source(source)} -> ${style.cue(spanText(doc, a.cue))} -> ${content}  ${facts}`;
}

function attributionSection(key: GroupKey = sourceGroup, explain = false): ReportSection {
  return (doc, style, width) => {
    if (doc.attributions.length === 0) return ['No attributions found.'];
    const out = [style.heading(`Attributions (${doc.attributions.length}), by source`)];
    for (const group of groupAttributions(doc, key)) {
      out.push('', style.heading(`${group.label} (${group.attributions.length})`));
      for (const a of group.attributions)
        out.push(...wrap(`  ${a.id}  ${formatAttribution(doc, a, style, explain)}`, width, '      '));
    }
    return out;
  };
}

export function renderReport(doc: Document, options: ReportOptions = {}): string {
  const style = reportStyle(options.color ?? false);
  const width = options.width ?? 100;
  const sections = [
    structureSection,
    options.provenance ?? provenanceSection,
    attributionSection(options.groupKey ?? entityGroup, options.explain),
  ];
  const parts = sections.flatMap((section) => (section ? [section(doc, style, width).join('\n')] : []));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
