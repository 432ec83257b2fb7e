import * as chrono from 'chrono-node';
import { type DateMention, type Document, ruleWhy } from '../model/document.js';

/**
 * Date expressions chrono-node recognises in each block that is not excluded,
 * as ISO `YYYY-MM-DD`. With a publication date (`meta.published`), partial and
 * relative expressions ("Sept. 26", "Sunday", "yesterday") are resolved
 * against it; without one only complete dates ("October 25, 2020") are kept,
 * since anything else would be resolved against today. Expressions chrono does
 * not parse ("that day", "the day of the call") and relative ones inside a
 * quotation ("couldn't happen today") are left to provenance; so are
 * those that name no single day (months, weeks, times). Runs after
 * `findMentions`: a "date" inside an outlet's name ("USA Today", "Fox News
 * Sunday") is not one.
 */
export function findDates(doc: Document): void {
  const published = referenceDate(doc.meta.published);
  const names = doc.mentions.filter((m) => m.type === 'outlet' || m.type === 'organization');
  for (const block of doc.blocks) {
    if (block.excluded) continue;
    const text = doc.text.slice(block.start, block.end);
    for (const r of parse(text, published)) {
      const found = resolve(r, published);
      // In a quotation "today" is the speaker's day, not the publication's: leave it to provenance.
      if (!found || (found.why.rule === 'dates/relative-to-published' && insideQuote(text, r.index)))
        continue;
      // Keep the date words only: "on Tuesday," -> "Tuesday".
      const lead = /^(?:(?:on|at|in|by|since|from|until) )?/i.exec(r.text)?.[0].length ?? 0;
      const phrase = r.text.slice(lead).replace(/[\s,;:]+$/, '');
      const start = block.start + r.index + lead;
      const end = start + phrase.length;
      if (names.some((m) => m.start < end && start < m.end)) continue;
      doc.dates.push({ start, end, text: phrase, ...found });
    }
  }
}

/**
 * chrono's results for a block: casual, resolved against the publication date
 * when there is one, else strict. chrono is slow, so a cheap test first skips
 * blocks that can hold no date we keep.
 */
function parse(text: string, published: Date | undefined): chrono.ParsedResult[] {
  if (published) return MAY_HAVE_DATE.test(text) ? chrono.casual.parse(text, published) : [];
  return mayHaveFullDate(text) ? chrono.strict.parse(text) : [];
}

/** A number, a weekday, a month or a day word. */
const MAY_HAVE_DATE =
  /\d|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|night|morning|evening|afternoon|yesterday|tomorrow|ago)\b/i;

/**
 * Without a publication date only complete dates are kept: certain year, month
 * and day, not relative ("5 days ago" is tagged relative). chrono is certain of
 * a year only from digits, and of a month only from a month name (every one
 * starts with one of these stems, matched anywhere, since "25October" parses)
 * or a numeric date ("10/25", "2020-10-25", "2020 10 25"). A block with neither
 * holds no date we keep.
 */
function mayHaveFullDate(text: string): boolean {
  return (
    /\d/.test(text) &&
    (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text) || /\d[-./\s]\d/.test(text))
  );
}

/** Whether `index` lies inside a quotation opened earlier in the block. */
function insideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = before.split('"').length - 1;
  const open = before.split('“').length - before.split('”').length;
  return straight % 2 === 1 || open > 0;
}

/** Local noon of the publication day, so no time zone moves the date; undefined when unknown or malformed. */
export function referenceDate(published: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Not dates, or not a single day: "now", "9/11" (an event, no year), weeks,
 * months, years and durations ("last year", "the end of June", "for five
 * minutes", "in the days since"), and
 * spans anchored on an event ("a couple of days before a debate").
 */
const SKIP =
  /^(?:(?:right |just )?now|\d{1,2}\/\d{1,2})$|\b(?:week(?:end)?|month|year|decade|century)s?\b|\b(?:before|after)\b|\b(?:hours?|minutes?|seconds?)\b|\b(?:few|past|couple|several|coming|next|the|recent) (?:\w+ )?days\b|^in the day\b|\b(?:end|beginning|start|middle) of\b/i;
/** A weekday with its own direction ("next Monday") is left as chrono resolves it. */
const DIRECTED = /\b(?:next|last|this|coming|past|previous)\b/i;
const DAY = 86_400_000;

function resolve(
  r: chrono.ParsedResult,
  published: Date | undefined,
): Pick<DateMention, 'date' | 'why'> | undefined {
  const c = r.start;
  if (SKIP.test(r.text.trim())) return undefined;
  const tags = [...r.tags()];
  const casual = tags.some((t) => /^(?:casualReference|result\/relative|parser\/ENCasualDateParser)/.test(t));
  const weekday = !c.isCertain('day') && c.isCertain('weekday');
  if ((casual && c.isCertain('day')) || weekday) {
    if (!published) return undefined;
    let date = new Date(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12);
    // News mostly reports the past: a bare weekday more than two days ahead is last week's.
    if (weekday && !DIRECTED.test(r.text) && date.getTime() - published.getTime() > 2.5 * DAY)
      date = new Date(date.getTime() - 7 * DAY);
    return {
      date: iso(date.getFullYear(), date.getMonth() + 1, date.getDate()),
      why: ruleWhy('dates/relative-to-published', 0.7),
    };
  }
  if (casual || !c.isCertain('month') || !c.isCertain('day')) return undefined;
  const month = c.get('month') as number;
  const day = c.get('day') as number;
  if (c.isCertain('year'))
    return { date: iso(c.get('year') as number, month, day), why: ruleWhy('dates/absolute', 0.95) };
  if (!published) return undefined;
  return {
    date: iso(yearNear(published, month, day), month, day),
    why: ruleWhy('dates/year-from-published', 0.8),
  };
}

/**
 * The year of a month and day given without one: the publication year, unless
 * that puts it more than about nine months away ("Jan. 3" in a late-December
 * story is next year's; "Dec. 20" in an early-January one last year's).
 */
function yearNear(published: Date, month: number, day: number): number {
  const year = published.getFullYear();
  const distance = new Date(year, month - 1, day, 12).getTime() - published.getTime();
  if (distance > 280 * DAY) return year - 1;
  if (distance < -280 * DAY) return year + 1;
  return year;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
