/**
 * How an answer looks in Discord: one embed with the answer and its `[n]` markers, a sources list
 * `[n] [title](<url>) — source, date`, and the quoted passages as fields where they fit. Whole
 * citations are dropped (never half of one) when the limits are reached; quotes that had to be
 * shortened end in "…" and the footer points at "Show passages" for the full text.
 */
import { ButtonStyle, ComponentType, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { AnswerResult, Citation } from '../qa/types.js';
import { blockquote, clip, embedLength, escapeLinkLabel, escapeText, LIMITS, squash } from './limits.js';
import { NO_MENTIONS, type BotMessage } from './payload.js';

const COLOR_ANSWER = 0x2f6fb5;
const COLOR_ABSTAIN = 0x8a8f98;
/** Room kept for the footer and the "…and N more" note while packing sources and quotes. */
const FOOTER_ROOM = 160;
const MAX_ANSWER = 2800;

/** A link target safe inside `(<…>)`: http(s) only, with the characters that would end it encoded. */
export function safeUrl(url: string | null): string | null {
  // Very long addresses would crowd out the answer; the title alone still identifies the source.
  if (!url || !/^https?:\/\//i.test(url) || url.length > 512) return null;
  return url.replace(/[\s<>()]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `2024-05-01` from an ISO date(-time); other strings as given. */
export function formatDate(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : clip(publishedAt, 40);
}

/** `[n] [title](<url>) — source, date`, the link left out when the article has no web address. */
export function sourceLine(c: Pick<Citation, 'n' | 'title' | 'url' | 'source' | 'publishedAt'>): string {
  const title = escapeLinkLabel(clip(squash(c.title) || 'Untitled', 120));
  const url = safeUrl(c.url);
  const meta = [c.source ? escapeText(clip(squash(c.source), 60)) : null, formatDate(c.publishedAt)].filter(Boolean).join(', ');
  return `[${c.n}] ${url ? `[${title}](<${url}>)` : `**${title}**`}${meta ? ` — ${meta}` : ''}`;
}

/** The answer-button ids: `answer:<action>:<stored answer id>`. */
export function answerButtonId(action: 'passages' | 'up' | 'down', answerId: number): string {
  return `answer:${action}:${answerId}`;
}

function answerButtons(answerId: number, withPassages: boolean): BotMessage['components'] {
  const button = (custom_id: string, extra: object) => ({ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, custom_id, ...extra });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        ...(withPassages ? [button(answerButtonId('passages', answerId), { label: 'Show passages' })] : []),
        button(answerButtonId('up', answerId), { emoji: { name: '👍' } }),
        button(answerButtonId('down', answerId), { emoji: { name: '👎' } }),
      ],
    },
  ];
}

/** The message for a stored answer (`answerId` goes into the button ids). */
export function renderAnswer(result: AnswerResult, answerId: number, opts: { guildId: string | null }): BotMessage {
  const embed = result.abstained || result.citations.length === 0 ? abstentionEmbed(result, opts.guildId) : answerEmbed(result);
  return { embeds: [embed], components: answerButtons(answerId, !result.abstained && result.citations.length > 0), allowedMentions: NO_MENTIONS };
}

function answerEmbed(result: AnswerResult): APIEmbed {
  const title = clip(squash(result.question), LIMITS.title);
  const budget = LIMITS.embedTotal - title.length - FOOTER_ROOM;
  let description = clip(escapeText(result.answer.trim()), MAX_ANSWER);
  const shown: Citation[] = [];
  for (const c of result.citations) {
    const next = `${description}${shown.length === 0 ? '\n\n**Sources**' : ''}\n${sourceLine(c)}`;
    if (next.length > LIMITS.description - FOOTER_ROOM || next.length > budget) break;
    description = next;
    shown.push(c);
  }
  const dropped = result.citations.length - shown.length;
  if (dropped > 0) description += `\n…and ${dropped} more source${dropped === 1 ? '' : 's'} (Show passages)`;

  const fields: APIEmbedField[] = [];
  let used = title.length + description.length;
  let shortened = dropped > 0;
  for (const c of shown) {
    const name = clip(`[${c.n}] ${squash(c.title)}`, LIMITS.fieldName);
    const quote = squash(c.quote);
    const value = blockquote(clip(escapeText(quote), LIMITS.fieldValue - 2));
    if (fields.length >= LIMITS.fields || used + name.length + value.length > budget) {
      shortened = true; // the remaining quotes are left out whole; Show passages has them
      break;
    }
    if (value.length - 2 < escapeText(quote).length) shortened = true;
    fields.push({ name, value });
    used += name.length + value.length;
  }
  const footer = shortened
    ? 'Some passages are shortened or left out — press Show passages for the full quotes.'
    : `Answered from ${shown.length} source${shown.length === 1 ? '' : 's'}.`;
  const embed: APIEmbed = { title, description, fields, color: COLOR_ANSWER, footer: { text: footer } };
  // A last guard: the packing above keeps within limits, but never send what Discord would refuse.
  return embedLength(embed) <= LIMITS.embedTotal ? embed : { ...embed, fields: [] };
}

function abstentionEmbed(result: AnswerResult, guildId: string | null): APIEmbed {
  const where = guildId ? 'the news indexed for this server' : 'the shared news index';
  return {
    title: clip(squash(result.question), LIMITS.title),
    description:
      `I couldn't find an answer to that in ${where}, so I won't guess.\n\n` +
      'Try `/search` with a few keywords to see the closest passages' +
      (guildId ? ', or ask a server manager to add a relevant article with `/ingest url:<link>`.' : '.'),
    color: COLOR_ABSTAIN,
  };
}
