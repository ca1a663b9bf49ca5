import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import type { EmbeddingModel } from '../qa/embeddings.js';
import { migrate } from './schema.js';
import type { Article, Passage, Scope } from './types.js';
import { VectorIndex } from './vector-index.js';
import { stemmer } from 'stemmer';
import type { Chunk } from './chunk.js';

/** An article ready to be written: ids, hashes and passages computed; timestamps come at write. */
export interface PreparedArticle extends Omit<Article, 'ingestedAt' | 'updatedAt'> {
  chunks: Chunk[];
}

/** A passage joined with what a citation needs from its article. */
export interface PassageRow extends Passage {
  scope: Scope;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface ExistingArticle {
  id: string;
  contentHash: string;
  title: string;
  matchedBy: 'url' | 'id' | 'content';
}

const ARTICLE_COLUMNS = `id, scope, title, url, canonical_url AS canonicalUrl, source, author, published_at AS publishedAt,
  text, content_hash AS contentHash, ingested_at AS ingestedAt, updated_at AS updatedAt`;
const PASSAGE_COLUMNS = `p.id, p.article_id AS articleId, p.ord, p.start, p.end, p.text, p.scope, a.title, a.url,
  a.source, a.published_at AS publishedAt`;

/**
 * SQLite (articles, passages, FTS5) plus the HNSW vector file, in one data directory.
 * SQLite is the source of truth; the vector file is rebuilt from it where they disagree.
 */
export class NewsStore {
  readonly db: Database.Database;
  readonly vectors: VectorIndex;
  private scopeOfPassage: Map<number, Scope> | null = null;
  /** Highest passage id this process has vectors for; another process's writes raise it. */
  private knownMaxPassageId = 0;
  private cachedCount: number | null = null;
  private cachedScopes: Set<Scope> | null = null;
  /** Passage-level document frequency of one FTS5 (Porter) term; asked on every search. */
  private readonly vocabDoc: Database.Statement;

  private constructor(
    readonly dir: string,
    readonly model: EmbeddingModel,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.db = new Database(path.join(dir, 'newsdesk.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.vocabDoc = this.db.prepare('SELECT doc FROM passages_vocab WHERE term = ?').pluck();
    const dim = this.getMeta('embedding_dim');
    this.vectors = new VectorIndex(path.join(dir, 'vectors.hnsw'), dim ? Number(dim) : null);
  }

  /**
   * Open (or create) the store. Refuses a store whose vectors came from another embedding model,
   * unless `allowModelChange` (reindex). Re-embeds passages the vector file is missing.
   */
  static async open(dir: string, model: EmbeddingModel, opts: { allowModelChange?: boolean } = {}): Promise<NewsStore> {
    const store = new NewsStore(dir, model);
    const recorded = store.getMeta('embedding_model');
    if (recorded && recorded !== model.modelId && !opts.allowModelChange) {
      store.db.close();
      throw new UserError(
        'model-mismatch',
        `the store in ${dir} was built with embeddings "${recorded}" but newsdesk is now configured for "${model.modelId}"; ` +
          'run `newsdesk reindex` to rebuild its vectors with the new model (or restore the old settings)',
      );
    }
    if (!recorded) store.setMeta('embedding_model', model.modelId);
    model.bindCorpus?.({ df: (token) => store.termDocs(porter(token)), total: () => store.passageCount() });
    if (!opts.allowModelChange || recorded === model.modelId) await store.reconcileVectors();
    return store;
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /**
   * Make the vector file agree with SQLite: embed passages it lacks (a crash after a commit but
   * before the vector file was saved) and drop ids whose passages are gone. Returns how many were embedded.
   */
  async reconcileVectors(batch = 512): Promise<number> {
    const ids = this.db.prepare('SELECT id FROM passages').pluck().all() as number[];
    const inDb = new Set(ids);
    const stale = this.vectors.ids().filter((id) => !inDb.has(id));
    this.vectors.remove(stale);
    const missing = ids.filter((id) => !this.vectors.has(id));
    const getText = this.db.prepare('SELECT text FROM passages WHERE id = ?').pluck();
    for (let i = 0; i < missing.length; i += batch) {
      const slice = missing.slice(i, i + batch);
      const vectors = await this.model.embeddings.embedDocuments(slice.map((id) => getText.get(id) as string));
      this.addVectors(slice, vectors);
    }
    if (stale.length || missing.length) this.vectors.save();
    this.knownMaxPassageId = ids.reduce((m, id) => (id > m ? id : m), this.knownMaxPassageId);
    return missing.length;
  }

  /**
   * Pick up passages another process (the CLI while the bot runs) added since we last looked:
   * one indexed max() per call, a reconcile only when it moved.
   */
  async refresh(): Promise<void> {
    const max = (this.db.prepare('SELECT max(id) FROM passages').pluck().get() as number | null) ?? 0;
    if (max <= this.knownMaxPassageId) return;
    this.scopeOfPassage = null;
    this.cachedCount = null;
    this.cachedScopes = null;
    await this.reconcileVectors();
    this.knownMaxPassageId = max;
  }

  /** Add vectors, recording the dimension the first time. */
  addVectors(ids: number[], vectors: number[][]): void {
    if (ids.length === 0) return;
    const first = this.vectors.dimensions === null;
    this.vectors.add(ids, vectors);
    if (first) this.setMeta('embedding_dim', String(vectors[0]!.length));
  }

  /** The stored article this input would be: same canonical URL, same supplied id, or same content. */
  findExisting(scope: Scope, canonicalUrl: string | null, id: string | null, contentHash: string): ExistingArticle | null {
    const q = (where: string, ...args: unknown[]) =>
      this.db.prepare(`SELECT id, content_hash AS contentHash, title FROM articles WHERE ${where} LIMIT 1`).get(...args) as
        | Omit<ExistingArticle, 'matchedBy'>
        | undefined;
    const byUrl = canonicalUrl ? q('scope = ? AND canonical_url = ?', scope, canonicalUrl) : undefined;
    if (byUrl) return { ...byUrl, matchedBy: 'url' };
    const byId = id ? q('id = ? AND scope = ?', id, scope) : undefined;
    if (byId) return { ...byId, matchedBy: 'id' };
    const byContent = q('scope = ? AND content_hash = ?', scope, contentHash);
    return byContent ? { ...byContent, matchedBy: 'content' } : null;
  }

  /**
   * Write an article and its passages in one transaction, replacing `replaceId` if given.
   * Returns the new passage ids and the ids of passages it replaced.
   */
  writeArticle(a: PreparedArticle, replaceId: string | null, now: string): { passageIds: number[]; removedIds: number[] } {
    const tx = this.db.transaction(() => {
      let removedIds: number[] = [];
      let ingestedAt = now;
      if (replaceId) {
        removedIds = this.db.prepare('SELECT id FROM passages WHERE article_id = ?').pluck().all(replaceId) as number[];
        ingestedAt =
          (this.db.prepare('SELECT ingested_at FROM articles WHERE id = ?').pluck().get(replaceId) as string | undefined) ?? now;
        this.db.prepare('DELETE FROM articles WHERE id = ?').run(replaceId);
      }
      this.db
        .prepare(
          `INSERT INTO articles (id, scope, title, url, canonical_url, source, author, published_at, text, content_hash, ingested_at, updated_at)
           VALUES (@id, @scope, @title, @url, @canonicalUrl, @source, @author, @publishedAt, @text, @contentHash, @ingestedAt, @updatedAt)`,
        )
        .run({ ...a, ingestedAt, updatedAt: now });
      const insert = this.db.prepare(
        'INSERT INTO passages (article_id, scope, ord, start, end, title, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const passageIds = a.chunks.map(
        (c, ord) => Number(insert.run(a.id, a.scope, ord, c.start, c.end, a.title, c.text).lastInsertRowid),
      );
      return { passageIds, removedIds };
    });
    const result = tx();
    this.cachedCount = null;
    this.cachedScopes = null;
    // Our own writes are not news to refresh(): their vectors are added by the caller.
    for (const id of result.passageIds) this.knownMaxPassageId = Math.max(this.knownMaxPassageId, id);
    if (this.scopeOfPassage) {
      for (const id of result.removedIds) this.scopeOfPassage.delete(id);
      for (const id of result.passageIds) this.scopeOfPassage.set(id, a.scope);
    }
    return result;
  }

  /** Delete an article by id or URL (within `scope` when given); returns its removed passage ids, or null. */
  removeArticle(idOrUrl: string, scope?: Scope, canonicalUrl?: string | null): number[] | null {
    const scoped = scope ? ' AND scope = ?' : '';
    const args = scope ? [scope] : [];
    const row = this.db
      .prepare(`SELECT id FROM articles WHERE (id = ? OR url = ? OR canonical_url = ?)${scoped} LIMIT 1`)
      .get(idOrUrl, idOrUrl, canonicalUrl ?? idOrUrl, ...args) as { id: string } | undefined;
    if (!row) return null;
    const removed = this.db.transaction(() => {
      const ids = this.db.prepare('SELECT id FROM passages WHERE article_id = ?').pluck().all(row.id) as number[];
      this.db.prepare('DELETE FROM articles WHERE id = ?').run(row.id);
      return ids;
    })();
    this.cachedCount = null;
    this.cachedScopes = null;
    this.vectors.remove(removed);
    this.vectors.save();
    for (const id of removed) this.scopeOfPassage?.delete(id);
    return removed;
  }

  getArticle(id: string): Article | null {
    return (this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as Article | undefined) ?? null;
  }

  passagesByIds(ids: number[]): Map<number, PassageRow> {
    const out = new Map<number, PassageRow>();
    if (ids.length === 0) return out;
    const rows = this.db
      .prepare(
        `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.id = p.article_id
         WHERE p.id IN (${ids.map(() => '?').join(',')})`,
      )
      .all(...ids) as PassageRow[];
    for (const r of rows) out.set(r.id, r);
    return out;
  }

  /** All passages of an article, in order. */
  passagesOfArticle(articleId: string, limit = 60): PassageRow[] {
    return this.db
      .prepare(`SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.article_id = ? ORDER BY p.ord LIMIT ?`)
      .all(articleId, limit) as PassageRow[];
  }

  /**
   * BM25 over passages (text, and title at lower weight) within the scopes; best first. `words`
   * are OR-ed; words in more than 10% of passages are left out when rarer ones remain: they barely
   * move BM25 but make it score most of the index (30 ms → 6 ms p50 at 100k passages).
   */
  ftsSearch(words: string[], scopes: Scope[], limit: number): { id: number; score: number }[] {
    if (words.length === 0) return [];
    let kept = words;
    const total = this.passageCount();
    if (total >= 2000) {
      const df = words.map((w) => this.termDocs(porter(w)));
      const rare = words.filter((_, i) => df[i]! > 0 && df[i]! <= total * 0.1);
      if (rare.length > 0) kept = words.filter((_, i) => df[i]! <= total * 0.1);
    }
    const terms = kept.map(quoteFts).join(' OR ');
    // With one visible corpus the scope clause would intersect with every passage: skip it.
    const match = this.hasOtherScopes(scopes) ? `(${terms}) AND scope:(${scopes.map(quoteFts).join(' OR ')})` : terms;
    return this.db
      .prepare(
        `SELECT rowid AS id, -bm25(passages_fts, 1.0, 0.4, 0.0) AS score FROM passages_fts
         WHERE passages_fts MATCH ? ORDER BY bm25(passages_fts, 1.0, 0.4, 0.0) LIMIT ?`,
      )
      .all(match, limit) as { id: number; score: number }[];
  }

  /** Does the store hold articles outside `scopes`? Cached until the next write. */
  hasOtherScopes(scopes: Scope[]): boolean {
    if (this.cachedScopes === null) {
      this.cachedScopes = new Set(this.db.prepare('SELECT DISTINCT scope FROM articles').pluck().all() as string[]);
    }
    for (const s of this.cachedScopes) if (!scopes.includes(s)) return true;
    return false;
  }

  /** In how many passages an FTS5 term occurs (0 if none). */
  termDocs(term: string): number {
    return (this.vocabDoc.get(term) as number | undefined) ?? 0;
  }

  /** Number of passages, cached per write (it is asked on every search). */
  passageCount(): number {
    if (this.cachedCount === null) this.cachedCount = this.db.prepare('SELECT count(*) FROM passages').pluck().get() as number;
    return this.cachedCount;
  }

  /** Passage-level document frequencies of FTS terms, and the passage count, for IDF weights. */
  documentFrequencies(terms: string[]): { df: Map<string, number>; total: number } {
    const df = new Map<string, number>();
    for (const t of terms) {
      // Our stems fold British -ise to -ize ("louise" → "louiz"); FTS5's Porter doesn't ("louis").
      const n = this.termDocs(t) || (t.includes('iz') ? this.termDocs(t.replace(/iz/g, 'is')) : 0);
      if (n > 0) df.set(t, n);
    }
    return { df, total: this.passageCount() };
  }


  /** A filter for vector search restricting hits to `scopes`, or undefined when nothing needs hiding. */
  scopeFilter(scopes: Scope[]): ((id: number) => boolean) | undefined {
    if (!this.hasOtherScopes(scopes)) return undefined;
    if (!this.scopeOfPassage) {
      this.scopeOfPassage = new Map();
      for (const r of this.db.prepare('SELECT id, scope FROM passages').iterate() as Iterable<{ id: number; scope: string }>) {
        this.scopeOfPassage.set(r.id, r.scope);
      }
    }
    const allowed = new Set(scopes);
    const map = this.scopeOfPassage;
    return (id) => allowed.has(map.get(id) ?? '');
  }

  /** Re-embed every passage with the configured model, replacing the vector file. */
  async reindex(): Promise<number> {
    this.vectors.reset(null);
    this.db.prepare("DELETE FROM meta WHERE key = 'embedding_dim'").run();
    this.setMeta('embedding_model', this.model.modelId);
    const n = await this.reconcileVectors();
    this.vectors.save();
    return n;
  }

  close(): void {
    this.vectors.save();
    this.db.close();
  }
}

/** A term or phrase as an FTS5 string literal. */
function quoteFts(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** FTS5's porter tokenizer form of a word, to look it up in the vocabulary table. */
function porter(word: string): string {
  return /^[0-9]/.test(word) ? word : stemmer(word.toLowerCase());
}
