import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../src/model/document.js';
import { MIGRATIONS } from '../src/node/store/migrations.js';
import { openStore } from '../src/node/store/sqlite.js';
import type { CorpusStore } from '../src/node/store/store.js';
import { devDocuments, seedDocument, seedText, toNew } from './store-fixtures.js';

const lines = seedText.trimEnd().split('\n');
/** Yahoo's copy of the Business Insider story: the seed as it is, crediting Business Insider in its footer. */
const yahooCopy = seedDocument(seedText, {
  source: 'yahoo.txt',
  siteName: 'Yahoo News',
  published: '2022-06-17',
  originalPublisher: 'Business Insider',
});
/** The original: another headline, no syndication footer, published a day later than the copy claims. */
const originalText = [
  'Trump called Putin days before the 2020 election, filmmaker says',
  ...lines.slice(1, -1),
].join('\n');
const original = seedDocument(originalText, {
  source: 'bi.txt',
  siteName: 'Business Insider',
  published: '2022-06-18',
});

/** The suite every CorpusStore implementation must pass. */
function storeSuite(name: string, open: () => CorpusStore) {
  describe(`${name} store`, () => {
    let store: CorpusStore;
    let seedId: number;
    let devIds: number[];
    const dev = devDocuments(10);

    beforeAll(() => {
      store = open();
      seedId = store.add(toNew(yahooCopy, ['yahoo.txt'])).id;
      devIds = dev.map((d) => store.add(toNew(d, [d.meta.source as string])).id);
    });
    afterAll(() => store.close());

    it('stores an article once, whatever its whitespace and case', () => {
      const rewrapped = createDocument(seedText.replace(/\n\n/g, '\n   \n').toUpperCase());
      const again = store.add(toNew(rewrapped, ['mirror.txt']));
      expect(again).toEqual({ id: seedId, added: false });
      expect(store.findByText(seedText)).toBe(seedId);
      expect(store.findBySource('mirror.txt')).toBe(seedId);
      expect(store.findBySource('yahoo.txt')).toBe(seedId);
      expect(store.articles().total).toBe(11);
    });

    it('returns the stored analysis and the version of each layer', () => {
      const doc = store.document(seedId) as { text: string; attributions: unknown[] };
      expect(doc.text).toBe(seedText);
      expect(doc.attributions).toHaveLength(5);
      expect(store.layers(seedId)).toEqual({ attributions: 'gold/polnear-1' });
      expect(store.document(999_999)).toBeUndefined();
    });

    it('finds articles by full-text search over bodies and titles', () => {
      const hits = store.articles({ q: 'British filmmaker' });
      expect(hits.items.map((i) => i.id)).toEqual([seedId]);
      expect(hits.items[0]).toMatchObject({ source: 'yahoo.txt', siteName: 'Yahoo News', attributions: 5 });
      const clinton = store.articles({ q: 'Clinton', limit: 3 });
      expect(clinton.total).toBeGreaterThan(3);
      expect(clinton.items).toHaveLength(3);
      expect(store.articles({ q: 'Clinton', limit: 3, offset: 3 }).items[0]?.id).not.toBe(
        clinton.items[0]?.id,
      );
      // FTS5 operators in user input are searched as words, not parsed.
      expect(store.articles({ q: 'Putin* AND "filmmaker' }).items.map((i) => i.id)).toContain(seedId);
      expect(store.articles({ q: '"*' })).toEqual({ total: 0, items: [] });
    });

    it('merges speakers across articles and lists what they said', () => {
      const trump = store.speakers({ q: 'trump' }).items.find((s) => s.key === 'donald trump');
      expect(trump?.articles).toBeGreaterThan(1);
      const detail = store.speaker('donald trump');
      expect(detail?.statements).toHaveLength(trump?.statements as number);
      expect(new Set(detail?.statements.map((s) => s.articleId)).size).toBe(trump?.articles);
      expect(detail?.statements.every((s) => devIds.includes(s.articleId))).toBe(true);
      // "Holder said" resolves to the Alex Holder of the same article.
      const holder = store.speaker('alex holder');
      expect(holder?.statements.map((s) => s.content)).toEqual([
        'he had been scheduled to film an interview',
        'That interview was abruptly cancelled',
      ]);
      expect(store.speaker('holder')).toBeUndefined();
      expect(store.speaker('nobody at all')).toBeUndefined();
    });

    it('lists claims resting on anonymous sources', () => {
      const claims = store.anonymousClaims();
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source).toMatch(/source|official|aide|people|adviser|insider|person/i);
    });

    it('finds the articles relying on an outlet', () => {
      expect(store.reliesOn('Politico').map((a) => a.id)).toContain(seedId);
      expect(store.reliesOn('Business Insider').map((a) => a.id)).toEqual([seedId]);
    });

    it('clusters a syndicated copy with its original and names the one credited', () => {
      expect(store.clusters().items).toEqual([]);
      const id = store.add(toNew(original, ['bi.txt'])).id;
      const [cluster, ...rest] = store.clusters().items;
      expect(rest).toEqual([]);
      expect(cluster?.original).toEqual({
        id,
        title: originalText.split('\n')[0],
        siteName: 'Business Insider',
      });
      expect(cluster?.members.map((m) => m.id).sort()).toEqual([seedId, id].sort());
      expect(store.articles({ q: 'filmmaker' }).items.every((i) => i.cluster === cluster?.id)).toBe(true);
      expect(store.articles({ q: 'Clinton' }).items.every((i) => i.cluster === undefined)).toBe(true);
    });
  });
}

storeSuite('SQLite', () => openStore(':memory:'));

describe('SQLite store file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates once: reopening keeps the data and applies nothing again', () => {
    const file = join(dir, 'nested', 'hearsay.db');
    const store = openStore(file);
    const { id } = store.add(toNew(original, ['bi.txt']));
    store.close();
    const again = openStore(file);
    expect(again.findBySource('bi.txt')).toBe(id);
    again.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').all();
    expect(versions).toEqual(MIGRATIONS.map((_, i) => ({ version: i + 1 })));
    db.close();
  });

  it('refuses a database from a newer hearsay', () => {
    const file = join(dir, 'future.db');
    const db = new Database(file);
    db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)');
    db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length + 1);
    db.close();
    expect(() => openStore(file)).toThrow(/newer than this hearsay knows/);
  });
});
