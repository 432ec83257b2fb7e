import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleFacts } from '../../corpus/facts.js';
import { normaliseForHash } from '../../corpus/hash.js';
import { bandKeys, DUPLICATE_THRESHOLD, similarity } from '../../corpus/minhash.js';
import { speakerKey } from '../../corpus/names.js';
import { likelyOriginal, publisherKey } from '../../corpus/original.js';
import { HearsayError } from '../../model/errors.js';
import { migrate } from './migrations.js';
import type {
  ArticleItem,
  ArticleQuery,
  ClusterItem,
  CorpusStore,
  NewArticle,
  SpeakerItem,
  Statement,
} from './store.js';

/** sha256 of the text with whitespace collapsed and lowercased. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

/** A user's search words as an FTS5 query: each word quoted, so FTS5 syntax in the input is inert. */
function ftsQuery(q: string): string | undefined {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : undefined;
}

function firstLine(text: string): string {
  return (text.trim().split('\n')[0] ?? '').trim().slice(0, 300);
}

const clamp = (n: number | undefined, fallback: number, max: number): number =>
  Number.isInteger(n) && (n as number) >= 0 ? Math.min(n as number, max) : fallback;

const ITEM = `SELECT a.id, a.title, a.source, a.published, a.site_name AS siteName, a.cluster_id AS cluster,
  (SELECT count(*) FROM attributions t WHERE t.article_id = a.id) AS attributions FROM articles a`;

type ItemRow = Omit<ArticleItem, 'cluster'> & { cluster: number | null };
function item(row: ItemRow): ArticleItem {
  const { cluster, ...rest } = row;
  return cluster === null ? rest : { ...rest, cluster };
}

const STATEMENT = `SELECT t.article_id AS articleId, a.title, t.source, t.cue, t.content, t.confidence
  FROM attributions t JOIN articles a ON a.id = t.article_id`;

const SPEAKER = `SELECT s.key, s.name, s.type, count(t.id) AS statements, count(DISTINCT t.article_id) AS articles
  FROM speakers s JOIN attributions t ON t.speaker_id = s.id`;

/** Opens (creating if needed) the SQLite store at `file`, in WAL mode, migrated to the current schema. */
export function openStore(file: string): CorpusStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (e) {
    if (e instanceof HearsayError) throw e;
    throw new HearsayError('store/open', `cannot open the database: ${(e as Error).message}`, file, {
      cause: e,
    });
  }
  return new SqliteStore(db);
}

class SqliteStore implements CorpusStore {
  constructor(private readonly db: Database.Database) {}

  findByText(text: string): number | undefined {
    const row = this.db.prepare('SELECT id FROM articles WHERE hash = ?').get(contentHash(text)) as
      | { id: number }
      | undefined;
    return row?.id;
  }

  findBySource(source: string): number | undefined {
    const row = this.db
      .prepare('SELECT article_id AS id FROM article_sources WHERE source = ?')
      .get(source) as { id: number } | undefined;
    return row?.id;
  }

  addSource(id: number, source: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO article_sources (source, article_id) VALUES (?, ?)')
      .run(source, id);
  }

  add(article: NewArticle): { id: number; added: boolean } {
    return this.db.transaction(() => {
      const existing = this.findByText(article.text);
      const id = existing ?? this.insert(article);
      for (const source of article.sources ?? []) this.addSource(id, source);
      return { id, added: existing === undefined };
    })();
  }

  private insert({ text, meta, document, facts }: NewArticle): number {
    const { db } = this;
    const id = Number(
      db
        .prepare(
          `INSERT INTO articles (hash, title, source, url, site_name, published, byline, original_publisher, credit_key, text)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          contentHash(text),
          meta.title ?? (firstLine(text) || null),
          meta.source ?? meta.url ?? null,
          meta.url ?? null,
          meta.siteName ?? null,
          meta.published ?? null,
          meta.byline ?? null,
          meta.originalPublisher ?? null,
          meta.originalPublisher ? publisherKey(meta.originalPublisher) : null,
          text,
        ).lastInsertRowid,
    );
    db.prepare('INSERT INTO analyses (article_id, document) VALUES (?, ?)').run(id, document);
    const layer = db.prepare('INSERT INTO layers (article_id, layer, model_version) VALUES (?, ?, ?)');
    for (const [name, version] of Object.entries(facts.layers)) layer.run(id, name, version);
    this.insertAttributions(id, facts);
    const marker = db.prepare(
      `INSERT INTO markers (article_id, local_id, type, text, rule, attribution, start, "end")
       VALUES (@articleId, @localId, @type, @text, @rule, @attribution, @start, @end)`,
    );
    for (const m of facts.markers) marker.run({ articleId: id, ...m });
    this.cluster(id, facts.signature);
    return id;
  }

  private insertAttributions(articleId: number, facts: ArticleFacts): void {
    const speaker = this.db.prepare(
      `INSERT INTO speakers (key, name, type) VALUES (@key, @name, @type)
       ON CONFLICT (key) DO UPDATE SET
         name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END,
         type = CASE WHEN type = 'unknown' THEN excluded.type ELSE type END
       RETURNING id`,
    );
    const insert = this.db.prepare(
      `INSERT INTO attributions (article_id, local_id, source, cue, content, kind, confidence, by, rule, speaker_id, anonymous)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of facts.attributions) {
      const speakerId = a.speaker ? (speaker.get(a.speaker) as { id: number }).id : null;
      insert.run(
        articleId,
        a.localId,
        a.source,
        a.cue,
        a.content,
        a.kind,
        a.confidence,
        a.by,
        a.rule,
        speakerId,
        a.anonymous ? 1 : 0,
      );
    }
  }

  /** Joins the article to the story cluster of its near-duplicates (merging clusters it bridges). */
  private cluster(id: number, sig: number[]): void {
    const { db } = this;
    const keys = bandKeys(sig);
    const candidates = db
      .prepare(
        `SELECT DISTINCT l.article_id AS id, s.signature, a.cluster_id AS cluster FROM lsh l
         JOIN signatures s ON s.article_id = l.article_id JOIN articles a ON a.id = l.article_id
         WHERE l.bucket IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(keys)) as { id: number; signature: Buffer; cluster: number | null }[];
    db.prepare('INSERT INTO signatures (article_id, signature) VALUES (?, ?)').run(
      id,
      Buffer.from(Uint32Array.from(sig).buffer),
    );
    const bucket = db.prepare('INSERT OR IGNORE INTO lsh (bucket, article_id) VALUES (?, ?)');
    for (const key of keys) bucket.run(key, id);

    const copies = candidates.filter((c) => {
      const other = new Uint32Array(c.signature.buffer, c.signature.byteOffset, c.signature.byteLength / 4);
      return similarity(sig, Array.from(other)) >= DUPLICATE_THRESHOLD;
    });
    if (copies.length === 0) return;
    const clusters = [...new Set(copies.flatMap((c) => (c.cluster === null ? [] : [c.cluster])))].sort(
      (a, b) => a - b,
    );
    const target =
      clusters[0] ??
      Number(db.prepare('INSERT INTO clusters (original_id) VALUES (NULL)').run().lastInsertRowid);
    const join = db.prepare('UPDATE articles SET cluster_id = ? WHERE id = ?');
    for (const member of [id, ...copies.map((c) => c.id)]) join.run(target, member);
    for (const other of clusters.slice(1)) {
      db.prepare('UPDATE articles SET cluster_id = ? WHERE cluster_id = ?').run(target, other);
      db.prepare('DELETE FROM clusters WHERE id = ?').run(other);
    }
    const members = db
      .prepare(
        `SELECT id, site_name AS siteName, original_publisher AS originalPublisher, published
         FROM articles WHERE cluster_id = ?`,
      )
      .all(target) as {
      id: number;
      siteName: string | null;
      originalPublisher: string | null;
      published: string | null;
    }[];
    db.prepare('UPDATE clusters SET original_id = ? WHERE id = ?').run(likelyOriginal(members) ?? id, target);
  }

  document(id: number): unknown {
    const row = this.db.prepare('SELECT document FROM analyses WHERE article_id = ?').get(id) as
      | { document: string }
      | undefined;
    return row ? JSON.parse(row.document) : undefined;
  }

  articles(query: ArticleQuery = {}): { total: number; items: ArticleItem[] } {
    const limit = clamp(query.limit, 20, 200);
    const offset = clamp(query.offset, 0, Number.MAX_SAFE_INTEGER);
    const match = query.q ? ftsQuery(query.q) : undefined;
    if (query.q && !match) return { total: 0, items: [] };
    if (match) {
      const total = (
        this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as {
          n: number;
        }
      ).n;
      const rows = this.db
        .prepare(
          `${ITEM} JOIN articles_fts f ON f.rowid = a.id WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
        )
        .all(match, limit, offset) as ItemRow[];
      return { total, items: rows.map(item) };
    }
    const total = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const rows = this.db
      .prepare(`${ITEM} ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?`)
      .all(limit, offset) as ItemRow[];
    return { total, items: rows.map(item) };
  }

  speakers(query: { q?: string; limit?: number } = {}): { items: SpeakerItem[] } {
    const limit = clamp(query.limit, 100, 1000);
    const like = `%${(query.q ?? '').toLowerCase().replace(/[%_\\]/gu, (c) => `\\${c}`)}%`;
    const items = this.db
      .prepare(
        `${SPEAKER} WHERE s.key LIKE ? ESCAPE '\\' OR lower(s.name) LIKE ? ESCAPE '\\'
         GROUP BY s.id ORDER BY statements DESC, s.key LIMIT ?`,
      )
      .all(like, like, limit) as SpeakerItem[];
    return { items };
  }

  speaker(key: string): { speaker: SpeakerItem; statements: Statement[] } | undefined {
    const speaker = this.db.prepare(`${SPEAKER} WHERE s.key = ? GROUP BY s.id`).get(key) as
      | SpeakerItem
      | undefined;
    if (!speaker) return undefined;
    const statements = this.db
      .prepare(
        `${STATEMENT} JOIN speakers s ON s.id = t.speaker_id WHERE s.key = ?
         ORDER BY a.published IS NULL, a.published DESC, t.article_id, t.id`,
      )
      .all(key) as Statement[];
    return { speaker, statements };
  }

  clusters(): { items: ClusterItem[] } {
    const rows = this.db
      .prepare(
        `SELECT c.id AS cluster, c.original_id AS originalId, a.id, a.title, a.site_name AS siteName, a.published
         FROM clusters c JOIN articles a ON a.cluster_id = c.id ORDER BY c.id, a.published IS NULL, a.published, a.id`,
      )
      .all() as {
      cluster: number;
      originalId: number;
      id: number;
      title: string | null;
      siteName: string | null;
      published: string | null;
    }[];
    const byId = new Map<number, ClusterItem>();
    for (const { cluster, originalId, ...member } of rows) {
      const entry = byId.get(cluster) ?? {
        id: cluster,
        original: { id: originalId, title: null, siteName: null },
        members: [],
      };
      entry.members.push(member);
      if (member.id === originalId)
        entry.original = { id: member.id, title: member.title, siteName: member.siteName };
      byId.set(cluster, entry);
    }
    return { items: [...byId.values()] };
  }

  reliesOn(name: string): ArticleItem[] {
    const words = name.match(/[\p{L}\p{N}]+/gu);
    const rows = this.db
      .prepare(
        `${ITEM} WHERE a.id IN (
           SELECT t.article_id FROM attributions t JOIN speakers s ON s.id = t.speaker_id WHERE s.key = @key
           UNION SELECT id FROM articles WHERE credit_key = @credit
           UNION SELECT t.article_id FROM attributions t JOIN attributions_fts f ON f.rowid = t.id
             WHERE @phrase IS NOT NULL AND attributions_fts MATCH 'source : ' || @phrase)
         ORDER BY a.published IS NULL, a.published DESC, a.id DESC`,
      )
      .all({
        key: speakerKey(name),
        credit: publisherKey(name),
        phrase: words ? `"${words.join(' ')}"` : null,
      }) as ItemRow[];
    return rows.map(item);
  }

  anonymousClaims(query: { limit?: number } = {}): Statement[] {
    return this.db
      .prepare(
        `${STATEMENT} WHERE t.anonymous = 1 ORDER BY a.published IS NULL, a.published DESC, t.article_id, t.id LIMIT ?`,
      )
      .all(clamp(query.limit, 100, 10_000)) as Statement[];
  }

  layers(id: number): Record<string, string> {
    const rows = this.db
      .prepare('SELECT layer, model_version AS v FROM layers WHERE article_id = ?')
      .all(id) as {
      layer: string;
      v: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.layer, r.v]));
  }

  close(): void {
    this.db.close();
  }
}
