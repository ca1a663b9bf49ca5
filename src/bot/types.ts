import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { App } from '../app.js';
import type { AnswerResult, Turn } from '../qa/types.js';
import type { AnswerStore } from './answer-store.js';
import type { RateLimiter } from './rate-limit.js';

/** What every command handler gets besides the interaction: the app's services plus bot state. */
export interface BotContext {
  app: App;
  answers: AnswerStore;
  rateLimit: RateLimiter;
  /**
   * Ask the news service with the asker's scopes. Runs through a small concurrency limit so that
   * a burst of questions cannot starve the gateway heartbeat and new interactions' acknowledgements.
   */
  ask(question: string, opts: { guildId: string | null; history?: Turn[] }): Promise<AnswerResult>;
  /** Run other heavy service work (search, ingest) through the same limit. */
  limit<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * A slash command: one file in `commands/`, listed in `commands/index.ts`. `button` handles clicks
 * on components whose custom_id starts with `${data.name}:`.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  button?(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}
