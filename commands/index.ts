import type { Command } from '../src/bot/types.js';
import articles from './articles.js';
import ask from './ask.js';
import help from './help.js';
import ingest from './ingest.js';
import search from './search.js';

/** Every slash command, in the order users see them. A test checks each file here is listed. */
export const commands: readonly Command[] = [ask, search, articles, ingest, help];
