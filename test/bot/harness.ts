/**
 * Starts the real bot (createBot → discord.js Client) against the fake Discord, with either a fake
 * NewsService or a real app in a temporary data directory. `stop()` tears everything down and fails
 * if the fake saw anything Discord would have refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createBot, type Bot, type BotOptions } from '../../src/bot/client.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { NewsService } from '../../src/qa/types.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-fake.js';
import { fakeApp } from './fake-news.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/bot');

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  app: App;
  config: Config;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, any>[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** A fake service; without it the harness builds a real app (empty store unless `sample`). */
  news?: NewsService;
  sample?: boolean;
  env?: Record<string, string>;
  bot?: BotOptions;
  fakeOptions?: Parameters<typeof startFakeDiscord>[0];
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord(opts.fakeOptions);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bot-'));
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    NEWSDESK_DATA_DIR: dataDir,
    NEWSDESK_AUTO_SAMPLE: opts.sample ? '1' : '0',
    NEWSDESK_ALLOW_PRIVATE_URLS: '1',
    ...opts.env,
  });
  const logs: Record<string, any>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const app = opts.news ? fakeApp(opts.news, config, logger) : await createApp(config, { logger });
  const bot = createBot(app, {
    ...opts.bot,
    clientOptions: {
      // No identify throttling (a re-identify would wait ~5 s) and no long wait for guilds.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
      waitGuildTimeout: 200,
      ...opts.bot?.clientOptions,
    },
  });
  await bot.start(fake.token);
  return {
    fake,
    bot,
    app,
    config,
    logs,
    async stop() {
      await bot.stop();
      await app.close();
      await fake.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fake.assertClean();
    },
  };
}

/** Resolve after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
