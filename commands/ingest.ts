import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { clip, escapeText, squash } from '../src/bot/limits.js';
import { notice } from '../src/bot/payload.js';
import type { Command } from '../src/bot/types.js';

/** `/ingest url`: add an article page to this server's index (Manage Server only). */
export default {
  data: new SlashCommandBuilder()
    .setName('ingest')
    .setDescription("Add a news article to this server's index")
    .addStringOption((o) => o.setName('url').setDescription('Link to the article page').setRequired(true).setMaxLength(2000))
    // Hidden from members without Manage Server by default; execute() checks again because a
    // server can override command permissions.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  async execute(interaction, ctx) {
    if (!interaction.inGuild()) throw new UserError('guild_only', '/ingest works in a server, where it adds to that server\u2019s index.');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError('forbidden', 'Only members with the Manage Server permission can add articles here.');
    }
    const url = interaction.options.getString('url', true).trim();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UserError('bad_url', 'That doesn\u2019t look like a link — paste the full address, starting with https://');
    }
    if (!/^https?:$/.test(parsed.protocol)) throw new UserError('bad_url', 'Only http(s) links can be added.');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const [result] = await ctx.limit(() => ctx.app.news.ingest([parsed.href], { scope: interaction.guildId }));
    if (!result || result.status === 'failed') {
      throw new UserError('ingest_failed', `I couldn\u2019t add that page: ${clip(squash(result?.error ?? 'no article found'), 300)}`);
    }
    const title = `\u201c${escapeText(clip(squash(result.title ?? parsed.href), 200))}\u201d`;
    const said = {
      added: `Added ${title} to this server\u2019s index. Ask about it with /ask.`,
      updated: `Updated ${title} in this server\u2019s index.`,
      unchanged: `${title} is already in this server\u2019s index.`,
    }[result.status];
    await interaction.editReply(notice(said));
  },
} satisfies Command;
