import type { Attribution, Document, Span } from '../model/document.js';
import { writeProvenance } from './brat-provenance.js';

/**
 * Brat standoff, as PolNeAR writes it. Brat offsets are Unicode code points;
 * hearsay's are UTF-16 indices. This file is the one place that converts.
 */

/** One attribution relation read from an `.ann` file, spans in UTF-16 offsets. */
export interface BratRelation {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** Maps code point offsets to UTF-16 offsets (and back) for one text. */
export class OffsetMap {
  private readonly utf16At: number[] | undefined;
  private readonly cpAt: Map<number, number> | undefined;

  constructor(text: string) {
    // Texts without astral characters (almost all news) need no table.
    if (!/[\uD800-\uDBFF]/.test(text)) return;
    this.utf16At = [];
    this.cpAt = new Map();
    let cp = 0;
    for (let i = 0; i < text.length; cp++) {
      this.utf16At.push(i);
      this.cpAt.set(i, cp);
      i += isPairAt(text, i) ? 2 : 1;
    }
    this.utf16At.push(text.length);
    this.cpAt.set(text.length, cp);
  }

  toUtf16(codePoint: number): number {
    return this.utf16At ? (this.utf16At[codePoint] ?? this.utf16At[this.utf16At.length - 1] ?? 0) : codePoint;
  }

  toCodePoint(utf16: number): number {
    if (!this.cpAt) return utf16;
    // An offset inside a surrogate pair rounds down to the pair's start.
    return this.cpAt.get(utf16) ?? this.cpAt.get(utf16 - 1) ?? 0;
  }
}

/** Whether a surrogate pair (one astral code point) starts at UTF-16 index `i`; lone surrogates count as one. */
function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** An offset as Python's `int()` reads it (the reference scorer's parser): no exponents, hex or decimals. */
function parseOffset(s: string | undefined): number {
  return s !== undefined && /^[+-]?\d+(?:_\d+)*$/.test(s) ? Number(s.replaceAll('_', '')) : Number.NaN;
}

/**
 * Reads attribution relations from brat standoff, with the reference scorer's
 * tolerance: malformed T lines are skipped, `Content2` counts as content,
 * `Discuss`/`Discard`/notes are ignored. Pass the text to convert offsets.
 */
export function parseBrat(ann: string, text?: string): BratRelation[] {
  const map = text === undefined ? undefined : new OffsetMap(text);
  const spans = new Map<string, Span[]>();
  const relations: BratRelation[] = [];
  // Universal newlines, as Python's text files read them.
  for (const line of ann.split(/\r\n|\r|\n/)) {
    const fields = line.split('\t');
    const id = fields[0] ?? '';
    const body = fields[1];
    if (body === undefined) continue;
    if (id.startsWith('T')) {
      const [, ...range] = body.split(' ');
      const pieces: Span[] = [];
      let ok = true;
      for (const piece of range.join(' ').split(';')) {
        const nums = piece.trim().split(/\s+/);
        const a = parseOffset(nums[0]);
        const b = parseOffset(nums[1]);
        if (nums.length !== 2 || !Number.isInteger(a) || !Number.isInteger(b)) {
          ok = false;
          break;
        }
        pieces.push(map ? { start: map.toUtf16(a), end: map.toUtf16(b) } : { start: a, end: b });
      }
      if (ok) spans.set(id, pieces);
    } else if (id.startsWith('E')) {
      const relation: BratRelation = { source: [], cue: [], content: [] };
      for (const arg of body.split(/\s+/)) {
        const colon = arg.indexOf(':');
        if (colon < 0) continue;
        let role = arg.slice(0, colon).toLowerCase();
        if (role.startsWith('content')) role = 'content';
        const target = spans.get(arg.slice(colon + 1));
        if (!target || (role !== 'source' && role !== 'cue' && role !== 'content')) continue;
        relation[role].push(...target);
      }
      if (relation.cue.length > 0 || relation.content.length > 0) relations.push(relation);
    }
  }
  return relations;
}

/**
 * Builds brat standoff for one document: numbers T and E ids and converts
 * offsets to code points. Each layer is written by a small function that
 * calls `span` and `event` (see `BRAT_LAYERS`).
 */
export class BratWriter {
  readonly lines: string[] = [];
  private readonly map: OffsetMap;
  private spanCount = 0;
  private eventCount = 0;

  constructor(readonly doc: Document) {
    this.map = new OffsetMap(doc.text);
  }

  /**
   * Adds a T line and returns its id. Empty pieces are left out (brat has no
   * empty spans); with none left, nothing is written and `undefined` returned.
   */
  span(label: string, spans: readonly Span[]): string | undefined {
    const pieces = spans.filter((s) => s.end > s.start);
    if (pieces.length === 0) return undefined;
    const range = pieces.map((s) => `${this.map.toCodePoint(s.start)} ${this.map.toCodePoint(s.end)}`);
    // As brat shows it: pieces joined by a space, line breaks as spaces.
    const covered = pieces.map((s) => this.doc.text.slice(s.start, s.end)).join(' ');
    const id = `T${++this.spanCount}`;
    this.lines.push(`${id}\t${label} ${range.join(';')}\t${covered.replace(/\r\n|[\r\n]/g, ' ')}`);
    return id;
  }

  /** Adds an E line: the trigger's `label:id` first, then `Role:id` arguments. Returns its id. */
  event(label: string, trigger: string, args: readonly [role: string, id: string | undefined][]): string {
    const id = `E${++this.eventCount}`;
    const parts = [
      `${label}:${trigger}`,
      ...args.filter(([, t]) => t !== undefined).map(([r, t]) => `${r}:${t}`),
    ];
    this.lines.push(`${id}\t${parts.join(' ')}`);
    return id;
  }
}

/** One attribution as PolNeAR annotates it: Source, Cue, Content, a trigger on the cue, and the E line. */
function writeAttribution(w: BratWriter, a: Attribution): void {
  // Readers (and the scorer) drop a relation with neither cue nor content.
  if (![...a.cue, ...a.content].some((s) => s.end > s.start)) return;
  const source = w.span('Source', a.source);
  const cue = w.span('Cue', a.cue);
  const content = w.span('Content', a.content);
  const label = source === undefined ? 'Attribution-no-source' : 'Attribution';
  const trigger = w.span(label, cue === undefined ? a.content : a.cue) as string;
  w.event(label, trigger, [
    ['Content', content],
    ['Cue', cue],
    ['Source', source],
  ]);
}

export function writeAttributions(w: BratWriter): void {
  for (const a of w.doc.attributions) writeAttribution(w, a);
}

/** The layers `toBrat` writes, in order. Other layers (entities, markers) add their writer here. */
const BRAT_LAYERS: readonly ((w: BratWriter) => void)[] = [writeAttributions, writeProvenance];

/** The document's layers as brat standoff (`.ann`), offsets in code points, PolNeAR labels. */
export function toBrat(doc: Document, layers = BRAT_LAYERS): string {
  const w = new BratWriter(doc);
  for (const layer of layers) layer(w);
  return w.lines.length > 0 ? `${w.lines.join('\n')}\n` : '';
}
