import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/clean/classify.js';
import { segment } from '../../src/clean/segment.js';
import { createDocument, type Document } from '../../src/model/document.js';

/** What a reader sees in each constructed scraped page, written by hand. */
interface Expected {
  headline: string | null;
  byline?: string[];
  keypoints?: string[];
  junk: string[];
  footer?: string[];
  publisher?: string;
  /** Every other block is a body paragraph; their count. */
  paragraphs: number;
}

const CASES: Record<string, Expected> = {
  'wire-syndicated': {
    headline: 'Senate panel subpoenas former adviser over campaign payments',
    byline: ['Reuters'],
    junk: ['Updated Mon, October 26, 2020, 4:12 PM', 'Story continues', 'Advertisement'],
    footer: ['Read the original article on Reuters.'],
    publisher: 'Reuters',
    paragraphs: 4,
  },
  'portal-bullets': {
    headline: 'Governor signs sweeping voting law as critics vow court fight',
    byline: ['By Maria Lopez and Tom Becker'],
    keypoints: [
      'The law shortens early voting by a week.',
      'Election officials warned it could lengthen lines in cities.',
    ],
    junk: [
      'Share this article',
      'Subscribe',
      'Advertisement',
      'Gov. Ellen Hart speaks at the Capitol in Springfield on Thursday. (AP Photo/Evan Vucci)',
      'Follow us on Twitter',
    ],
    footer: ['© 2024 The Associated Press. All rights reserved.'],
    paragraphs: 3,
  },
  'cookie-propublica': {
    headline: 'How a county lost track of thousands of absentee ballots',
    byline: ['By Jane Doe, ProPublica'],
    junk: [
      'We use cookies and similar technologies to improve your experience, analyse traffic and personalise ads. By continuing to browse this site you agree to our use of cookies as described in our Privacy Policy.',
      'Accept all',
      'Manage preferences',
      'Published 10:32 AM ET, Oct 5, 2021',
      'Related: The Ballot Boxes That Went Missing',
      'Sign up for our newsletter to get our best stories delivered to your inbox.',
      "Click here to read the county's full response.",
    ],
    footer: ['This story was originally published by ProPublica.'],
    publisher: 'ProPublica',
    paragraphs: 2,
  },
  'paywall-widgets': {
    headline: null,
    keypoints: [
      'Inflation cooled for a third straight month, the Labor Department said.',
      'Economists expect the central bank to hold rates steady.',
    ],
    junk: [
      'Loading...',
      'Key Points',
      'Oops!\n  Something went wrong.\n  Please try again later.',
      'Already a subscriber? Log in',
      'Story continues below advertisement',
      'Recommended',
      'Read more: Why grocery prices are still so high',
      'An error occurred. Please try again later.',
    ],
    paragraphs: 3,
  },
  'crlf-wrapped': {
    headline: 'Mayor faces recall vote after budget fight',
    keypoints: ['Petition gathered 41,000 signatures, the clerk said.', 'The vote is set for June 4.'],
    junk: ['Getty Images', '----'],
    footer: [
      'This article is republished from The Conversation under a Creative Commons license. Read the original article.',
    ],
    publisher: 'The Conversation',
    paragraphs: 2,
  },
  'msn-more-for-you': {
    headline: "Judge blocks state's new voter ID rule days before primary",
    junk: [
      'More for You',
      'Trump rallies supporters in Ohio as primary nears',
      'Senate Democrats unveil border bill',
      'Continue reading',
    ],
    footer: ['Read the original article on The Texas Tribune'],
    publisher: 'The Texas Tribune',
    paragraphs: 4,
  },
  'prose-traps': {
    headline: "Campaign's newsletter drew complaints from donors, filings show.",
    junk: [],
    paragraphs: 6,
  },
};

function clean(name: string): Document {
  const text = readFileSync(new URL(`fixtures/${name}.txt`, import.meta.url), 'utf8');
  const doc = createDocument(text);
  segment(doc);
  classify(doc);
  return doc;
}

describe('cleaning constructed scraped pages', () => {
  for (const [name, want] of Object.entries(CASES)) {
    it(name, () => {
      const doc = clean(name);
      const of = (kind: string) =>
        doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
      expect(of('headline')).toEqual(want.headline === null ? [] : [want.headline]);
      expect(of('byline')).toEqual(want.byline ?? []);
      expect(of('keypoint')).toEqual(want.keypoints ?? []);
      expect(of('junk')).toEqual(want.junk);
      expect(of('footer')).toEqual(want.footer ?? []);
      expect(doc.meta.originalPublisher).toBe(want.publisher);
      expect(of('paragraph')).toHaveLength(want.paragraphs);
      for (const b of doc.blocks) expect(b.excluded).toBe(b.kind === 'junk' || b.kind === 'footer');
    });
  }

  it('joins the soft-wrapped paragraph into one block', () => {
    const doc = clean('crlf-wrapped');
    const para = doc.blocks.find((b) => doc.text.slice(b.start, b.end).startsWith('The recall campaign'));
    expect(doc.text.slice(para?.start, para?.end)).toMatch(
      /closing\r\nthree libraries and cutting\r\nbus service .*rejected\.$/s,
    );
  });
});
