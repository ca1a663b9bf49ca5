// Placeholder signature; the real composition root is being written (see NewsService in src/qa/types.ts).
import type Database from 'better-sqlite3';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { NewsService } from './qa/types.js';

/** Everything a command, the CLI or a test needs, built once by createApp. */
export interface App {
  config: Config;
  news: NewsService;
  /** The store's SQLite handle, for small tables owned by other parts (e.g. bot feedback). */
  db: Database.Database;
  logger: Logger;
  now: () => Date;
  close(): Promise<void>;
}
