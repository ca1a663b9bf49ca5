/** The steps every question takes, from /ask, a mention or a follow-up: budget, ask, store, render. */
import { GLOBAL_SCOPE, type Scope } from '../news/types.js';
import { UserError } from '../errors.js';
import type { AnswerResult, Turn } from '../qa/types.js';
import { renderAnswer } from './format-answer.js';
import type { BotMessage } from './payload.js';
import { rateLimitMessage } from './rate-limit.js';
import type { BotContext } from './types.js';

/** In a guild: the operator's global corpus plus the guild's own; in DMs: the global corpus only. */
export function scopesFor(guildId: string | null): Scope[] {
  return guildId ? [GLOBAL_SCOPE, guildId] : [GLOBAL_SCOPE];
}

/** Spend one question from the user's budget, or throw a UserError with a friendly message. */
export function takeQuestion(ctx: BotContext, userId: string): void {
  const d = ctx.rateLimit.take(userId);
  if (!d.ok) throw new UserError('rate_limited', rateLimitMessage(ctx.rateLimit.perMinute, d.retryAfterMs));
}

/** Where and by whom a question was asked. */
export interface Asked {
  question: string;
  guildId: string | null;
  channelId: string | null;
  userId: string;
  interactionId: string | null;
  history?: Turn[];
}

/** Ask, save the answer, and build its message. The caller sends it, then `attachMessage`s it. */
export async function prepareAnswer(ctx: BotContext, q: Asked): Promise<{ id: number; result: AnswerResult; message: BotMessage }> {
  const result = await ctx.ask(q.question, { guildId: q.guildId, history: q.history });
  const id = ctx.answers.save({
    interactionId: q.interactionId,
    guildId: q.guildId,
    channelId: q.channelId,
    userId: q.userId,
    question: q.question,
    answer: result.answer,
    citations: result.citations,
    abstained: result.abstained,
  });
  return { id, result, message: renderAnswer(result, id, { guildId: q.guildId }) };
}

/** A concurrency limit: at most `max` tasks run at once; the rest wait in arrival order. */
export function createLimiter(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      // Yield first: a queued task then starts on a fresh tick, after pending gateway I/O.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** Question text from a message: the bot's mention removed, whitespace tidied. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

const QUESTION_START = /^(what|why|how|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell|explain|summari[sz]e|and|but|so|any|more)\b/i;

/**
 * Whether an unaddressed message in a conversation (a thread follow-up, a reply to an answer) is a
 * question for the bot, so "thanks!" or people talking among themselves get no answer.
 */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(text.trim());
}
