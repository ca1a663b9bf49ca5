import type { NewsStore, PassageRow } from '../news/store.js';
import { GLOBAL_SCOPE, type Scope } from '../news/types.js';
import { STOPWORDS, tokenize } from './text.js';

export interface RetrieveOptions {
  scopes?: Scope[];
  k?: number;
  /** Most passages one article may contribute before others get a turn. */
  perArticle?: number;
  /** Candidates taken from each ranker before fusion. */
  candidates?: number;
  /** 'hybrid' (default), or one ranker alone for evaluation. */
  mode?: 'hybrid' | 'bm25' | 'vector';
}

export interface RankedPassage {
  passage: PassageRow;
  score: number;
  bm25Rank: number | null;
  vectorRank: number | null;
}


/** The query's content words for FTS5 (each is quoted there, so no FTS syntax gets through). */
export function queryWords(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t))))];
}

/**
 * Hybrid retrieval: FTS5 BM25 and HNSW cosine, fused as a weighted sum of normalized scores (the
 * vector weight is the embedding model's `fusionWeight`), then diversified so one
 * article cannot fill the top-k (at most `perArticle` passages each until others run out).
 */
export async function retrieve(store: NewsStore, query: string, opts: RetrieveOptions = {}): Promise<RankedPassage[]> {
  const scopes = opts.scopes?.length ? opts.scopes : [GLOBAL_SCOPE];
  const k = opts.k ?? 5;
  const n = opts.candidates ?? Math.max(50, k * 5);
  const mode = opts.mode ?? 'hybrid';
  await store.refresh();
  const lexical = mode === 'vector' ? [] : store.ftsSearch(queryWords(query), scopes, n);
  let semantic: { id: number; score: number }[] = [];
  if (mode !== 'bm25' && store.vectors.size > 0) {
    const qv = await store.model.embeddings.embedQuery(query);
    const min = store.model.minSimilarity;
    semantic = store.vectors.search(qv, n, store.scopeFilter(scopes)).filter((h) => h.score >= min);
  }
  const ranked = fuse(lexical, semantic, store.model.fusionWeight);
  const rows = store.passagesByIds(ranked.slice(0, Math.max(k * 6, 30)).map(([id]) => id));
  const candidates: RankedPassage[] = [];
  for (const [id, e] of ranked) {
    const passage = rows.get(id);
    if (passage) candidates.push({ passage, ...e });
  }
  return diversify(candidates, k, opts.perArticle ?? 2);
}

export interface Fused {
  score: number;
  bm25Rank: number | null;
  vectorRank: number | null;
}

/**
 * Fuse two rankings as a convex combination of max-normalized scores: `(1 - w)·bm25/max +
 * w·cos/max`, a passage missing from one side scoring 0 there. Best first.
 * Measured against weighted reciprocal rank fusion on the synthetic corpus this ranks better
 * (article Hits@3 0.92 vs 0.86 at w = 0.3): RRF's flat 1/(60 + rank) lets a weak ranker reorder
 * BM25's confident top hits.
 */
export function fuse(lexical: { id: number; score: number }[], semantic: { id: number; score: number }[], w: number): [number, Fused][] {
  const fused = new Map<number, Fused>();
  const entry = (id: number) => {
    let e = fused.get(id);
    if (!e) fused.set(id, (e = { score: 0, bm25Rank: null, vectorRank: null }));
    return e;
  };
  const maxBm25 = lexical[0]?.score || 1;
  const maxCos = semantic[0]?.score || 1;
  lexical.forEach((h, i) => {
    const e = entry(h.id);
    e.score += ((1 - w) * h.score) / maxBm25;
    e.bm25Rank = i + 1;
  });
  semantic.forEach((h, i) => {
    const e = entry(h.id);
    e.score += (w * h.score) / maxCos;
    e.vectorRank = i + 1;
  });
  return [...fused.entries()].sort((a, b) => b[1].score - a[1].score);
}

/** Keep rank order but let each article place at most `cap` passages until the list runs short. */
export function diversify<T extends { passage: { articleId: string } }>(items: T[], k: number, cap: number): T[] {
  const out: T[] = [];
  const overflow: T[] = [];
  const perArticle = new Map<string, number>();
  for (const item of items) {
    const n = perArticle.get(item.passage.articleId) ?? 0;
    if (n < cap) {
      out.push(item);
      perArticle.set(item.passage.articleId, n + 1);
      if (out.length === k) return out;
    } else {
      overflow.push(item);
    }
  }
  return out.concat(overflow.slice(0, k - out.length));
}
