/** `/articles` pages and the article-title autocomplete. */
import { ButtonStyle, ComponentType, type APIApplicationCommandOptionChoice } from 'discord.js';
import { GLOBAL_SCOPE, type Scope } from '../news/types.js';
import type { ArticleSummary, NewsService } from '../qa/types.js';
import { formatDate, safeUrl } from './format-answer.js';
import { clip, escapeLinkLabel, escapeText, LIMITS, squash } from './limits.js';
import { NO_MENTIONS, type BotMessage } from './payload.js';

export const ARTICLES_PAGE_SIZE = 5;
/** The query kept in the page buttons' custom_id (`articles:<page>:<query>`, at most 100 chars). */
const QUERY_IN_ID = 80;

function articleLine(a: ArticleSummary): string {
  const title = escapeLinkLabel(clip(squash(a.title) || 'Untitled', 150));
  const url = safeUrl(a.url);
  const meta = [a.source ? escapeText(clip(squash(a.source), 60)) : null, formatDate(a.publishedAt), a.scope === GLOBAL_SCOPE ? null : 'added here']
    .filter(Boolean)
    .join(' · ');
  return `• ${url ? `[${title}](<${url}>)` : `**${title}**`}${meta ? ` — ${meta}` : ''}`;
}

/** One page of articles with ◀/▶ buttons; `page` is 0-based and already within range. */
export function renderArticles(p: { articles: ArticleSummary[]; total: number; page: number; query: string; guildId: string | null }): BotMessage {
  const query = clip(p.query, QUERY_IN_ID);
  const pages = Math.max(1, Math.ceil(p.total / ARTICLES_PAGE_SIZE));
  const title = clip(query ? `Articles matching “${squash(query)}”` : 'Latest indexed articles', LIMITS.title);
  const description =
    p.articles.length > 0
      ? p.articles.map(articleLine).join('\n')
      : query
        ? 'No indexed articles match that. Try fewer words.'
        : 'No articles are indexed yet.' + (p.guildId ? ' A server manager can add one with `/ingest url:<link>`.' : '');
  const button = (label: string, target: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: `articles:${target}:${query}`,
    disabled,
  });
  return {
    embeds: [{ title, description, color: 0x2f6fb5, footer: { text: `Page ${p.page + 1} of ${pages} · ${p.total} article${p.total === 1 ? '' : 's'}` } }],
    components:
      pages > 1
        ? [{ type: ComponentType.ActionRow, components: [button('◀ Newer', p.page - 1, p.page === 0), button('Older ▶', p.page + 1, p.page >= pages - 1)] }]
        : [],
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Up to 25 article titles for autocomplete: titles containing what was typed (those starting with it
 * first), then the index's own matches for it. Autocomplete must answer fast, so this stays on the
 * synchronous listing calls.
 */
export function articleChoices(news: NewsService, scopes: Scope[], typed: string): APIApplicationCommandOptionChoice<string>[] {
  const needle = typed.toLowerCase();
  const recent = news.listArticles({ scopes, limit: 200 }).map((a) => a.title);
  const containing = recent.filter((t) => t.toLowerCase().includes(needle));
  containing.sort((a, b) => Number(!a.toLowerCase().startsWith(needle)) - Number(!b.toLowerCase().startsWith(needle)));
  let matching: string[] = [];
  if (needle && containing.length < LIMITS.choices) {
    try {
      matching = news.listArticles({ scopes, query: typed, limit: LIMITS.choices }).map((a) => a.title);
    } catch {
      // Half-typed words can be invalid full-text syntax; the substring matches are enough then.
    }
  }
  const titles = [...new Set([...containing, ...matching].map((t) => squash(t)).filter(Boolean))].slice(0, LIMITS.choices);
  return titles.map((t) => ({ name: clip(t, LIMITS.choiceName), value: clip(t, LIMITS.choiceValue) }));
}
