/** The discord.js client wired to newsdesk: intents, mention safety, REST base URL, handlers. */
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { App } from '../app.js';
import { commands as defaultCommands } from '../../commands/index.js';
import { createAnswerStore } from './answer-store.js';
import { createLimiter, scopesFor } from './answering.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';
import { NO_MENTIONS } from './payload.js';
import { createRateLimiter } from './rate-limit.js';
import type { BotContext, Command } from './types.js';

/** Close codes after which discord.js gives up, with what the operator should do. */
const FATAL_CLOSE: Record<number, string> = {
  [GatewayCloseCodes.AuthenticationFailed]: 'Discord rejected DISCORD_TOKEN: copy a fresh token from the Bot page of your application at https://discord.com/developers/applications',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord refused the Message Content intent: enable "Message Content Intent" under Bot → Privileged Gateway Intents at https://discord.com/developers/applications',
  [GatewayCloseCodes.InvalidIntents]: 'Discord rejected the requested gateway intents.',
};

export interface BotOptions {
  commands?: readonly Command[];
  /** Extra client options (tests: a no-op identify throttler, a short waitGuildTimeout). */
  clientOptions?: Partial<ClientOptions>;
  /** Questions answered at once; the rest queue (their interactions are already deferred). */
  maxConcurrentQuestions?: number;
}

/** A configured bot: `start` logs in and resolves once the client is ready. */
export interface Bot {
  client: Client;
  ctx: BotContext;
  start(token: string): Promise<void>;
  stop(): Promise<void>;
}

/** Message Content lets follow-ups in the bot's threads be read without mentioning the bot. */
export const BOT_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.MessageContent,
  GatewayIntentBits.DirectMessages,
];

/** Build the bot around an App. Nothing connects until `start`. */
export function createBot(app: App, opts: BotOptions = {}): Bot {
  const apiUrl = app.config.discord.apiUrl;
  const client = new Client({
    intents: BOT_INTENTS,
    partials: [Partials.Channel], // DM channels are not cached until a DM arrives
    allowedMentions: NO_MENTIONS,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
    ...opts.clientOptions,
  });
  const limit = createLimiter(opts.maxConcurrentQuestions ?? 4);
  const ctx: BotContext = {
    app,
    answers: createAnswerStore(app.db, app.now),
    rateLimit: createRateLimiter(app.config.rateLimitPerMinute),
    limit,
    ask: (question, o) => limit(() => app.news.ask(question, { scopes: scopesFor(o.guildId), history: o.history })),
  };
  const log = app.logger;
  const onInteraction = createInteractionHandler(ctx, opts.commands ?? defaultCommands);
  const onMessage = createMessageHandler(ctx, () => client.user?.id);
  // Handlers catch their own errors; the catch here only guards against a bug turning into an
  // unhandled rejection that would take the process down.
  client.on(Events.InteractionCreate, (i) => void onInteraction(i).catch((err) => log.error({ err }, 'interaction handler crashed')));
  client.on(Events.MessageCreate, (m) => void onMessage(m).catch((err) => log.error({ err }, 'message handler crashed')));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  let stopping = false;
  client.on(Events.ShardReconnecting, (id) => {
    if (!stopping) log.warn({ shard: id }, 'gateway connection lost; reconnecting');
  });
  client.on(Events.ShardResume, (id, replayed) => log.info({ shard: id, replayed }, 'gateway session resumed'));

  return {
    client,
    ctx,
    async start(token) {
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, (c) => {
          log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'connected to Discord');
          resolve();
        });
        client.on(Events.ShardDisconnect, (event) => {
          const reason = FATAL_CLOSE[event.code];
          if (reason) reject(Object.assign(new Error(reason), { code: 'DISCORD_FATAL_CLOSE' }));
        });
      });
      await Promise.all([client.login(token), ready]);
    },
    async stop() {
      stopping = true;
      await client.destroy();
    },
  };
}
