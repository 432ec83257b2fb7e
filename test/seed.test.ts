import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const seed = readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8');

describe('seed article', () => {
  it('tokens lie inside the text and match it', () => {
    const doc = analyze(seed);
    expect(doc.tokens.length).toBeGreaterThan(500);
    for (const t of doc.tokens) expect(seed.slice(t.start, t.end)).toBe(t.text);
  });
});
