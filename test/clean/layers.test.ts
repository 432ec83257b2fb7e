import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Document, Span } from '../../src/model/document.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every span of the language layers that touches an excluded block. */
function inExcluded(doc: Document): Span[] {
  const excluded = doc.blocks.filter((b) => b.excluded);
  const layers: Span[] = [...doc.sentences, ...doc.tokens, ...doc.mentions, ...doc.dates];
  return layers.filter((s) => excluded.some((b) => s.start < b.end && b.start < s.end));
}

describe('excluded blocks stay out of every language layer', () => {
  for (const [name, path] of [
    ['seed', '../../examples/seed/article.txt'],
    ['paywall-widgets', 'fixtures/paywall-widgets.txt'],
    ['cookie-propublica', 'fixtures/cookie-propublica.txt'],
    ['portal-bullets', 'fixtures/portal-bullets.txt'],
  ] as const) {
    it(name, () => {
      const doc = analyze(read(path), { published: '2021-10-06' });
      expect(doc.blocks.some((b) => b.excluded)).toBe(true);
      expect(doc.sentences.length).toBeGreaterThan(3);
      expect(inExcluded(doc)).toEqual([]);
      // Sentences stay inside their block.
      for (const s of doc.sentences) {
        const b = doc.blocks[s.block];
        expect(b && b.start <= s.start && s.end <= b.end && !b.excluded).toBe(true);
      }
    });
  }
});
