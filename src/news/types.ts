/** Shared shapes of the news core. Nothing here knows about Discord. */

/** The corpus an article belongs to: `global` (operator/bundled) or a Discord guild id. */
export type Scope = string;
export const GLOBAL_SCOPE: Scope = 'global';

/** An article as a loader produces it, before it is stored. `text` is the clean story text. */
export interface ArticleInput {
  /** Stable id supplied by the source (bulk JSON `id`, front matter `id`); otherwise derived. */
  id?: string;
  title: string;
  text: string;
  url?: string;
  source?: string;
  author?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  /** Where it came from, for messages: a path, `file.jsonl:12`, or a URL. */
  origin?: string;
}

/** A stored article. */
export interface Article {
  id: string;
  scope: Scope;
  title: string;
  url: string | null;
  canonicalUrl: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  text: string;
  contentHash: string;
  ingestedAt: string;
  updatedAt: string;
}

/** A chunk of an article; `start`/`end` are character offsets into `Article.text`. */
export interface Passage {
  id: number;
  articleId: string;
  ord: number;
  start: number;
  end: number;
  text: string;
}

export type IngestStatus = 'added' | 'updated' | 'unchanged' | 'failed';

/** One line of `ingest --json`. */
export interface IngestResult {
  input: string;
  status: IngestStatus;
  articleId?: string;
  title?: string;
  error?: string;
}
