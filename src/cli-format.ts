import type { AnswerResult, ArticleSummary, SearchHit } from './qa/types.js';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : 'undated');

/** Human-readable answer: the answer, then numbered sources with their verbatim quotes. */
export function formatAnswer(a: AnswerResult): string {
  if (a.abstained) return `${a.answer}\nTry \`newsdesk search\` with other words, or ingest articles about it.`;
  const lines = [a.answer, '', 'Sources:'];
  for (const c of a.citations) {
    lines.push(`[${c.n}] ${c.title} — ${c.source ?? 'unknown source'}, ${day(c.publishedAt)}${c.url ? ` <${c.url}>` : ''}`);
    lines.push(`    “${c.quote}” (chars ${c.start}–${c.end} of article ${c.articleId})`);
  }
  return lines.join('\n');
}

export function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'No matching passages.';
  return hits
    .map((h) => `${h.rank}. ${h.title} — ${h.source ?? 'unknown source'}, ${day(h.publishedAt)}${h.url ? ` <${h.url}>` : ''}\n   ${h.text.replace(/\s+/g, ' ').slice(0, 300)}${h.text.length > 300 ? '…' : ''}`)
    .join('\n\n');
}

export function formatArticles(list: ArticleSummary[], total: number): string {
  if (list.length === 0) return 'No articles indexed yet. Add some with `newsdesk ingest <path|url>`.';
  const rows = list.map((a) => `${a.id}  ${day(a.publishedAt)}  ${a.source ?? '-'}  ${a.title}${a.scope === 'global' ? '' : `  [${a.scope}]`}`);
  return `${rows.join('\n')}\n(${list.length} of ${total} articles)`;
}
