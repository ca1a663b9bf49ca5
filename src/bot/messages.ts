/**
 * Questions asked in messages: `@newsdesk why …?` in a channel, any DM, and follow-ups — a message in
 * a thread the bot opened for an answer, or a reply to one of its answers. A follow-up is asked with
 * the earlier turns so the core can rewrite "and what did Musk do?" into a full question.
 */
import { ChannelType, ThreadAutoArchiveDuration, type Message } from 'discord.js';
import { UserError, describeError } from '../errors.js';
import { looksLikeQuestion, prepareAnswer, stripMention } from './answering.js';
import { GENERIC_ERROR } from './errors.js';
import { clip, LIMITS, squash } from './limits.js';
import { notice } from './payload.js';
import { rateLimitMessage } from './rate-limit.js';
import type { BotContext } from './types.js';

const THREAD_CHANNELS = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
const MAX_QUESTION = 500;

/** The conversation a message continues, if any: via a reply to an answer, or a bot thread. */
function conversationOf(message: Message, ctx: BotContext): string | null {
  const ref = message.reference?.messageId;
  if (ref) {
    const answered = ctx.answers.byMessageId(ref);
    if (answered) return answered.conversationId;
  }
  if (message.channel.isThread() && ctx.answers.hasConversation(message.channelId)) return message.channelId;
  return null;
}

/** Build the MessageCreate listener. `botId` is the bot's user id (known once logged in). */
export function createMessageHandler(ctx: BotContext, botId: () => string | undefined): (m: Message) => Promise<void> {
  const logger = ctx.app.logger;
  return async (message) => {
    const me = botId();
    // Never answer bots: that includes our own messages, which Discord echoes back.
    if (!me || message.author.bot || message.system) return;
    const conversation = conversationOf(message, ctx);
    const mentioned = message.mentions.users.has(me);
    const direct = !message.inGuild();
    if (!conversation && !mentioned && !direct) return;

    const ids = { guildId: message.guildId, channelId: message.channelId, messageId: message.id, userId: message.author.id, command: 'mention' };
    try {
      const question = stripMention(message.content, me);
      if (!question) {
        // Without the Message Content intent a follow-up arrives empty; only a mention gets a hint.
        if (mentioned) await message.reply(notice('Ask me a news question after the mention, e.g. “@newsdesk what happened with the merger?”, or use `/ask`.'));
        return;
      }
      // In a conversation, only a mention is certain to be for the bot; chatter is left alone.
      if (!mentioned && !direct && !looksLikeQuestion(question)) return;
      // Same bound as /ask's option, so a pasted article is not taken for a question.
      if (question.length > MAX_QUESTION) throw new UserError('question_too_long', `Please keep questions under ${MAX_QUESTION} characters.`);
      const budget = ctx.rateLimit.take(message.author.id);
      if (!budget.ok) {
        if (budget.firstRefusal) await message.reply(notice(rateLimitMessage(ctx.rateLimit.perMinute, budget.retryAfterMs)));
        return;
      }
      if ('sendTyping' in message.channel) void message.channel.sendTyping().catch(() => undefined);
      const history = conversation ? ctx.answers.history(conversation) : [];
      const prepared = await prepareAnswer(ctx, {
        question,
        guildId: message.guildId,
        channelId: message.channelId,
        userId: message.author.id,
        interactionId: null,
        history,
      });

      if (!conversation && message.inGuild() && THREAD_CHANNELS.has(message.channel.type)) {
        // A new question in a channel gets its own thread, so follow-ups stay together.
        const thread = await message
          .startThread({ name: clip(squash(question), LIMITS.threadName), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay })
          .catch((err: unknown) => {
            logger.warn({ ...ids, err }, 'could not open a thread; replying in the channel');
            return null;
          });
        if (thread) {
          const sent = await thread.send(prepared.message);
          ctx.answers.attachMessage(prepared.id, sent.id, thread.id);
          return;
        }
      }
      const sent = await message.reply(prepared.message);
      ctx.answers.attachMessage(prepared.id, sent.id, conversation ?? sent.id);
    } catch (err) {
      const known = err instanceof UserError;
      if (!known) logger.error({ ...ids, err }, 'answering a message failed');
      await message.reply(notice(known ? describeError(err) : GENERIC_ERROR)).catch((replyErr: unknown) => {
        logger.warn({ ...ids, err: replyErr }, 'could not report an error to the user');
      });
    }
  };
}
