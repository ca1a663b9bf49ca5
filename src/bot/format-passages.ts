/** Full quotes ("Show passages") and search results, packed into as many messages as Discord needs. */
import type { APIEmbed } from 'discord.js';
import type { Citation, SearchHit } from '../qa/types.js';
import { formatDate, safeUrl, sourceLine } from './format-answer.js';
import { blockquote, clip, embedLength, escapeText, LIMITS, splitAtWords, squash } from './limits.js';
import { NO_MENTIONS, type BotMessage } from './payload.js';

const COLOR = 0x2f6fb5;
/** A quote piece per embed; leaves room in the 4096 description for the "> " prefix. */
const PIECE = 3800;

/**
 * One embed per citation holding its whole quote; a quote longer than an embed continues in the
 * next one, split between words and labelled "(continued)", so no text is lost.
 */
export function passageEmbeds(citations: Citation[]): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  for (const c of citations) {
    const pieces = splitAtWords(squash(c.quote), PIECE);
    const meta = [c.source, formatDate(c.publishedAt)].filter(Boolean).join(' · ');
    pieces.forEach((piece, i) => {
      const embed: APIEmbed = {
        title: clip(`[${c.n}] ${squash(c.title)}${i > 0 ? ' (continued)' : ''}`, LIMITS.title),
        description: blockquote(escapeText(piece)),
        color: COLOR,
      };
      const url = safeUrl(c.url);
      if (url) embed.url = url;
      if (meta) embed.footer = { text: clip(meta, LIMITS.footer) };
      embeds.push(embed);
    });
  }
  return embeds;
}

/** Group embeds into messages of at most 10 embeds and 6000 characters each. */
export function packEmbeds(embeds: APIEmbed[]): BotMessage[] {
  const messages: BotMessage[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (current.length > 0 && (current.length >= LIMITS.embeds || size + n > LIMITS.embedTotal)) {
      messages.push({ embeds: current, components: [], allowedMentions: NO_MENTIONS });
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length > 0) messages.push({ embeds: current, components: [], allowedMentions: NO_MENTIONS });
  return messages;
}

/** `/search` results: the top passages with their sources, no answer synthesis. */
export function renderSearch(query: string, hits: SearchHit[], opts: { guildId: string | null }): BotMessage {
  const title = clip(`Search: ${squash(query)}`, LIMITS.title);
  if (hits.length === 0) {
    const hint = opts.guildId ? ' Try other keywords, or add an article with `/ingest url:<link>`.' : ' Try other keywords.';
    return {
      embeds: [{ title, description: `No passages matched that in the news I have indexed.${hint}`, color: 0x8a8f98 }],
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  }
  const fields = [];
  let used = title.length + 40; // 40: the footer
  for (const h of hits) {
    const source = sourceLine({ ...h, n: h.rank });
    const value = `${blockquote(clip(escapeText(squash(h.text)), LIMITS.fieldValue - source.length - 4))}\n${source}`;
    const name = clip(`[${h.rank}] ${squash(h.title)}`, LIMITS.fieldName);
    if (value.length > LIMITS.fieldValue || used + name.length + value.length > LIMITS.embedTotal) break;
    fields.push({ name, value });
    used += name.length + value.length;
  }
  return {
    embeds: [{ title, fields, color: COLOR, footer: { text: `${fields.length} passage${fields.length === 1 ? '' : 's'} · use /ask for an answer` } }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
