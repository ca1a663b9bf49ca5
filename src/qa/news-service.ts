import fs from 'node:fs';
import { UserError } from '../errors.js';
import { ingestInputs } from '../news/ingest.js';
import { canonicalizeUrl } from '../news/identity.js';
import type { NewsStore } from '../news/store.js';
import { GLOBAL_SCOPE, type Scope } from '../news/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createExtractiveAnswerer } from './extractive.js';
import { rewriteFollowUp } from './followup.js';
import { retrieve } from './retriever.js';
import type { Answerer, ArticleSummary, NewsService, QueryOptions, SearchHit } from './types.js';
import type { RankedPassage } from './retriever.js';

export interface NewsServiceDeps {
  config: Config;
  store: NewsStore;
  logger: Logger;
  answerer?: Answerer;
  now?: () => Date;
}

/** The one service the CLI and the bot both call. */
export function createNewsService(deps: NewsServiceDeps): NewsService {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const answerer = deps.answerer ?? createExtractiveAnswerer(answererDeps(store));
  const fetchOptions = {
    allowPrivate: config.allowPrivateUrls,
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
  };

  const toHits = (ranked: RankedPassage[]): SearchHit[] =>
    ranked.map((r, i) => ({
      rank: i + 1,
      articleId: r.passage.articleId,
      title: r.passage.title,
      url: r.passage.url,
      source: r.passage.source,
      publishedAt: r.passage.publishedAt,
      text: r.passage.text,
      score: Number(r.score.toFixed(6)),
      passageId: r.passage.id,
      start: r.passage.start,
      end: r.passage.end,
    }));

  const scopesOf = (opts?: { scopes?: Scope[] }) => (opts?.scopes?.length ? opts.scopes : [GLOBAL_SCOPE]);

  const listWhere = (scopes: Scope[], query?: string) => {
    const args: unknown[] = [...scopes];
    let where = `scope IN (${scopes.map(() => '?').join(',')})`;
    if (query?.trim()) {
      where += ' AND (title LIKE ? OR source LIKE ? OR id = ?)';
      const like = `%${query.trim().replace(/[%_]/g, '')}%`;
      args.push(like, like, query.trim());
    }
    return { where, args };
  };

  return {
    async search(query, opts?: QueryOptions) {
      const q = rewriteFollowUp(query, opts?.history);
      return toHits(await retrieve(store, q, { scopes: scopesOf(opts), k: opts?.k ?? 5 }));
    },

    async ask(question, opts?: QueryOptions) {
      if (!question.trim()) throw new UserError('empty-question', 'ask a question, e.g. "why did Altman side with Trump?"');
      const searchQuery = rewriteFollowUp(question, opts?.history);
      const ranked = await retrieve(store, searchQuery, { scopes: scopesOf(opts), k: opts?.k ?? 12, perArticle: 4 });
      const hits = toHits(withTopArticles(store, ranked, 2));
      const result = await answerer.answer(question, hits, { history: opts?.history });
      logger.debug({ question, searchQuery, abstained: result.abstained, citations: result.citations.length }, 'answered');
      return { ...result, searchQuery };
    },

    async ingest(inputs, opts) {
      return ingestInputs(store, inputs, { scope: opts?.scope, fetch: fetchOptions, onResult: opts?.onResult, onProgress: opts?.onProgress, now });
    },

    listArticles(opts) {
      const { where, args } = listWhere(scopesOf(opts), opts?.query);
      return store.db
        .prepare(
          `SELECT a.id, a.scope, a.title, a.url, a.source, a.published_at AS publishedAt, a.ingested_at AS ingestedAt,
             (SELECT count(*) FROM passages p WHERE p.article_id = a.id) AS passages
           FROM articles a WHERE ${where}
           ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.title LIMIT ? OFFSET ?`,
        )
        .all(...args, opts?.limit ?? 50, opts?.offset ?? 0) as ArticleSummary[];
    },

    countArticles(opts) {
      const { where, args } = listWhere(scopesOf(opts), opts?.query);
      return store.db.prepare(`SELECT count(*) FROM articles WHERE ${where}`).pluck().get(...args) as number;
    },

    removeArticle(idOrUrl, scope) {
      return store.removeArticle(idOrUrl, scope, canonicalizeUrl(idOrUrl)) !== null;
    },

    async close() {
      store.close();
    },
  };
}

/** What the answerers need from the store. */
export function answererDeps(store: NewsStore) {
  return {
    articleText: (id: string) => store.getArticle(id)?.text ?? null,
    documentFrequencies: (terms: string[]) => store.documentFrequencies(terms),
  };
}

/**
 * The answer to a question is most often in the best-matching article, but not always in its
 * best-matching passage: read the top articles whole (after the retrieved passages, which keep
 * their rank).
 */
function withTopArticles(store: NewsStore, ranked: RankedPassage[], articles: number): RankedPassage[] {
  const top = [...new Set(ranked.map((r) => r.passage.articleId))].slice(0, articles);
  const seen = new Set(ranked.map((r) => r.passage.id));
  const out = [...ranked];
  for (const id of top) {
    for (const passage of store.passagesOfArticle(id)) {
      if (seen.has(passage.id)) continue;
      seen.add(passage.id);
      out.push({ passage, score: 0, bm25Rank: null, vectorRank: null });
    }
  }
  return out;
}

/** On first use of an empty store, ingest the bundled sample articles so the demo just works. */
export async function ensureSampleData(service: NewsService, config: Config, logger: Logger): Promise<void> {
  if (!config.autoSample || service.countArticles({ scopes: [GLOBAL_SCOPE] }) > 0) return;
  if (!fs.existsSync(config.sampleDir)) return;
  const results = await service.ingest([config.sampleDir]);
  const added = results.filter((r) => r.status === 'added').length;
  logger.info({ added, dir: config.sampleDir }, 'empty store: ingested the bundled sample articles');
}
