import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html.js';
import type { HearsayError } from '../../src/model/errors.js';
import { analyze } from '../../src/pipeline.js';
import { thrown } from '../hearsay-error.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

function paragraphsOf(text: string): string[] {
  return text.split('\n\n');
}

describe('extractHtml', () => {
  it('keeps headline and body of a page with header, nav, ads, share bar, related links, comments and footer', () => {
    const { text, meta } = extractHtml(fixture('nested-layout.html'));
    const paras = paragraphsOf(text);
    expect(paras[0]).toBe('City council delays vote on harbour bridge after cost warning');
    expect(paras[1]).toMatch(/^The city council postponed its vote/);
    expect(text).toContain(
      '“We cannot ask residents to sign a blank cheque,” council leader Anne Whitfield told',
    );
    expect(text).toContain('Residents divided');
    expect(paras.at(-1)).toBe(
      'The council said a revised business case would be published in June and a vote held before the summer recess.',
    );
    for (const junk of [
      'We use cookies',
      'Subscribe for',
      'Politics',
      'Advertisement',
      'Share on Facebook',
      'Related stories',
      'Why steel prices keep rising',
      'morning briefing',
      'harbourwatcher',
      'Typical. They always find a reason',
      'Most read',
      'All rights reserved',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
    expect(meta).toEqual({
      format: 'html',
      title: 'City council delays vote on harbour bridge after cost warning',
      byline: 'Maria Jensen',
      published: '2024-05-14T08:30:00+01:00',
      siteName: 'The Coastal Herald',
      url: 'https://www.coastalherald.example/news/2024/05/14/harbour-bridge-vote-delayed',
    });
  });

  it('reads NewsArticle JSON-LD inside @graph with a @type list, past a broken JSON-LD block', () => {
    const { text, meta } = extractHtml(fixture('jsonld.html'));
    expect(meta.title).toBe('Drug trial results were overstated, regulator says');
    expect(meta.byline).toBe('Samuel Achebe, Lena Fischer');
    expect(meta.published).toBe('2023-11-02T16:05:00Z');
    expect(meta.siteName).toBe('Meridian News');
    expect(meta.url).toBe('https://meridian.example/health/2023/11/02/drug-trial-overstated');
    const paras = paragraphsOf(text);
    expect(paras[0]).toBe('Drug trial results were overstated, regulator says');
    expect(paras).toHaveLength(7);
    expect(paras[3]).toMatch(
      /^"The headline figure does not survive a basic reanalysis," the agency's chief/,
    );
    for (const junk of [
      'More from Meridian',
      'Bees can count',
      'Trending',
      'Sign in',
      'Premium',
      'Topics:',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('unescapes HTML entities in JSON-LD and keeps the headline on one line', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Q&amp;A:\n  what the regulator&#8217;s report says',
    };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${fixture('jsonld.html').match(/<div class="article-text">[\s\S]*?<\/div>/)?.[0]}</article></body></html>`;
    const { text, meta } = extractHtml(page);
    expect(meta.title).toBe('Q&A: what the regulator’s report says');
    expect(text.split('\n')[0]).toBe('Q&A: what the regulator’s report says');
  });

  it('reads meta tags alone, resolves a relative canonical link, and keeps list items as bullets', () => {
    const { text, meta } = extractHtml(fixture('meta-only.html'), 'https://valleygazette.example/news?id=77');
    expect(meta).toMatchObject({
      title: 'Mine owner fined over river pollution',
      byline: 'Ruth Kamau',
      published: '2022-09-21',
      siteName: 'Valley Gazette',
      url: 'https://valleygazette.example/environment/mine-owner-fined-river-pollution',
    });
    const paras = paragraphsOf(text);
    expect(paras).toContain('  • Inspectors found the alarm on the pump had been switched off.');
    expect(paras[1]).toMatch(/^A mining company has been fined £450,000/);
    expect(text).toContain('"It will take years for the fish to come back," said Colin Reid');
    for (const junk of [
      'by Ruth Kamau',
      'Latest news',
      'Advertise with us',
      'Share this',
      'See also',
      'Hundreds of fish',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('survives unclosed tags, a missing <html> and <body>, and stray end tags', () => {
    const { text, meta } = extractHtml(fixture('malformed.html'));
    const paras = paragraphsOf(text);
    expect(paras[0]).toBe('Fire crews tackle blaze at recycling plant');
    expect(paras).toHaveLength(5);
    expect(paras[2]).toBe(
      'Thick black smoke could be seen for miles, and residents in nearby streets were told to keep their windows and doors closed & stay indoors.',
    );
    expect(text).not.toContain('Third fire there');
    expect(text).not.toContain('Weather');
    expect(meta).toMatchObject({ siteName: 'Northern Echo Online', published: '2021-07-03' });
  });

  it("lays out a syndicated page like scraped text: bullets, broken widgets' lines, the source footer", () => {
    const { text, meta } = extractHtml(fixture('syndicated.html'));
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Ex-minister accused of hiding consultancy fees, newspaper says',
      '',
      '  • Oops!',
      '    Something went wrong.',
      '    Please try again later.',
      '',
    ]);
    expect(text).toContain(
      '\n\n  • Documents seen by the paper show payments of more than £80,000 over two years.\n\nA former trade minister was paid',
    );
    expect(text.endsWith('\n\nRead the original article on Daily Ledger')).toBe(true);
    for (const junk of [
      'Recommended Stories',
      'Stock markets slide',
      'Accept all',
      'Search the web',
      'Facebook',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
    expect(meta).toMatchObject({
      byline: 'Chris Dale',
      published: '2023-03-09T14:12:00.000Z',
      siteName: 'Portal News',
    });
  });

  it('gives the pipeline what it gives scraped text: the widget error and the footer are excluded', () => {
    const { text, meta } = extractHtml(fixture('syndicated.html'));
    const doc = analyze(text, meta);
    const excluded = doc.blocks.filter((b) => b.excluded).map((b) => text.slice(b.start, b.end));
    expect(excluded).toEqual(
      expect.arrayContaining(
        ['Oops!', 'Read the original article on Daily Ledger'].map((t) => expect.stringContaining(t)),
      ),
    );
    expect(
      doc.blocks.find((b) => text.slice(b.start, b.end).startsWith('A former trade minister was paid'))
        ?.excluded,
    ).toBe(false);
  });

  it('refuses a page with no article, saying so', () => {
    const e = thrown(() => extractHtml(fixture('no-article.html'), 'https://meridian.example/login'));
    expect(e.code).toBe('ingest/no-article');
    expect(e.file).toBe('https://meridian.example/login');
  });

  it('never crashes on tag soup: it yields text or ingest/no-article', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="x">',
        '</div>',
        '<br>',
        '<li>',
        '<ul>',
        '<table><td>',
        '<!--',
        '-->',
        '<script>',
        '&amp;',
        '&#x1F600;',
        '<',
      ),
      fc.string({ maxLength: 80 }),
      fc.constant(
        'The minister said on Tuesday that the decision was final and would not be reviewed, despite protests. ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          const { text } = extractHtml(pieces.join(''));
          expect(text.length).toBeGreaterThan(0);
        } catch (e) {
          expect((e as HearsayError).code).toBe('ingest/no-article');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never crashes on broken markup: any cut of a page yields text or ingest/no-article', () => {
    const page = fixture('nested-layout.html');
    for (let cut = 0; cut < page.length; cut += 401) {
      for (const html of [page.slice(0, cut), page.slice(cut)]) {
        try {
          const { text } = extractHtml(html);
          expect(text.length).toBeGreaterThan(200);
        } catch (e) {
          expect((e as HearsayError).code).toBe('ingest/no-article');
        }
      }
    }
  });
});
