/** Routes interactions to commands, autocompletes and buttons; every failure ends in replyWithError. */
import type { Interaction } from 'discord.js';
import { UserError } from '../errors.js';
import { handleAnswerButton } from './answer-buttons.js';
import { interactionIds, replyWithError } from './errors.js';
import type { BotContext, Command } from './types.js';

/** Build the InteractionCreate listener for a set of commands. */
export function createInteractionHandler(ctx: BotContext, commands: readonly Command[]): (i: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const logger = ctx.app.logger;

  return async (i) => {
    if (i.isAutocomplete()) {
      try {
        await byName.get(i.commandName)?.autocomplete?.(i, ctx);
      } catch (err) {
        logger.error({ ...interactionIds(i), err }, 'autocomplete failed');
      }
      // Discord shows "loading options failed" unless something is answered.
      if (!i.responded) await i.respond([]).catch(() => undefined);
      return;
    }
    if (!i.isChatInputCommand() && !i.isButton()) return;
    try {
      if (i.isChatInputCommand()) {
        const command = byName.get(i.commandName);
        if (!command) throw new UserError('unknown_command', 'I don\u2019t know that command any more; it may have been removed.');
        await command.execute(i, ctx);
      } else {
        const prefix = i.customId.split(':')[0];
        if (prefix === 'answer') await handleAnswerButton(i, ctx);
        else {
          const command = byName.get(prefix);
          if (!command?.button) throw new UserError('unknown_button', 'That button is no longer supported.');
          await command.button(i, ctx);
        }
      }
    } catch (err) {
      await replyWithError(i, err, logger);
    }
  };
}
