/** The buttons under an answer: "Show passages" (full quotes, ephemeral) and 👍/👎 feedback. */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { UserError } from '../errors.js';
import { packEmbeds, passageEmbeds } from './format-passages.js';
import { ephemeralNotice } from './payload.js';
import type { BotContext } from './types.js';

/** Handle a click on `answer:<action>:<id>`. */
export async function handleAnswerButton(i: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, action, rawId] = i.customId.split(':');
  const stored = ctx.answers.get(Number(rawId));
  if (!stored) throw new UserError('unknown_answer', 'I no longer have that answer on record. Ask again with /ask.');

  if (action === 'passages') {
    if (stored.citations.length === 0) throw new UserError('no_passages', 'That answer has no quoted passages.');
    const [first, ...rest] = packEmbeds(passageEmbeds(stored.citations));
    await i.reply({ ...first, flags: MessageFlags.Ephemeral });
    for (const more of rest) await i.followUp({ ...more, flags: MessageFlags.Ephemeral });
    return;
  }
  if (action === 'up' || action === 'down') {
    ctx.answers.vote({ answerId: stored.id, interactionId: i.id, guildId: i.guildId, channelId: i.channelId, userId: i.user.id, vote: action });
    await i.reply(ephemeralNotice(action === 'up' ? 'Thanks — glad it helped. 👍' : 'Thanks — noted. This helps improve the answers. 👎'));
    return;
  }
  throw new UserError('unknown_button', 'That button is no longer supported.');
}
