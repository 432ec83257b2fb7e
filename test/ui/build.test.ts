import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ensureWebBuilt } from './harness.js';

// The server's CSP allows only same-origin scripts and styles: the build must inline nothing.
describe('web build', () => {
  ensureWebBuilt();
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');

  it('loads every script and style from a file', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('emits no data: URLs that the CSP would block', () => {
    for (const file of readdirSync(join(DIST, 'assets')))
      expect(readFileSync(join(DIST, 'assets', file), 'utf8'), file).not.toMatch(/url\(\s*["']?data:/);
  });

  it('never writes HTML strings into the page', () => {
    const js = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    for (const file of js)
      expect(readFileSync(join(DIST, 'assets', file), 'utf8'), file).not.toMatch(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/,
      );
  });
});
