import type Database from 'better-sqlite3';
import { HearsayError } from '../../model/errors.js';

/**
 * The schema, as an ordered list of migrations: never edit one that has
 * shipped, append a new one. `schema_version` records each one applied.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    url TEXT,
    site_name TEXT,
    published TEXT,
    byline TEXT,
    original_publisher TEXT,
    credit_key TEXT,
    text TEXT NOT NULL,
    cluster_id INTEGER REFERENCES clusters(id),
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX articles_cluster ON articles(cluster_id);
  CREATE INDEX articles_credit ON articles(credit_key);

  CREATE TABLE article_sources (
    source TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );

  CREATE TABLE analyses (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    document TEXT NOT NULL
  );

  CREATE TABLE layers (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    model_version TEXT NOT NULL,
    PRIMARY KEY (article_id, layer)
  );

  CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL
  );

  CREATE TABLE attributions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    source TEXT NOT NULL,
    cue TEXT NOT NULL,
    content TEXT NOT NULL,
    kind TEXT NOT NULL,
    confidence REAL NOT NULL,
    by TEXT NOT NULL,
    rule TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    anonymous INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX attributions_speaker ON attributions(speaker_id);
  CREATE INDEX attributions_anonymous ON attributions(anonymous) WHERE anonymous = 1;

  CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    original_id INTEGER REFERENCES articles(id)
  );

  CREATE TABLE signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
  );
  CREATE TABLE lsh (
    bucket TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, article_id)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  END;

  CREATE VIRTUAL TABLE attributions_fts USING fts5(source, content, content='attributions', content_rowid='id');
  CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
    INSERT INTO attributions_fts(rowid, source, content) VALUES (new.id, new.source, new.content);
  END;
  CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
    INSERT INTO attributions_fts(attributions_fts, rowid, source, content)
      VALUES ('delete', old.id, old.source, old.content);
  END;
  `,
  `
  CREATE TABLE markers (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    rule TEXT NOT NULL,
    attribution TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    UNIQUE (article_id, local_id)
  );
  CREATE INDEX markers_type ON markers(type);
  `,
];

/** Applies the migrations not yet applied, each in its own transaction. Safe to run on every open. */
export function migrate(db: Database.Database, file: string): number {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_version (
      version INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
  );
  const current =
    (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  if (current > MIGRATIONS.length) {
    throw new HearsayError(
      'store/too-new',
      `the database has schema version ${current}, newer than this hearsay knows (${MIGRATIONS.length}); upgrade hearsay`,
      file,
    );
  }
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(current + i + 1);
    })();
  });
  return MIGRATIONS.length;
}
