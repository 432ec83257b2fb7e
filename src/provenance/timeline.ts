import type { DateMention, Document, Span } from '../model/document.js';
import type { DatePrecision, TimelineEntry } from '../model/provenance.js';
import { ancestors, enclosing, parents } from './nesting.js';
import { readable, sentenceAt } from './spans.js';

/** Words that point at a date from now: resolved against the publication date. */
const DEICTIC: { pattern: RegExp; days: number; precision: DatePrecision }[] = [
  { pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, days: 0, precision: 'day' },
  { pattern: /\b(?:yesterday|last night)\b/gi, days: -1, precision: 'day' },
  { pattern: /\btomorrow\b/gi, days: 1, precision: 'day' },
  { pattern: /\bthis week\b/gi, days: 0, precision: 'week' },
  { pattern: /\blast week\b/gi, days: -7, precision: 'week' },
  { pattern: /\bnext week\b/gi, days: 7, precision: 'week' },
];
const DEICTIC_TEXT =
  /^(?:today|tonight|yesterday|tomorrow|last night|(?:this|last|next) (?:week|morning|afternoon|evening))$/i;

const NAMED =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week)\b/i;

/** Phrases that point at a date named earlier: resolved against the most recent explicit date before them. */
const CONTEXTUAL: { pattern: RegExp; days: number }[] = [
  {
    pattern:
      /\b(?:on )?the day of the (?:[\w-]+ ){0,3}?(?:call|meeting|election|vote|event|attack|riot|speech|debate|interview|rally|shooting|hearing|summit|announcement)\b/gi,
    days: 0,
  },
  { pattern: /\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b/gi, days: 0 },
  { pattern: /\bon the day\b/gi, days: 0 },
  { pattern: /\b(?:the (?:next|following) day|the day after)\b/gi, days: 1 },
  { pattern: /\b(?:the (?:previous|preceding) day|the day before)\b/gi, days: -1 },
];

/**
 * Dated statements and events: explicit dates as the date stage normalised
 * them, "that day" and "the day of the call" against the last explicit date
 * before them, "yesterday" and "this week" against the publication date (or,
 * inside reported speech nested in a quote, against the date being told about).
 */
export function timeline(doc: Document): TimelineEntry[] {
  const parent = parents(doc);
  // A date expression with no number, month or day name ("the months before") names no date.
  const dates = doc.dates
    .filter((d) => readable(doc, d.start) && NAMED.test(d.text))
    .sort((a, b) => a.start - b.start);
  const explicit = dates.filter((d) => !DEICTIC_TEXT.test(d.text.trim()));
  const lastExplicit = (offset: number) => explicit.filter((d) => d.end <= offset).at(-1);
  const entries: TimelineEntry[] = [];
  const add = (
    span: Span,
    text: string,
    e: Omit<TimelineEntry, 'start' | 'end' | 'text' | 'sentence' | 'why'>,
    rule: string,
    confidence: number,
  ) => {
    const sentence = doc.sentences[sentenceAt(doc, span.start)];
    if (!sentence) return;
    const holder = enclosing(doc, span.start)[0];
    entries.push({
      ...span,
      text,
      ...e,
      sentence: { start: sentence.start, end: sentence.end },
      ...(holder && { attribution: holder.id }),
      why: { by: 'rule', rule, confidence },
    });
  };
  const deictic = (d: { start: number; end: number; text: string }, rule: (typeof DEICTIC)[number]) => {
    const holder = enclosing(doc, d.start)[0];
    const nested = holder && ancestors(parent, holder.id).length > 0;
    const context = nested ? lastExplicit(d.start) : undefined;
    if (context) {
      const date = startOf(shift(context.date, rule.days), rule.precision);
      const e = { date, precision: rule.precision, anchor: 'context' as const, from: span(context) };
      add(d, d.text, e, 'timeline/reported-deictic', 0.5);
      return;
    }
    const pub = doc.meta.published?.slice(0, 10);
    const date = pub ? startOf(shift(pub, rule.days), rule.precision) : null;
    add(
      d,
      d.text,
      { date, precision: rule.precision, anchor: 'publication' },
      'timeline/deictic',
      pub ? 0.8 : 0.2,
    );
  };
  for (const d of explicit) {
    add(
      d,
      d.text,
      { date: d.date, precision: precisionOf(d), anchor: 'explicit' },
      'timeline/explicit',
      d.why.confidence,
    );
  }
  // "today", "this week": the date stage leaves those in quotes and weeks to us, so find them all here.
  for (const rule of DEICTIC) {
    for (const m of doc.text.matchAll(rule.pattern)) {
      const d = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (readable(doc, d.start) && !entries.some((e) => e.start < d.end && d.start < e.end))
        deictic(d, rule);
    }
  }
  for (const rule of CONTEXTUAL) {
    for (const m of doc.text.matchAll(rule.pattern)) {
      const s = { start: m.index, end: m.index + m[0].length };
      if (!readable(doc, s.start) || entries.some((e) => e.start < s.end && s.start < e.end)) continue;
      const context = lastExplicit(s.start);
      const date = context ? shift(context.date, rule.days) : null;
      add(
        s,
        m[0],
        { date, precision: 'day', anchor: 'context', ...(context && { from: span(context) }) },
        'timeline/that-day',
        context ? 0.7 : 0.2,
      );
    }
  }
  return entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.start - b.start);
}

function span(d: DateMention): Span {
  return { start: d.start, end: d.end };
}

/** How precise a date expression is, from its words. */
function precisionOf(d: DateMention): DatePrecision {
  const t = d.text.trim();
  if (/^(?:in |the )?\d{4}$/i.test(t)) return 'year';
  if (/\bweek\b/i.test(t)) return 'week';
  if (/^(?:in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}$/i.test(t))
    return 'month';
  return 'day';
}

function shift(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week for week precision. */
function startOf(iso: string, precision: DatePrecision): string {
  if (precision !== 'week') return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  return shift(iso, -((d.getUTCDay() + 6) % 7));
}
