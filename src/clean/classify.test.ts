import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../model/document.js';
import { classify } from './classify.js';
import { LINE_RULES } from './rules.js';
import { segment } from './segment.js';

function clean(text: string, title?: string): Document {
  const doc = createDocument(text, title === undefined ? {} : { title });
  segment(doc);
  classify(doc);
  return doc;
}

const of = (doc: Document, kind: string) =>
  doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

describe('classify on the seed article', () => {
  const doc = clean(readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8'));

  it('finds the headline (EXPECTED 1)', () => {
    expect(of(doc, 'headline')).toEqual([
      'Trump made a secret call to Vladimir Putin just before the 2020 election, report says',
    ]);
  });

  it('excludes the three widget errors as junk (EXPECTED 2)', () => {
    const junk = doc.blocks.filter((b) => b.kind === 'junk');
    expect(junk).toHaveLength(3);
    for (const b of junk) {
      expect(b.excluded).toBe(true);
      expect(b.why.rule).toBe('junk/widget-error');
      expect(doc.text.slice(b.start, b.end)).toMatch(
        /^Oops!\s+Something went wrong\.\s+Please try again later\.$/,
      );
    }
  });

  it('takes the three real bullets as key points (EXPECTED 3)', () => {
    const points = of(doc, 'keypoint');
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(/^Donald Trump made a mysterious call/);
    expect(points[1]).toMatch(/^A filmmaker recording Trump said/);
    expect(points[2]).toMatch(/^At the time, Putin had just rebuffed/);
  });

  it('recognises the syndication footer and its publisher (EXPECTED 4)', () => {
    expect(of(doc, 'footer')).toEqual(['Read the original article on Business Insider']);
    expect(doc.meta.originalPublisher).toBe('Business Insider');
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(16);
  });

  it('reports what it excluded', () => {
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        code: 'clean/junk-excluded',
        message: expect.stringContaining('3 junk blocks and 1 footer'),
      }),
    ]);
  });
});

/** Lines each rule must match, written from real pages. */
const POSITIVE: Record<string, string[]> = {
  'footer/read-original': [
    'Read the original article on Business Insider----',
    'Read the rest of the story at The New York Post.',
  ],
  'footer/originally-appeared': [
    'This article originally appeared on The Conversation.',
    'This piece first appeared on Global Risk Insights.',
  ],
  'footer/republished': [
    'This article is republished from The Conversation under a Creative Commons license.',
  ],
  'footer/copyright': ['© 2024 The Associated Press. All rights reserved.', 'Copyright 2021 NPR'],
  'junk/widget-error': [
    'Oops!',
    'Something went wrong.',
    'Please try again later.',
    'Loading...',
    'An error occurred while loading comments.',
  ],
  'junk/share': ['Share this article', 'Share on Facebook', 'TWITTER.', '12 Comments'],
  'junk/follow': ['Follow us on Twitter', 'Follow Pam Key on Twitter @pamkeyNEN.', 'Follow @politico.'],
  'junk/subscribe': [
    'Subscribe',
    'Subscribe to HuffPost’s politics podcast here.',
    'Already a subscriber? Log in',
  ],
  'junk/newsletter': [
    'Sign up for our newsletter',
    'Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.',
  ],
  'junk/advertisement': [
    'Advertisement',
    'Story continues below advertisement',
    'Story continues',
    'Sponsored content',
  ],
  'junk/read-more': [
    'Click here for the full interview.',
    'Continue reading',
    'Related: Trump sues publisher',
    'Recommended',
    'Read more',
    'READ MORE: Inside the race',
    'Read the rest here.',
  ],
  'junk/cookie-notice': [
    'We use cookies to give you the best experience on our website.',
    'Accept all cookies',
  ],
  'junk/credit': [
    'Getty Images',
    'Scott Olson via Getty Images.',
    'Trump at a rally in Ohio. (AP Photo/Evan Vucci)',
    'Photo: Jane Doe/The Daily',
    'Getty/Instagram.',
  ],
  'junk/navigation': ['Skip to main content', 'Back to top'],
  'junk/label': ['Key Points', 'IN BRIEF.'],
  'junk/timestamp': ['Updated 10:32 AM ET, Sun October 25, 2020', 'Published: 3 hours ago, 12 min read'],
  'junk/separator': ['----', '___.', '***'],
  'byline/by': ['By Maria Lopez and Tom Becker', 'By Jane Doe, ProPublica', 'BY JOHN SMITH'],
  'byline/agency': ['Reuters', 'The Associated Press'],
};

/** Body sentences that mention the same words and must stay body text. */
const NEGATIVE = [
  'Something went wrong with the count in two precincts, election officials said on Wednesday.',
  'The campaign urged supporters to subscribe to its newsletter, according to court filings.',
  'Read more about the lawsuit in the complaint, which was filed on Tuesday, the lawyer said.',
  'According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.',
  'Related reporting by the Associated Press found similar messages in three other states.',
  'Loading the trucks took most of the night, a volunteer said.',
  'By then, the senator had left the building.',
  'Share prices fell 3% after the announcement, Bloomberg reported.',
  'Follow the money, the prosecutor told jurors on Monday.',
  'The report was first published in 2019, two years before the inquiry began.',
];

describe('line rules', () => {
  it('every rule has examples and matches them, classifying a one-line block', () => {
    expect(Object.keys(POSITIVE).sort()).toEqual(LINE_RULES.map((r) => r.id).sort());
    for (const [id, examples] of Object.entries(POSITIVE)) {
      for (const line of examples) {
        const doc = clean(`A headline\n\n${line}\n\nBody text that ends here, officials said.`);
        expect({ line, rule: doc.blocks[1]?.why.rule }).toEqual({ line, rule: id });
      }
    }
  });

  it('leaves body sentences that use the same words alone', () => {
    for (const line of NEGATIVE) {
      const doc = clean(`A headline\n\n${line}`);
      expect({ line, kind: doc.blocks[1]?.kind }).toEqual({ line, kind: 'paragraph' });
    }
  });

  it('trims the publisher a footer names', () => {
    expect(clean('T\n\nThis story was originally published by ProPublica.').meta.originalPublisher).toBe(
      'ProPublica',
    );
    expect(clean('T\n\nRead the original article on “Business Insider” —').meta.originalPublisher).toBe(
      'Business Insider',
    );
    expect(clean('T\n\nRead the rest of the story here.').meta.originalPublisher).toBeUndefined();
  });
});

describe('headline and key points', () => {
  it('takes a first line equal to meta.title as the headline even when it reads like a sentence', () => {
    const long =
      'The governor said on Tuesday that she would veto the bill. Lawmakers from both parties said they had the votes to override her, and several of them said so publicly.';
    expect(of(clean(`${long}\n\nBody.`), 'headline')).toEqual([]);
    expect(of(clean(`${long}\n\nBody.`, long), 'headline')).toEqual([long]);
  });

  it('matches a title that carries the site name', () => {
    const doc = clean(
      'Senate passes the budget bill after all-night session.\n\nBody.',
      'Senate passes the budget bill after all-night session | The Daily',
    );
    expect(doc.blocks[0]?.why.rule).toBe('headline/title');
  });

  it('does not take a dateline lead paragraph for a headline', () => {
    const doc = clean(
      'WASHINGTON (Reuters) - The Senate passed the bill on Monday.\n\nIt now goes to the House.',
    );
    expect(of(doc, 'headline')).toEqual([]);
  });

  it('takes a title-case first line ending with a period, as PolNeAR writes titles', () => {
    expect(
      of(clean('Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nBody.'), 'headline'),
    ).toHaveLength(1);
  });

  it('judges a bullet by all its lines, and stops key points at the first paragraph', () => {
    const doc = clean(
      'Headline here\n\n• Oops!\n  Real news continues on this line.\n• Advertisement\n• Second point.\n\nBody paragraph.\n\n• Late bullet in the body.',
    );
    expect(of(doc, 'keypoint')).toEqual(['Oops!\n  Real news continues on this line.', 'Second point.']);
    expect(of(doc, 'junk')).toEqual(['Advertisement']);
    expect(of(doc, 'paragraph')).toEqual(['Body paragraph.', 'Late bullet in the body.']);
  });

  it('takes short blocks after a closing footer for furniture, but keeps paragraphs and early footers', () => {
    const body = 'A paragraph of the article that runs on for a while, as articles do, officials said.';
    const late = clean(
      `Title\n\n${body}\n\n${body}\n\nRead the original article on Reuters\n\nSenate unveils border bill\n\n${body}`,
    );
    expect(of(late, 'junk')).toEqual(['Senate unveils border bill']);
    expect(late.blocks.at(-1)?.kind).toBe('paragraph');
    const early = clean(`Title\n\nCopyright 2021 NPR\n\nShort line after it\n\n${body}\n\n${body}`);
    expect(of(early, 'junk')).toEqual([]);
  });

  it('adds no diagnostic when nothing is excluded', () => {
    expect(clean('Title\n\nJust a body.').diagnostics).toEqual([]);
  });
});
