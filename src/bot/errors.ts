/**
 * The one place interaction errors end: a UserError becomes an ephemeral reply with its short
 * reason; anything else is logged with guild/channel/command/interaction ids and the user sees a
 * generic ephemeral message — never a stack trace.
 */
import type { Interaction, RepliableInteraction } from 'discord.js';
import { UserError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { ephemeralNotice, notice } from './payload.js';

export const GENERIC_ERROR = 'Something went wrong on my side while handling that. It has been logged — please try again in a moment.';

/** Log fields that identify an interaction. */
export function interactionIds(i: Interaction): Record<string, string | null> {
  return {
    guildId: i.guildId,
    channelId: i.channelId,
    interactionId: i.id,
    userId: i.user.id,
    command: i.isChatInputCommand() || i.isAutocomplete() ? i.commandName : i.isButton() ? `button:${i.customId}` : null,
  };
}

/** Turn a thrown value into the user's reply (and a log line if it was not their mistake). */
export async function replyWithError(i: RepliableInteraction, err: unknown, logger: Logger): Promise<void> {
  const known = err instanceof UserError;
  if (!known) logger.error({ ...interactionIds(i), err }, 'interaction failed');
  else logger.debug({ ...interactionIds(i), code: err.code }, describeError(err));
  const text = known ? describeError(err) : GENERIC_ERROR;
  try {
    if (!i.deferred && !i.replied) {
      await i.reply(ephemeralNotice(text));
    } else if (i.deferred && !i.replied && !i.ephemeral) {
      // A public "thinking…" placeholder cannot turn ephemeral: remove it, then tell only the user.
      await i.deleteReply();
      await i.followUp(ephemeralNotice(text));
    } else if (i.deferred && !i.replied) {
      await i.editReply(notice(text));
    } else {
      await i.followUp(ephemeralNotice(text));
    }
  } catch (replyErr) {
    // Typically the interaction expired; nothing more we can tell the user.
    logger.warn({ ...interactionIds(i), err: replyErr }, 'could not report an error to the user');
  }
}
