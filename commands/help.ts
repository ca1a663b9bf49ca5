import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { NO_MENTIONS } from '../src/bot/payload.js';
import type { Command } from '../src/bot/types.js';

const HELP = [
  'I answer questions about the news I have indexed, quoting the passages I rely on — and I say so when I don\u2019t know.',
  '',
  '**/ask** `question` — an answer with numbered sources; add `private:True` to see it alone.',
  '**/search** `query` — the best-matching passages with links, no summary.',
  '**/articles** `[query]` — browse the indexed articles.',
  '**/ingest** `url` — add an article to this server\u2019s index (needs Manage Server).',
  '',
  'You can also mention me with a question. I answer in a thread: keep asking there (or reply to my answer) and I\u2019ll remember what we were talking about.',
  'Under each answer: **Show passages** for the full quotes, 👍/👎 to tell us how it did.',
].join('\n');

/** `/help`: what the bot does and how to use it. */
export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What newsdesk does and how to use it'),
  async execute(interaction, ctx) {
    const limit = `Each person can ask ${ctx.rateLimit.perMinute} questions a minute. Articles added in a server stay in that server.`;
    await interaction.reply({
      embeds: [{ title: 'newsdesk', description: `${HELP}\n\n${limit}`, color: 0x2f6fb5 }],
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
  },
} satisfies Command;
