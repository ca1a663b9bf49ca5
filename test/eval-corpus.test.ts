/**
 * Ranking quality on a small synthetic corpus (scripts/corpus/generate.ts): 40 articles, 30
 * paraphrased questions, each answered by one article. When written, this seed gave article
 * Hits@3 bm25 0.93, vector 0.80, hybrid 0.90 (hybrid passage Hits@3 0.70); seeds 1–8 gave
 * bm25 ≥ 0.93, vector ≥ 0.83, hybrid ≥ 0.90. The floors sit below that and far above a broken
 * ranker: constant vectors give vector 0.03 and hybrid 0.40; random vectors give vector 0.00.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type CorpusQuery } from '../scripts/corpus/generate.js';
import { evalMode, withCorpusApp, type Mode, type ModeResult } from '../scripts/eval.js';

const SEED = 20240611;

describe('synthetic corpus ranking', () => {
  const results = {} as Record<Mode, ModeResult>;
  let missing = -1;
  let questions: CorpusQuery[] = [];
  let dir = '';

  beforeAll(async () => {
    const corpus = generateCorpus({ seed: SEED, articles: 40, queries: 30, unanswerable: 0 });
    questions = corpus.queries.filter((q) => q.articleId);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-evalcorpus-'));
    const files = writeCorpus(dir, corpus, { distractors: [] });
    await withCorpusApp([files.articles], async (app) => {
      missing = questions.filter((q) => !app.store.getArticle(q.articleId!)?.text.includes(q.sentence!)).length;
      for (const mode of ['bm25', 'vector', 'hybrid'] as const) results[mode] = await evalMode(app, questions, mode);
    });
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates answerable questions whose answer sentence survives ingest verbatim', () => {
    expect(questions.length).toBe(30);
    expect(missing).toBe(0);
  });

  it('each ranker finds the answering article in its top 3 for most questions', () => {
    expect(results.bm25.article.hits3).toBeGreaterThanOrEqual(0.85);
    expect(results.vector.article.hits3).toBeGreaterThanOrEqual(0.65);
    expect(results.hybrid.article.hits3).toBeGreaterThanOrEqual(0.8);
    // The answering sentence itself, inside a top-3 passage.
    expect(results.hybrid.passage.hits3).toBeGreaterThanOrEqual(0.55);
  });

  it('fusion keeps what the lexical ranker adds to the semantic one', () => {
    expect(results.hybrid.article.hits3).toBeGreaterThan(results.vector.article.hits3);
    expect(results.hybrid.article.mrr10).toBeGreaterThan(results.vector.article.mrr10);
  });

  it('fusion loses at most 3 of the 30 questions to BM25 alone', () => {
    expect(results.hybrid.article.hits3).toBeGreaterThanOrEqual(results.bm25.article.hits3 - 0.1);
  });

  // Equal-weight reciprocal rank fusion lost to BM25 alone here (0.90 vs 0.93); the weighted
  // score fusion does not. On the 420-article `npm run eval` corpus it is still just below
  // (0.93 vs 0.94): see the README.
  it('hybrid Hits@3 ≥ bm25 Hits@3', () => {
    expect(results.hybrid.article.hits3).toBeGreaterThanOrEqual(results.bm25.article.hits3);
  });
});
