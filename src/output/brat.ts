import type { Span } from '../model/document.js';

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
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
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

/**
 * Reads attribution relations from brat standoff, with the reference scorer's
 * tolerance: malformed T lines are skipped, `Content2` counts as content,
 * `Discuss`/`Discard`/notes are ignored. Pass the text to convert offsets.
 */
export function parseBrat(ann: string, text?: string): BratRelation[] {
  const map = text === undefined ? undefined : new OffsetMap(text);
  const spans = new Map<string, Span[]>();
  const relations: BratRelation[] = [];
  for (const line of ann.split('\n')) {
    const fields = line.replace(/\r$/, '').split('\t');
    const id = fields[0] ?? '';
    const body = fields[1];
    if (body === undefined) continue;
    if (id.startsWith('T')) {
      const [, ...range] = body.split(' ');
      const pieces: Span[] = [];
      let ok = true;
      for (const piece of range.join(' ').split(';')) {
        const nums = piece.trim().split(/\s+/);
        const a = Number(nums[0]);
        const b = Number(nums[1]);
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
