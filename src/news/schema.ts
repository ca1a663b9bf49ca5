import type Database from 'better-sqlite3';

/** Schema of the store. Passage ids are AUTOINCREMENT so a deleted id is never reused as a vector label. */
export function migrate(db: Database.Database): void {
  // v1 stores had no scope column in the FTS index: rebuild it (from the passages table).
  const ftsColumns = db.prepare("SELECT name FROM pragma_table_info('passages_fts')").pluck().all() as string[];
  if (ftsColumns.length > 0 && !ftsColumns.includes('scope')) {
    db.exec('DROP TRIGGER IF EXISTS passages_ai; DROP TRIGGER IF EXISTS passages_ad; DROP TABLE IF EXISTS passages_vocab; DROP TABLE passages_fts;');
  }
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
    -- scope is indexed too, so a scope filter is part of the MATCH (posting-list intersection)
    -- instead of a join over every match; it gets zero weight in bm25.
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
      text, title, scope, content='passages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
      INSERT INTO passages_fts(rowid, text, title, scope) VALUES (new.id, new.text, new.title, new.scope);
    END;
    CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
      INSERT INTO passages_fts(passages_fts, rowid, text, title, scope) VALUES ('delete', old.id, old.text, old.title, old.scope);
    END;
    CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row');
  `);
  if (ftsColumns.length > 0 && !ftsColumns.includes('scope')) db.exec("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')");
}
