import fs from 'node:fs';
import readline from 'node:readline';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { createApp, type App } from './app.js';
import { loadConfig, ROOT_DIR } from './config.js';
import { UserError, describeError } from './errors.js';
import { createLogger } from './logger.js';
import type { IngestResult } from './news/types.js';
import { formatAnswer, formatArticles, formatHits } from './cli-format.js';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** Open the app for one command; `sample` ingests the bundled articles into an empty store. */
async function withApp<T>(sample: boolean, fn: (app: App) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const app = await createApp(config, { logger, sample: sample && config.autoSample });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** Lines of a --batch file, blank lines and # comments skipped. */
async function* batchLines(file: string): AsyncGenerator<string> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() && !line.trimStart().startsWith('#')) yield line.trim();
  }
}

export function buildProgram(): Command {
  const program = new Command('newsdesk')
    .description('News Q&A with cited passages: ingest articles, search them, ask questions.')
    .version(JSON.parse(fs.readFileSync(`${ROOT_DIR}/package.json`, 'utf8')).version)
    .showHelpAfterError();

  program
    .command('ingest')
    .description('add articles: .txt .md .html .json .jsonl files, directories (recursive), http(s) URLs')
    .argument('<inputs...>', 'paths or URLs')
    .option('--json', 'one JSON object per input on stdout')
    .option('--scope <scope>', 'corpus to add to (a Discord guild id); default: global')
    .action(async (inputs: string[], opts: { json?: boolean; scope?: string }) => {
      await withApp(false, async (app) => {
        const started = Date.now();
        const bar =
          process.stderr.isTTY && !opts.json
            ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {eta_formatted} left', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
            : null;
        let barStarted = false;
        const onResult = (r: IngestResult) => {
          if (opts.json) out(JSON.stringify(r));
          else if (r.status === 'failed') {
            if (bar) bar.stop();
            err(`failed: ${r.input}: ${r.error}`);
            barStarted = false;
          }
        };
        const onProgress = (done: number, total: number) => {
          if (!bar || total < 20) return;
          if (!barStarted) {
            bar.start(total, done);
            barStarted = true;
          } else bar.update(done);
        };
        const results = await app.news.ingest(inputs, { scope: opts.scope, onResult, onProgress });
        if (bar && barStarted) bar.stop();
        const count = (s: string) => results.filter((r) => r.status === s).length;
        const failed = count('failed');
        err(
          `newsdesk ingest: ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)}s`,
        );
        if (failed > 0) process.exitCode = 1;
      });
    });

  program
    .command('search')
    .description('hybrid (BM25 + vector) search over passages')
    .argument('[query]', 'what to look for')
    .option('-k <n>', 'number of results', (v) => Number.parseInt(v, 10), 5)
    .option('--json', 'JSON output')
    .option('--batch <file>', 'one query per line (- for stdin); writes one JSON object per line')
    .option('--scope <scope...>', 'corpora to search (default: global)')
    .action(async (query: string | undefined, opts: { k: number; json?: boolean; batch?: string; scope?: string[] }) => {
      await withApp(true, async (app) => {
        const run = async (q: string) => ({ query: q, results: await app.news.search(q, { k: opts.k, scopes: opts.scope }) });
        if (opts.batch) {
          for await (const q of batchLines(opts.batch)) {
            const r = await run(q);
            out(JSON.stringify({ query: r.query, results: r.results.map(publicHit) }));
          }
          return;
        }
        if (!query) throw new UserError('usage', 'give a query, or --batch FILE');
        const r = await run(query);
        out(opts.json ? JSON.stringify({ query: r.query, results: r.results.map(publicHit) }, null, 2) : formatHits(r.results));
      });
    });

  program
    .command('ask')
    .description('answer a question from the indexed news, citing the passages used')
    .argument('[question]', 'the question')
    .option('--json', 'JSON output')
    .option('--batch <file>', 'one question per line (- for stdin); writes one JSON object per line')
    .option('--scope <scope...>', 'corpora to use (default: global)')
    .action(async (question: string | undefined, opts: { json?: boolean; batch?: string; scope?: string[] }) => {
      await withApp(true, async (app) => {
        if (opts.batch) {
          for await (const q of batchLines(opts.batch)) out(JSON.stringify(publicAnswer(await app.news.ask(q, { scopes: opts.scope }))));
          return;
        }
        if (!question) throw new UserError('usage', 'give a question, or --batch FILE');
        const a = await app.news.ask(question, { scopes: opts.scope });
        out(opts.json ? JSON.stringify(publicAnswer(a), null, 2) : formatAnswer(a));
      });
    });

  program
    .command('articles')
    .description('list indexed articles, newest first')
    .option('--json', 'JSON output')
    .option('-q, --query <text>', 'only titles/sources containing this')
    .option('--limit <n>', 'how many', (v) => Number.parseInt(v, 10), 50)
    .option('--scope <scope...>', 'corpora to list (default: global)')
    .action(async (opts: { json?: boolean; query?: string; limit: number; scope?: string[] }) => {
      await withApp(true, async (app) => {
        const list = app.news.listArticles({ query: opts.query, limit: opts.limit, scopes: opts.scope });
        out(opts.json ? JSON.stringify(list, null, 2) : formatArticles(list, app.news.countArticles({ query: opts.query, scopes: opts.scope })));
      });
    });

  program
    .command('remove')
    .description('delete an article and its passages')
    .argument('<idOrUrl>', 'article id (see `newsdesk articles`) or URL')
    .addOption(new Option('--scope <scope>', 'only in this corpus'))
    .action(async (idOrUrl: string, opts: { scope?: string }) => {
      await withApp(false, async (app) => {
        if (!app.news.removeArticle(idOrUrl, opts.scope)) throw new UserError('not-found', `no article "${idOrUrl}"`);
        err(`removed ${idOrUrl}`);
      });
    });

  program
    .command('reindex')
    .description('re-embed every passage with the configured embedding model')
    .action(async () => {
      const config = loadConfig();
      const app = await createApp(config, { logger: createLogger('warn'), sample: false, allowModelChange: true });
      try {
        const started = Date.now();
        const n = await app.store.reindex();
        err(`newsdesk reindex: ${n} passages embedded with ${app.store.model.modelId} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      } finally {
        await app.close();
      }
    });

  program
    .command('deploy-commands')
    .description('register the Discord slash commands (globally, or to DISCORD_GUILD_ID)')
    .action(async () => {
      const { deployCommands } = await import('./bot/deploy-commands.js');
      const r = await deployCommands(loadConfig());
      err(`newsdesk deploy-commands: registered ${r.names.join(', ')} ${r.guildId ? `to guild ${r.guildId}` : 'globally'}`);
    });

  return program;
}

/** The documented `search --json` result shape. */
function publicHit(h: import('./qa/types.js').SearchHit) {
  const { rank, articleId, title, url, source, publishedAt, text, score } = h;
  return { rank, articleId, title, url, source, publishedAt, text, score };
}

function publicAnswer(a: import('./qa/types.js').AnswerResult) {
  const { question, answer, abstained, mode, citations } = a;
  return { question, answer, abstained, mode, citations };
}

/** Run the CLI; user errors print one line and exit 1, never a stack trace. */
export async function main(argv = process.argv): Promise<void> {
  try {
    // Same settings file as the bot; variables already in the environment win.
    try {
      process.loadEnvFile('.env');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError('config', `could not read .env: ${describeError(e)}`);
    }
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof UserError) err(`newsdesk: ${e.message}`);
    else err(`newsdesk: unexpected error: ${describeError(e)} (set NEWSDESK_LOG_LEVEL=debug for details)`);
    if (!(e instanceof UserError) && process.env.NEWSDESK_LOG_LEVEL === 'debug') console.error(e);
    process.exitCode = 1;
  }
}
