/**
 * `npm start`: run the bot from the environment (and `.env`). Bad settings print one line naming the
 * variable and exit 1 — no stack trace. `deploy-commands` as the first argument registers the slash
 * commands instead of starting.
 */
import { loadConfig, type Config } from '../config.js';
import { UserError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { discordSettingsProblem } from './settings.js';

// The store, the models and discord.js load only after the settings check, so a missing
// variable is reported at once instead of after seconds of imports.

class StartupError extends Error {}

/** Read `.env` from the working directory if there is one; real environment variables win. */
function loadDotEnv(): void {
  try {
    process.loadEnvFile('.env');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new StartupError(`could not read .env: ${describeError(err)}`);
  }
}

function settings(): Config {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    throw new StartupError(describeError(err));
  }
  const problem = discordSettingsProblem(config);
  if (problem) throw new StartupError(problem);
  return config;
}

/** One line explaining why connecting failed. */
function connectProblem(err: unknown, config: Config): string {
  const e = err as { code?: string; status?: number; cause?: { code?: string } };
  if (e.code === 'TokenInvalid' || e.status === 401) return 'DISCORD_TOKEN was rejected by Discord: copy a fresh token from the Bot page at https://discord.com/developers/applications';
  if (e.code === 'DISCORD_FATAL_CLOSE') return describeError(err);
  const where = config.discord.apiUrl ?? 'https://discord.com/api';
  const code = e.cause?.code ?? e.code;
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|UND_ERR)/.test(code)) {
    return `could not reach Discord at ${where} (${code})${config.discord.apiUrl ? ': check DISCORD_API_URL' : ''}`;
  }
  return `could not connect to Discord: ${describeError(err)}`;
}

async function run(args: string[], logger: { current?: Logger }): Promise<void> {
  const config = settings();
  if (args[0] === 'deploy-commands') {
    const { deployCommands } = await import('./deploy-commands.js');
    const r = await deployCommands(config).catch((err: unknown) => {
      throw new StartupError(`could not register the commands: ${connectProblem(err, config)}`);
    });
    console.log(`Registered ${r.names.length} commands ${r.scope === 'guild' ? `to server ${r.guildId}` : 'globally (may take a while to appear)'}: ${r.names.join(', ')}`);
    return;
  }
  const [{ createLogger }, { createApp }, { createBot }] = await Promise.all([import('../logger.js'), import('../app.js'), import('./client.js')]);
  const log = (logger.current = createLogger(config.logLevel));
  const app = await createApp(config, { logger: log });
  const bot = createBot(app);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1); // a second Ctrl-C means "now"
    stopping = true;
    log.info({ signal }, 'shutting down');
    await bot.stop().catch((err: unknown) => log.warn({ err }, 'error while disconnecting'));
    await app.close().catch((err: unknown) => log.warn({ err }, 'error while closing the store'));
    process.exit(0);
  };
  // Handlers catch their own errors; anything that still escapes is logged, not fatal to the bot.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await bot.start(config.discord.token!);
  } catch (err) {
    log.debug({ err }, 'login failed');
    await bot.stop().catch(() => undefined);
    await app.close().catch(() => undefined);
    throw new StartupError(connectProblem(err, config));
  }
}

/** Entry point for bin/newsdesk-bot.js. Never throws: prints one line and exits non-zero instead. */
export async function runBot(args: string[]): Promise<void> {
  const logger: { current?: Logger } = {};
  try {
    await run(args, logger);
  } catch (err) {
    const known = err instanceof StartupError || err instanceof UserError;
    if (!known) logger.current?.error({ err }, 'startup failed');
    console.error(`newsdesk-bot: ${describeError(err)}`);
    process.exit(1);
  }
}
