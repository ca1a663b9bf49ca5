import { SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { scopesFor, takeQuestion } from '../src/bot/answering.js';
import { renderSearch } from '../src/bot/format-passages.js';
import type { Command } from '../src/bot/types.js';

/** `/search query`: the best-matching passages with links, no answer synthesis. */
export default {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Show the news passages that best match your words, with links')
    .addStringOption((o) => o.setName('query').setDescription('Keywords or a question').setRequired(true).setMaxLength(300)),
  async execute(interaction, ctx) {
    const query = interaction.options.getString('query', true).trim();
    if (!query) throw new UserError('empty_query', 'Please type something to search for.');
    takeQuestion(ctx, interaction.user.id);
    await interaction.deferReply();
    const hits = await ctx.limit(() => ctx.app.news.search(query, { scopes: scopesFor(interaction.guildId), k: 5 }));
    await interaction.editReply(renderSearch(query, hits, { guildId: interaction.guildId }));
  },
} satisfies Command;
