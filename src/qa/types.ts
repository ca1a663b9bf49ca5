import type { Scope, IngestResult } from '../news/types.js';

/** One retrieved passage with its article's metadata (`search --json` result shape). */
export interface SearchHit {
  rank: number;
  articleId: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  text: string;
  score: number;
  passageId: number;
  /** Offsets of `text` in the article text. */
  start: number;
  end: number;
}

/** A numbered source of an answer: `quote` === article.text.slice(start, end), always. */
export interface Citation {
  n: number;
  articleId: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  quote: string;
  start: number;
  end: number;
}

/** `ask --json` shape. */
export interface AnswerResult {
  question: string;
  answer: string;
  abstained: boolean;
  mode: 'extractive' | 'llm';
  citations: Citation[];
  /** The question actually used for retrieval (after follow-up rewriting). */
  searchQuery?: string;
}

/** An earlier exchange in a conversation, used to understand follow-up questions. */
export interface Turn {
  question: string;
  answer?: string;
}

export interface QueryOptions {
  /** Corpora visible to the asker; defaults to the global corpus only. */
  scopes?: Scope[];
  k?: number;
  /** Earlier turns, oldest first, for follow-ups. */
  history?: Turn[];
}

/** Turns a question plus retrieved passages into an answer. Extractive now; an LLM later. */
export interface Answerer {
  readonly mode: 'extractive' | 'llm';
  answer(question: string, hits: SearchHit[], opts: { history?: Turn[] }): Promise<AnswerResult>;
}

export interface ArticleSummary {
  id: string;
  scope: Scope;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  passages: number;
  ingestedAt: string;
}

/** The services the CLI and the bot share. */
export interface NewsService {
  search(query: string, opts?: QueryOptions): Promise<SearchHit[]>;
  ask(question: string, opts?: QueryOptions): Promise<AnswerResult>;
  ingest(
    inputs: string[],
    opts?: { scope?: Scope; onResult?: (r: IngestResult) => void; onProgress?: (done: number, total: number) => void },
  ): Promise<IngestResult[]>;
  listArticles(opts?: { scopes?: Scope[]; query?: string; limit?: number; offset?: number }): ArticleSummary[];
  countArticles(opts?: { scopes?: Scope[]; query?: string }): number;
  removeArticle(idOrUrl: string, scope?: Scope): boolean;
  close(): Promise<void>;
}
