import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { prepareAnswer, takeQuestion } from '../src/bot/answering.js';
import type { Command } from '../src/bot/types.js';

/** `/ask question [private]`: an answer with cited passages, from this server's news. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the news; the answer cites the passages it relies on')
    .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(500))
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true).trim();
    if (!question) throw new UserError('empty_question', 'Please type a question.');
    takeQuestion(ctx, interaction.user.id);
    const hidden = interaction.options.getBoolean('private') ?? false;
    // Answering can take longer than Discord's 3 s window: acknowledge first.
    await interaction.deferReply(hidden ? { flags: MessageFlags.Ephemeral } : {});
    // Asked inside a thread the bot answered in: continue that conversation.
    const conversation = interaction.channel?.isThread() && ctx.answers.hasConversation(interaction.channelId) ? interaction.channelId : null;
    const prepared = await prepareAnswer(ctx, {
      question,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      interactionId: interaction.id,
      history: conversation ? ctx.answers.history(conversation) : [],
    });
    const sent = await interaction.editReply(prepared.message);
    ctx.answers.attachMessage(prepared.id, sent.id, conversation ?? sent.id);
  },
} satisfies Command;
