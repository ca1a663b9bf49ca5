import type Database from 'better-sqlite3';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { NewsStore } from './news/store.js';
import { createEmbeddings } from './qa/embeddings.js';
import { answererDeps, createNewsService, ensureSampleData } from './qa/news-service.js';
import { createLlmAnswerer } from './qa/llm-answerer.js';
import type { NewsService } from './qa/types.js';

/** Everything a command, the CLI or a test needs, built once by createApp. */
export interface App {
  config: Config;
  news: NewsService;
  store: NewsStore;
  /** The store's SQLite handle, for small tables owned by other parts (e.g. bot feedback). */
  db: Database.Database;
  logger: Logger;
  now: () => Date;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  logger?: Logger;
  now?: () => Date;
  /** Ingest the bundled sample data into an empty store (default: config.autoSample). */
  sample?: boolean;
  /** Open a store built with another embedding model (only `reindex` does). */
  allowModelChange?: boolean;
}

/** The composition root: config → store → services. */
export async function createApp(config: Config, opts: CreateAppOptions = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const now = opts.now ?? (() => new Date());
  const store = await NewsStore.open(config.dataDir, await createEmbeddings(config), { allowModelChange: opts.allowModelChange });
  const answerer = config.answerer === 'llm' ? await createChatAnswerer(config, store, logger) : undefined;
  const news = createNewsService({ config, store, logger, now, answerer });
  if (opts.sample ?? config.autoSample) await ensureSampleData(news, config, logger);
  return {
    config,
    news,
    store,
    db: store.db,
    logger,
    now,
    close: () => news.close(),
  };
}

/** The LLM answerer over ChatOpenAI (any OpenAI-compatible server via OPENAI_BASE_URL). */
async function createChatAnswerer(config: Config, store: NewsStore, logger: Logger) {
  // Imported on demand: the OpenAI SDK is slow to load and local mode never needs it.
  const { ChatOpenAI } = await import('@langchain/openai');
  // Not `streaming: true`: with it, invoke() tries to download tiktoken data, which offline retries for minutes.
  const model = new ChatOpenAI({
    apiKey: config.openai.apiKey,
    model: config.openai.chatModel,
    temperature: 0,
    maxTokens: 400,
    maxRetries: 1,
    timeout: 30_000,
    configuration: config.openai.baseURL ? { baseURL: config.openai.baseURL } : undefined,
  });
  return createLlmAnswerer(model, answererDeps(store), { logger });
}
