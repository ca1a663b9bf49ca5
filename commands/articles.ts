import { SlashCommandBuilder } from 'discord.js';
import { scopesFor } from '../src/bot/answering.js';
import { ARTICLES_PAGE_SIZE, articleChoices, renderArticles } from '../src/bot/format-articles.js';
import type { BotContext, Command } from '../src/bot/types.js';

/** One page of the articles visible here, newest first or matching `query`. */
function page(ctx: BotContext, guildId: string | null, query: string, pageNo: number) {
  const scopes = scopesFor(guildId);
  const q = query || undefined;
  const total = ctx.app.news.countArticles({ scopes, query: q });
  const last = Math.max(0, Math.ceil(total / ARTICLES_PAGE_SIZE) - 1);
  const p = Math.min(Math.max(0, pageNo), last);
  const articles = ctx.app.news.listArticles({ scopes, query: q, limit: ARTICLES_PAGE_SIZE, offset: p * ARTICLES_PAGE_SIZE });
  return renderArticles({ articles, total, page: p, query, guildId });
}

/** `/articles [query]`: browse indexed articles, paginated with buttons. */
export default {
  data: new SlashCommandBuilder()
    .setName('articles')
    .setDescription('Browse the news articles I have indexed for this server')
    .addStringOption((o) => o.setName('query').setDescription('Only articles matching these words').setAutocomplete(true).setMaxLength(100)),
  async execute(interaction, ctx) {
    const query = interaction.options.getString('query')?.trim() ?? '';
    await interaction.reply(page(ctx, interaction.guildId, query, 0));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim();
    await interaction.respond(articleChoices(ctx.app.news, scopesFor(interaction.guildId), typed));
  },
  async button(interaction, ctx) {
    // custom_id: articles:<page>:<query>
    const [, pageNo, ...rest] = interaction.customId.split(':');
    await interaction.update(page(ctx, interaction.guildId, rest.join(':'), Number(pageNo) || 0));
  },
} satisfies Command;
