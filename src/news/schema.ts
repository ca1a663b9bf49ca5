import type Database from 'better-sqlite3';

/** Schema of the store. Passage ids are AUTOINCREMENT so a deleted id is never reused as a vector label. */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY,
      scope TEXT NOT NULL,
      title TEXT NOT NULL,
      url TEXT,
      canonical_url TEXT,
      source TEXT,
      author TEXT,
      published_at TEXT,
      text TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS articles_scope_url ON articles(scope, canonical_url) WHERE canonical_url IS NOT NULL;
    CREATE INDEX IF NOT EXISTS articles_scope_hash ON articles(scope, content_hash);
    CREATE INDEX IF NOT EXISTS articles_scope_date ON articles(scope, published_at);
    CREATE TABLE IF NOT EXISTS passages (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      scope TEXT NOT NULL,
      ord INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      title TEXT NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS passages_article ON passages(article_id);
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
      text, title, content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
      INSERT INTO passages_fts(rowid, text, title) VALUES (new.id, new.text, new.title);
    END;
    CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
      INSERT INTO passages_fts(passages_fts, rowid, text, title) VALUES ('delete', old.id, old.text, old.title);
    END;
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row');
  `);
}
