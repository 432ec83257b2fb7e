import type { Attribution, Document } from '../model/document.js';
import { continuedQuote, quoteRegions } from './quotes.js';
import { contentHolders, holding, once, readAttributions, within } from './spans.js';

export interface Parent {
  id: string;
  rule: 'nesting/attributor' | 'nesting/cue-in-content' | 'nesting/quote-continuation';
}

/**
 * The attribution each one is nested in: the attributor's `parent` when set,
 * else the innermost attribution whose content holds its cue, else the quote
 * its paragraph continues. Works from spans, so any attributor's output will do.
 */
export function parents(doc: Document): ReadonlyMap<string, Parent> {
  const attributions = readAttributions(doc);
  return once(found, attributions, () => findParents(doc, attributions));
}

const found = new WeakMap<readonly Attribution[], ReadonlyMap<string, Parent>>();

function findParents(doc: Document, attributions: readonly Attribution[]): Map<string, Parent> {
  const ids = new Set(attributions.map((a) => a.id));
  const quotes = quoteRegions(doc);
  const out = new Map<string, Parent>();
  for (const a of attributions) {
    if (a.parent && ids.has(a.parent) && a.parent !== a.id) {
      out.set(a.id, { id: a.parent, rule: 'nesting/attributor' });
      continue;
    }
    const cue = a.cue[0];
    if (!cue) continue;
    // Only attributions whose content holds the first cue can hold them all.
    const holder = innermost(contentHolders(doc, cue), a, (b) => a.cue.every((c) => within(c, b.content)));
    if (holder) {
      out.set(a.id, { id: holder.id, rule: 'nesting/cue-in-content' });
      continue;
    }
    const quote = holding(quotes, cue)[0];
    const continued = quote && continuedQuote(doc, quote, quotes);
    if (continued && continued.id !== a.id)
      out.set(a.id, { id: continued.id, rule: 'nesting/quote-continuation' });
  }
  return breakCycles(out);
}

/** The attribution with the shortest content among those that pass `test`, other than `a`. */
export function innermost(
  attributions: readonly Attribution[],
  a: Attribution | undefined,
  test: (b: Attribution) => boolean,
): Attribution | undefined {
  let best: Attribution | undefined;
  let bestLength = Number.POSITIVE_INFINITY;
  for (const b of attributions) {
    if (b === a || !test(b)) continue;
    const length = b.content.reduce((n, s) => n + s.end - s.start, 0);
    if (length < bestLength) {
      best = b;
      bestLength = length;
    }
  }
  return best;
}

/** Ancestors, nearest first. */
export function ancestors(parent: ReadonlyMap<string, Parent>, id: string): string[] {
  const out: string[] = [];
  for (let p = parent.get(id); p && !out.includes(p.id); p = parent.get(p.id)) out.push(p.id);
  return out;
}

/** Attributions (other than `a`) whose content holds the offset, innermost first. */
export function enclosing(doc: Document, offset: number, a?: Attribution): Attribution[] {
  return contentHolders(doc, { start: offset, end: offset + 1 })
    .filter((b) => b !== a)
    .sort((x, y) => contentLength(x) - contentLength(y));
}

function contentLength(a: Attribution): number {
  return a.content.reduce((n, s) => n + s.end - s.start, 0);
}

// Imperfect spans can make two attributions each other's parent; drop the later link.
function breakCycles(parent: Map<string, Parent>): Map<string, Parent> {
  for (const id of [...parent.keys()]) {
    const seen = new Set([id]);
    for (let p = parent.get(id); p; p = parent.get(p.id)) {
      if (seen.has(p.id)) {
        parent.delete(id);
        break;
      }
      seen.add(p.id);
    }
  }
  return parent;
}
