/**
 * A recording NewsService with fixed, realistic results, for tests that assert exact payloads or
 * need the service to be slow or fail. Tests needing real retrieval use createApp instead.
 */
import Database from 'better-sqlite3';
import type { App } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import type { AnswerResult, ArticleSummary, Citation, NewsService, QueryOptions, SearchHit } from '../../src/qa/types.js';

export const CITATIONS: Citation[] = [
  {
    n: 1,
    articleId: 'a1',
    title: 'Sam Altman Emerges As Trump’s Key Tech Ally',
    url: 'https://news.example.com/altman-trump',
    source: 'Benzinga',
    publishedAt: '2025-07-20T09:00:00Z',
    quote: 'The announcement ignited a public feud between Musk and Altman, with Trump siding with Altman.',
    start: 1395,
    end: 1489,
  },
  {
    n: 2,
    articleId: 'a2',
    title: 'Stargate: OpenAI, Oracle and SoftBank announce $500 billion AI project',
    url: null,
    source: null,
    publishedAt: null,
    quote: 'Altman was invited to the Oval Office in January for the announcement of a $500 billion AI project, Stargate.',
    start: 10,
    end: 118,
  },
];

export const ANSWER: Omit<AnswerResult, 'question'> = {
  answer: 'Trump sided with Altman after the Stargate announcement [1], which Altman presented at the Oval Office [2].',
  abstained: false,
  mode: 'extractive',
  citations: CITATIONS,
};

export interface FakeNews extends NewsService {
  asks: { question: string; opts?: QueryOptions }[];
  ingests: { inputs: string[]; scope?: string }[];
  /** Replace to script answers; default: ANSWER for any question. */
  answerFor: (question: string, opts?: QueryOptions) => Promise<AnswerResult>;
  articles: ArticleSummary[];
}

/** Twelve articles, newest first: `global` ones plus two in guild `g`. */
export function sampleArticles(g: string): ArticleSummary[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: `art${i}`,
    scope: i < 2 ? g : 'global',
    title: i === 3 ? 'Altman and Trump: the Stargate deal' : `Market report number ${i}`,
    url: `https://news.example.com/${i}`,
    source: 'Example Wire',
    publishedAt: `2025-07-${String(30 - i).padStart(2, '0')}`,
    passages: 3,
    ingestedAt: '2025-08-01T00:00:00Z',
  }));
}

export function createFakeNews(): FakeNews {
  const news: FakeNews = {
    asks: [],
    ingests: [],
    articles: [],
    answerFor: async (question) => ({ question, ...ANSWER }),
    async ask(question, opts) {
      news.asks.push({ question, opts });
      return news.answerFor(question, opts);
    },
    async search(query) {
      return CITATIONS.map(
        (c, i): SearchHit => ({ rank: i + 1, articleId: c.articleId, title: c.title, url: c.url, source: c.source, publishedAt: c.publishedAt, text: c.quote, score: 1 - i / 10, passageId: i, start: c.start, end: c.end }),
      ).filter(() => query !== 'nothing');
    },
    async ingest(inputs, opts) {
      news.ingests.push({ inputs, scope: opts?.scope });
      return inputs.map((input) => ({ input, status: 'added' as const, articleId: 'new1', title: 'A New Article' }));
    },
    listArticles(opts) {
      const visible = matching(news.articles, opts);
      return visible.slice(opts?.offset ?? 0, (opts?.offset ?? 0) + (opts?.limit ?? 50));
    },
    countArticles: (opts) => matching(news.articles, opts).length,
    removeArticle: () => false,
    close: async () => undefined,
  };
  return news;
}

function matching(all: ArticleSummary[], opts?: { scopes?: string[]; query?: string }): ArticleSummary[] {
  const scopes = opts?.scopes ?? ['global'];
  const q = opts?.query?.toLowerCase();
  return all.filter((a) => scopes.includes(a.scope) && (!q || a.title.toLowerCase().includes(q)));
}

/** An App around a NewsService, with an in-memory database for the bot's tables. */
export function fakeApp(news: NewsService, config: Config, logger: Logger): App {
  const db = new Database(':memory:');
  return {
    config,
    news,
    store: undefined as never, // the bot never touches the store directly
    db,
    logger,
    now: () => new Date(),
    close: async () => void db.close(),
  };
}
