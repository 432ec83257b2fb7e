import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLNEAR, POLNEAR_DEV } from '../../scripts/shared-data.js';
import { classify } from '../../src/clean/classify.js';
import { segment } from '../../src/clean/segment.js';
import { createDocument } from '../../src/model/document.js';
import { readPolnear } from '../../src/node/polnear.js';

describe('cleaning PolNeAR dev articles (clean news text)', () => {
  const articles = readPolnear(POLNEAR_DEV).map((a) => {
    const doc = createDocument(a.text);
    segment(doc);
    classify(doc);
    return { ...a, doc };
  });

  it('marks under 1% of the characters as junk or footer', () => {
    let excluded = 0;
    let total = 0;
    for (const { text, doc } of articles) {
      total += text.length;
      for (const b of doc.blocks) if (b.excluded) excluded += b.end - b.start;
    }
    expect(articles.length).toBe(84);
    expect(excluded / total).toBeLessThan(0.01);
  });

  it('never excludes text a gold attribution covers', () => {
    for (const { name, relations, doc } of articles) {
      const spans = relations.flatMap((r) => [...r.source, ...r.cue, ...r.content]);
      for (const b of doc.blocks.filter((x) => x.excluded)) {
        const hit = spans.find((s) => s.start < b.end && b.start < s.end);
        expect({ name, excluded: doc.text.slice(b.start, b.end), hit }).toEqual({
          name,
          excluded: doc.text.slice(b.start, b.end),
          hit: undefined,
        });
      }
    }
  });

  it('takes the first line, the title, as the headline', () => {
    for (const { name, text, doc } of articles) {
      const first = text.split('\n')[0]?.trim();
      const headline = doc.blocks.find((b) => b.kind === 'headline');
      expect({
        name,
        headline: headline && text.slice(headline.start, headline.end).split('\n')[0]?.trim(),
      }).toEqual({
        name,
        headline: first,
      });
    }
  });

  it('matches every headline to its title when the title is known', () => {
    const titles = new Map(
      readFileSync(`${POLNEAR}metadata.tsv`, 'utf8')
        .split('\n')
        .map((line) => line.split('\t'))
        .map((cols) => [cols[1], cols[7]]),
    );
    const rules = articles.map(({ name, text }) => {
      const doc = createDocument(text, { title: titles.get(name) });
      segment(doc);
      classify(doc);
      return { name, rule: doc.blocks.find((b) => b.kind === 'headline')?.why.rule };
    });
    expect(rules.filter((r) => r.rule !== 'headline/title')).toEqual([]);
  });
});
