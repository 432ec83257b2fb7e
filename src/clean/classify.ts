import { type Block, type Document, ruleWhy, type Why } from '../model/document.js';
import { LINE_RULES, type LineRule, MAX_FURNITURE_LENGTH } from './rules.js';
import { BULLET, isBullet, lines } from './segment.js';

/**
 * Names the blocks `segment` made: junk and syndication footers (excluded from
 * analysis), bylines, the headline and the key points under it. Records the
 * publisher a syndication footer names in `meta.originalPublisher` and one
 * `clean/junk-excluded` diagnostic summarising what was excluded.
 */
export function classify(doc: Document): void {
  for (const block of doc.blocks) markFurniture(doc, block);
  markAfterFooter(doc);
  const headline = findHeadline(doc);
  markKeyPoints(doc, headline === undefined ? 0 : headline + 1);
  reportExcluded(doc);
}

/** The rule every line of the block matches (the first line's rule), if all do. */
function furnitureRule(text: string, block: Block): LineRule | undefined {
  let first: LineRule | undefined;
  for (const line of lines(text, block.start, block.end)) {
    const content = text.slice(line.start, line.end).replace(BULLET, '').trim();
    const rule = LINE_RULES.find(
      (r) => content.length <= (r.maxLength ?? MAX_FURNITURE_LENGTH) && r.pattern.test(content),
    );
    if (!rule) return undefined;
    first ??= rule;
  }
  return first;
}

function markFurniture(doc: Document, block: Block): void {
  const rule = furnitureRule(doc.text, block);
  if (!rule) return;
  block.kind = rule.kind;
  block.excluded = rule.kind !== 'byline';
  block.why = ruleWhy(rule.id, 0.9);
  if (rule.kind !== 'footer') return;
  const publisher = rule.pattern.exec(doc.text.slice(block.start, block.end).trim())?.groups?.publisher;
  const name = publisher?.replace(/^[\s"“‘'([]+|[\s"”’')\].,;:!?*_=~—–-]+$/g, '');
  if (name) doc.meta.originalPublisher ??= name;
}

/**
 * A syndication or copyright footer in the second half of the page ends the
 * article: short lines after it that are not sentences ("More for You", other
 * stories' headlines) are page furniture too. Sentences after it are kept.
 */
function markAfterFooter(doc: Document): void {
  const footer = doc.blocks.findIndex((b) => b.kind === 'footer' && b.start > doc.text.length / 2);
  if (footer < 0) return;
  for (const block of doc.blocks.slice(footer + 1)) {
    const sentence = /[.!?]["”’)]?$/.test(doc.text.slice(block.start, block.end));
    if (block.kind !== 'paragraph' || sentence || block.end - block.start > AFTER_FOOTER_MAX) continue;
    block.kind = 'junk';
    block.excluded = true;
    block.why = ruleWhy('junk/after-footer', 0.6);
  }
}

const AFTER_FOOTER_MAX = 120;

/**
 * The first block that is neither excluded nor a byline is the headline when it
 * equals `meta.title` or its first line looks like a title: short, not a bullet
 * or a dateline, and in title case, or one sentence without a final period, or
 * very short. Returns its index.
 */
function findHeadline(doc: Document): number | undefined {
  const index = doc.blocks.findIndex((b) => !b.excluded && b.kind !== 'byline');
  const block = doc.blocks[index];
  if (!block || isBullet(doc, block)) return undefined;
  const text = doc.text.slice(block.start, block.end);
  const why = headlineWhy(text, doc.meta.title);
  if (!why) return undefined;
  block.kind = 'headline';
  block.why = why;
  return index;
}

function headlineWhy(text: string, title: string | undefined): Why | undefined {
  if (title !== undefined && sameTitle(title, text)) return ruleWhy('headline/title', 1);
  // "Headline;\nsubheadline" (wire style): judge the headline line alone.
  const first = (text.split('\n')[0] ?? '').trim();
  const words = first.split(/\s+/).length;
  if (words > 30) return undefined;
  if (isTitleCase(first)) return ruleWhy('headline/title-case', 0.8);
  if (DATELINE.test(first)) return undefined;
  const oneSentence = !SENTENCE_BREAK.test(first);
  if (oneSentence && !/[.]["”’)]?$/.test(first)) return ruleWhy('headline/no-period', 0.8);
  if (words <= 12 || (oneSentence && words <= 20)) return ruleWhy('headline/short-first-line', 0.6);
  return undefined;
}

/** "WASHINGTON —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "LONDON (Reuters) -": the lead paragraph of a wire story. */
const DATELINE = /^[A-Z][A-Z .,'’-]{2,40}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([\w .]+\))? [—–-]{1,2} /;
/** A sentence end followed by another sentence: not a one-line title. Initials and short abbreviations do not count. */
const SENTENCE_BREAK = /[a-z]{3,}[.!?]["”’]? +["“‘]?[A-Z]/;

function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.8;
}

/** Equal up to case and punctuation, or one inside the other ("Headline | Site Name"). */
function sameTitle(title: string, text: string): boolean {
  const a = normalise(title);
  const b = normalise(text);
  return (
    a.length > 0 &&
    b.length > 0 &&
    (a === b || (Math.min(a.length, b.length) >= 20 && (a.includes(b) || b.includes(a))))
  );
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Bullets from `from` on, up to the first body paragraph, are key points; junk between them is skipped. */
function markKeyPoints(doc: Document, from: number): void {
  for (const block of doc.blocks.slice(from)) {
    if (block.excluded || block.kind === 'byline') continue;
    if (!isBullet(doc, block)) return;
    block.kind = 'keypoint';
    block.why = ruleWhy('keypoint/bullet-under-headline', 0.9);
  }
}

function reportExcluded(doc: Document): void {
  const excluded = doc.blocks.filter((b) => b.excluded);
  if (excluded.length === 0) return;
  const byRule = new Map<string, number>();
  for (const b of excluded) byRule.set(b.why.rule, (byRule.get(b.why.rule) ?? 0) + 1);
  const chars = excluded.reduce((n, b) => n + b.end - b.start, 0);
  const junk = excluded.filter((b) => b.kind === 'junk').length;
  const rules = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(', ');
  doc.diagnostics.push({
    severity: 'info',
    code: 'clean/junk-excluded',
    message: `excluded ${junk} junk block${junk === 1 ? '' : 's'} and ${excluded.length - junk} footer${excluded.length - junk === 1 ? '' : 's'} (${chars} characters) from analysis: ${rules}`,
    ...(doc.meta.source ? { file: doc.meta.source } : {}),
  });
}
