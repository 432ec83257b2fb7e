import { describe, expect, it } from 'vitest';
import { classify } from '../clean/classify.js';
import { segment } from '../clean/segment.js';
import { createDocument } from '../model/document.js';
import { tokenize } from './tokens.js';
import { wink } from './wink.js';

/** Our sentences of `text`, as strings. */
function sentences(text: string): string[] {
  const doc = createDocument(text);
  for (const stage of [segment, classify, tokenize]) stage(doc);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

/** wink's own sentence count: each mended case below must be one wink splits. */
const winkCount = (text: string): number => wink().readDoc(text).sentences().length();

describe('mendSentences joins what wink wrongly splits', () => {
  it.each([
    // A party label in parentheses, then a lower-case verb or a comma.
    ['Sen. Johnny Isakson (R-Ga.) said the bill would pass.'],
    ['“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.'],
    [
      'Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the claims were false.',
    ],
    // A dotted title is never a sentence's last word.
    ['The meeting was led by the Rev. Al Sharpton and Sens. Ted Cruz and Marco Rubio.'],
    // A quotation ending in ? or !, then the sentence goes on in lower case.
    ['Protesters chanted “What curfew?” and kept marching until 2 a.m.'],
    ['“Why won’t he release his tax returns?” she asked.'],
    // Glued to the text before: a web address.
    ['The site, HealthCare.gov, crashed on its first day.'],
  ])('%s', (text) => {
    expect(winkCount(text)).toBeGreaterThan(1);
    expect(sentences(text)).toEqual([text]);
  });

  it('gives a closing quote glued to a sentence back to it, and keeps the next sentence apart', () => {
    const text = "He told reporters, ''We are not going anywhere.'' Then he left the room.";
    expect(sentences(text)).toEqual([
      "He told reporters, ''We are not going anywhere.''",
      'Then he left the room.',
    ]);
  });

  it('joins a fragment after an ellipsis that goes on in lower case', () => {
    const text = 'He looked like a grown-up. … he came across as calm, she said.';
    expect(sentences(text)).toEqual([text]);
  });
});

describe('mendSentences keeps real sentence ends', () => {
  it.each([
    ['The ban covers travel to the U.S.', 'The next day, officials said it would be delayed.'],
    ['“I’m sure they will,” he said.', '“It is time.”'],
    ['He said no.', 'But he agreed later.'],
    ['Sanders won 60 percent.', '(See the results here.)', 'Clinton conceded.'],
    ['“Why won’t he release his tax returns?” she asked.', '“He is hiding something.”'],
  ])('%s | %s', (...want) => {
    expect(sentences(want.join(' '))).toEqual(want);
  });

  it('never joins across a block boundary', () => {
    const text = 'The bill was sponsored by Sen. Johnny Isakson (R-Ga.)\n\nand it passed the Senate.';
    expect(sentences(text)).toEqual([
      'The bill was sponsored by Sen. Johnny Isakson (R-Ga.)',
      'and it passed the Senate.',
    ]);
  });
});
