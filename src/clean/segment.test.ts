import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document.js';
import { isBullet, segment } from './segment.js';

function blocks(text: string): string[] {
  const doc = createDocument(text);
  segment(doc);
  return doc.blocks.map((b) => text.slice(b.start, b.end));
}

describe('segment', () => {
  it('keeps an indented bullet continuation in its bullet, without the marker', () => {
    const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');
    const got = blocks(seed);
    expect(got[1]).toBe('Oops!\n    Something went wrong.\n    Please try again later.');
    expect(got.filter((b) => b.startsWith('Oops!'))).toHaveLength(3);
    expect(got[4]).toMatch(/^Donald Trump made a mysterious call .* Politico reports\.$/);
    expect(got.at(-1)).toBe('Read the original article on Business Insider');
  });

  it('makes one block per line when paragraphs are separated by single newlines', () => {
    const text = '“First quote.” ― Ana Ruiz\n“Second quote.” ― Tom Lee\n\nGetty/Instagram.\n';
    expect(blocks(text)).toEqual([
      '“First quote.” ― Ana Ruiz',
      '“Second quote.” ― Tom Lee',
      'Getty/Instagram.',
    ]);
  });

  it('joins soft-wrapped lines and wire "headline;" lines, but not across a blank line', () => {
    const text =
      "Clinton hints at husband's job; \nRemarks on effort to lift economy.\n\nEditor’s note: Trump regularly\nincites\npolitical violence.\n\nnext paragraph";
    expect(blocks(text)).toEqual([
      "Clinton hints at husband's job; \nRemarks on effort to lift economy.",
      'Editor’s note: Trump regularly\nincites\npolitical violence.',
      'next paragraph',
    ]);
  });

  it('starts a new block at each bullet and handles CRLF line ends', () => {
    const text = 'Title\r\n\r\n - one\r\n   still one\r\n - two\r\n----\r\n';
    const doc = createDocument(text);
    segment(doc);
    expect(doc.blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Title',
      'one\r\n   still one',
      'two',
      '----',
    ]);
    expect(doc.blocks.map((b) => isBullet(doc, b))).toEqual([false, true, true, false]);
  });

  it('yields no block for empty or blank text', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks(' \n\t\n \u00a0 ')).toEqual([]);
  });
});
