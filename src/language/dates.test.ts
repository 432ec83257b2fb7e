import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../clean/classify.js';
import { segment } from '../clean/segment.js';
import { createDocument, type Document, type DocumentMeta } from '../model/document.js';
import { findDates, referenceDate } from './dates.js';
import { findMentions } from './mentions.js';
import { tokenize } from './tokens.js';

function dates(text: string, meta: DocumentMeta = {}): Document {
  const doc = createDocument(text, meta);
  for (const stage of [segment, classify, tokenize, findMentions, findDates]) stage(doc);
  return doc;
}
const pairs = (doc: Document) => doc.dates.map((d) => [d.text, d.date]);

const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');

describe('findDates', () => {
  it("normalises the seed's absolute date without a publication date, and nothing relative", () => {
    const doc = dates(seed);
    expect(pairs(doc)).toEqual([['October 25, 2020', '2020-10-25']]);
    const d = doc.dates[0];
    expect(d && seed.slice(d.start, d.end)).toBe('October 25, 2020');
    expect(d?.why).toEqual({ by: 'rule', rule: 'dates/absolute', confidence: 0.95 });
  });

  it('finds complete dates in every form chrono reads without a publication date, and nothing relative', () => {
    const doc = dates(
      // One form a paragraph, so each paragraph must reach chrono on its own.
      'Headline\n\nThe vote was held 25October 2020.\n\nBallots were counted on 2020 10 26.\n\nThey were certified 10/27/2020.\n\nThe recount began Sept. 3rd, 2021, two days ago, last Monday.',
    );
    expect(pairs(doc)).toEqual([
      ['25October 2020', '2020-10-25'],
      ['2020 10 26', '2020-10-26'],
      ['10/27/2020', '2020-10-27'],
      ['Sept. 3rd, 2021', '2021-09-03'],
    ]);
  });

  it('leaves "that day" and a quoted "today" of the seed to provenance', () => {
    expect(pairs(dates(seed, { published: '2022-04-08T10:30:00Z' }))).toEqual([
      ['October 25, 2020', '2020-10-25'],
    ]);
  });

  it('resolves relative words in the narration against the publication date', () => {
    const doc = dates(
      'Headline\n\nThe mayor said today that “yesterday was a mess.” She resigned last night.',
      {
        published: '2022-04-08',
      },
    );
    expect(pairs(doc)).toEqual([
      ['today', '2022-04-08'],
      ['last night', '2022-04-07'],
    ]);
    expect(doc.dates[0]?.why.rule).toBe('dates/relative-to-published');
  });

  it('puts bare weekdays in the past unless within two days ahead, and keeps "next"', () => {
    // Published on Friday 30 September 2016.
    const doc = dates(
      'Headline\n\nAt Monday’s debate she spoke first. On Friday, aides said she would travel Sunday and next Monday. Yesterday was quiet.',
      { published: '2016-09-30' },
    );
    expect(pairs(doc)).toEqual([
      ['Monday', '2016-09-26'],
      ['Friday', '2016-09-30'],
      ['Sunday', '2016-10-02'],
      ['next Monday', '2016-10-03'],
      ['Yesterday', '2016-09-29'],
    ]);
  });

  it('gives a month and day the publication year unless that is far away', () => {
    const late = dates('Headline\n\nThe law takes effect Jan. 3, after a vote on Dec. 20.', {
      published: '2016-12-28',
    });
    expect(pairs(late)).toEqual([
      ['Jan. 3', '2017-01-03'],
      ['Dec. 20', '2016-12-20'],
    ]);
    const mid = dates('Headline\n\nShootings since January 1 and the vote on Nov. 8.', {
      published: '2016-09-29',
    });
    expect(pairs(mid)).toEqual([
      ['January 1', '2016-01-01'],
      ['Nov. 8', '2016-11-08'],
    ]);
    expect(mid.dates[0]?.why.rule).toBe('dates/year-from-published');
  });

  it('skips outlet names, durations, weeks, months and event numbers', () => {
    const doc = dates(
      'Headline\n\nShe told USA Today and Fox News Sunday that for 90 minutes last week, and last month, after 9/11, nothing changed now.',
      { published: '2016-09-30' },
    );
    expect(pairs(doc)).toEqual([]);
  });

  it('reads no dates from excluded blocks', () => {
    const doc = dates('Headline\n\nBody text.\n\nUpdated October 26, 2020, 4:12 PM');
    expect(doc.blocks.at(-1)?.excluded).toBe(true);
    expect(doc.dates).toEqual([]);
  });
});

describe('referenceDate', () => {
  it('takes the day of an ISO date or date-time and ignores anything else', () => {
    expect(referenceDate('2020-10-27')?.getDate()).toBe(27);
    expect(referenceDate('2020-10-27T23:59:00-08:00')?.getDate()).toBe(27);
    expect(referenceDate('last Tuesday')).toBeUndefined();
    expect(referenceDate(undefined)).toBeUndefined();
  });
});
