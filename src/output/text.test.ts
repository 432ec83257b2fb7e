import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../clean/classify.js';
import { segment } from '../clean/segment.js';
import { createDocument, type Document } from '../model/document.js';
import { renderText } from './text.js';

function clean(text: string): Document {
  const doc = createDocument(text);
  segment(doc);
  classify(doc);
  return doc;
}

describe('renderText', () => {
  const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');
  const out = renderText(clean(seed));

  it('gives the seed as a reader sees it: headline, key points, body, no junk or footer', () => {
    const parts = out.split('\n\n');
    expect(parts[0]).toBe(
      'Trump made a secret call to Vladimir Putin just before the 2020 election, report says',
    );
    expect(parts[1]?.split('\n')).toEqual([
      '• Donald Trump made a mysterious call to Vladimir Putin just before the 2020 election, Politico reports.',
      '• A filmmaker recording Trump said he had an interview with Trump cancelled so he could call Putin.',
      "• At the time, Putin had just rebuffed false claims Trump was pushing about Joe Biden's son, Hunter.",
    ]);
    expect(parts).toHaveLength(2 + 16);
    expect(parts.at(-1)).toMatch(/^Holder has handed over .* this week\.\n$/);
    expect(out).not.toMatch(/Oops|Something went wrong|try again|Read the original/);
  });

  it('copies body paragraphs verbatim from the text', () => {
    for (const para of out.trimEnd().split('\n\n').slice(2)) expect(seed).toContain(para);
  });

  it('joins the lines of a wrapped block with single spaces and leaves bylines out', () => {
    const text =
      'Title\r\n\r\nBy Jane Doe\r\n\r\n  - Point one\r\n    goes on\r\n\r\nBody that wraps\r\nonto a second line.\r\n';
    expect(renderText(clean(text))).toBe(
      'Title\n\n• Point one goes on\n\nBody that wraps onto a second line.\n',
    );
  });

  it('renders an empty or all-junk page as empty text', () => {
    expect(renderText(clean(''))).toBe('');
    expect(renderText(clean('Advertisement\n\nLoading...'))).toBe('');
  });
});
