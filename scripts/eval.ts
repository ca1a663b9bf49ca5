/**
 * Retrieval and answer quality.  `npm run eval` (`tsx scripts/eval.ts [--quick] [--no-dev] [--verbose]`)
 *
 * 1. The shared dev set (scripts/eval-dev.ts): evidence span in the top-3 citations (target ≥ 22/24).
 * 2. The synthetic corpus (scripts/corpus/generate.ts, plus the real readability pages as
 *    distractors when present): for each ranker alone (bm25, vector) and fused (hybrid),
 *    Hits@1/3/10 and MRR@10 at the article level (a result passage from the answering article)
 *    and at the passage level (a result passage containing the answering sentence); then the
 *    answer level: `ask` cites the answering sentence in its top-3 citations, how often it
 *    abstains on answerable questions, and how often it abstains on unanswerable ones.
 *
 * Prints a compact table and writes bench-out/eval.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/app.js';
import { loadConfig, ROOT_DIR } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { retrieve } from '../src/qa/retriever.js';
import { generateCorpus, readabilityPages, writeCorpus, type CorpusQuery, type GenerateOptions } from './corpus/generate.js';
import { evalDev, type DevResult } from './eval-dev.js';

export type Mode = 'bm25' | 'vector' | 'hybrid';
export const MODES: Mode[] = ['bm25', 'vector', 'hybrid'];

export interface RankMetrics {
  n: number;
  hits1: number;
  hits3: number;
  hits10: number;
  mrr10: number;
}

export interface ModeResult {
  article: RankMetrics;
  passage: RankMetrics;
  /** Article-level Hits@3 by beat and by question style. */
  byBeat: Record<string, RankMetrics>;
  byStyle: Record<string, RankMetrics>;
  msPerQuery: number;
}

export interface AskResult {
  n: number;
  /** Answering sentence inside one of the top-3 citations (of the right article). */
  sentenceTop3: number;
  /** Any top-3 citation from the right article. */
  articleTop3: number;
  abstainedAnswerable: number;
  unanswerable: number;
  abstainedUnanswerable: number;
  msPerQuestion: number;
}

export interface CorpusEvalResult {
  seed: number;
  articles: number;
  distractorPages: number;
  passages: number;
  questions: number;
  unanswerable: number;
  ingestSeconds: number;
  /** Answering sentences not found verbatim in the stored text (should be 0). */
  missingSentences: number;
  modes: Record<Mode, ModeResult>;
  ask: AskResult | null;
  failures: { mode: string; id: string; query: string; want: string; got: string[] }[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Rank positions (1-based) → Hits@k and MRR@10. `ranks` holds null for a miss in the top 10. */
export function rankMetrics(ranks: (number | null)[]): RankMetrics {
  const n = ranks.length;
  const hit = (k: number) => ranks.filter((r) => r !== null && r <= k).length / (n || 1);
  const mrr = ranks.reduce<number>((s, r) => s + (r !== null && r <= 10 ? 1 / r : 0), 0) / (n || 1);
  return { n, hits1: hit(1), hits3: hit(3), hits10: hit(10), mrr10: mrr };
}

/** Open a fresh app on a temp dir, ingest `inputs`, run `fn`, clean up. */
export async function withCorpusApp<T>(inputs: string[], fn: (app: App, ingestSeconds: number) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-corpus-'));
  const app = await createApp(loadConfig({ NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0', NEWSDESK_LOG_LEVEL: 'silent' }), {
    logger: createLogger('silent'),
  });
  try {
    const t0 = performance.now();
    const results = await app.news.ingest(inputs);
    // A distractor page may legitimately yield no article; a generated article must not fail.
    const failed = results.filter((r) => r.status === 'failed' && /\.jsonl:\d+$/.test(r.input));
    if (failed.length) throw new Error(`ingest failed for ${failed.length} articles, e.g. ${failed[0]!.input}: ${failed[0]!.error}`);
    return await fn(app, (performance.now() - t0) / 1000);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Retrieval metrics of one mode over the answerable questions. */
export async function evalMode(
  app: App,
  queries: CorpusQuery[],
  mode: Mode,
  failures?: CorpusEvalResult['failures'],
): Promise<ModeResult> {
  const articleRanks: (number | null)[] = [];
  const passageRanks: (number | null)[] = [];
  const groups = { beat: new Map<string, (number | null)[]>(), style: new Map<string, (number | null)[]>() };
  const t0 = performance.now();
  for (const q of queries) {
    const ranked = await retrieve(app.store, q.query, { mode, k: 10 });
    const want = norm(q.sentence!);
    const a = ranked.findIndex((r) => r.passage.articleId === q.articleId);
    const p = ranked.findIndex((r) => r.passage.articleId === q.articleId && norm(r.passage.text).includes(want));
    const ar = a < 0 ? null : a + 1;
    articleRanks.push(ar);
    passageRanks.push(p < 0 ? null : p + 1);
    for (const [key, map] of [
      [q.beat ?? '?', groups.beat],
      [q.style, groups.style],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(ar);
      map.set(key, list);
    }
    if (failures && (ar === null || ar > 3)) {
      failures.push({ mode, id: q.id, query: q.query, want: `${q.articleId}: ${q.sentence}`, got: ranked.slice(0, 3).map((r) => `${r.passage.articleId}: ${r.passage.title}`) });
    }
  }
  const ms = (performance.now() - t0) / (queries.length || 1);
  const toRecord = (m: Map<string, (number | null)[]>) => Object.fromEntries([...m].sort().map(([k, v]) => [k, rankMetrics(v)]));
  return { article: rankMetrics(articleRanks), passage: rankMetrics(passageRanks), byBeat: toRecord(groups.beat), byStyle: toRecord(groups.style), msPerQuery: ms };
}

/** Answer-level metrics: `ask` on every question, answerable or not. */
export async function evalAsk(app: App, queries: CorpusQuery[], failures?: CorpusEvalResult['failures']): Promise<AskResult> {
  const res: AskResult = { n: 0, sentenceTop3: 0, articleTop3: 0, abstainedAnswerable: 0, unanswerable: 0, abstainedUnanswerable: 0, msPerQuestion: 0 };
  const t0 = performance.now();
  for (const q of queries) {
    const a = await app.news.ask(q.query);
    if (!q.articleId) {
      res.unanswerable++;
      if (a.abstained) res.abstainedUnanswerable++;
      continue;
    }
    res.n++;
    if (a.abstained) res.abstainedAnswerable++;
    const top = a.citations.slice(0, 3);
    const want = norm(q.sentence!);
    const fromArticle = top.filter((c) => c.articleId === q.articleId);
    if (fromArticle.length) res.articleTop3++;
    if (fromArticle.some((c) => norm(c.quote).includes(want))) res.sentenceTop3++;
    else failures?.push({ mode: 'ask', id: q.id, query: q.query, want: `${q.articleId}: ${q.sentence}`, got: top.map((c) => `${c.articleId}: ${c.quote.slice(0, 160)}`) });
  }
  res.msPerQuestion = (performance.now() - t0) / (queries.length || 1);
  return res;
}

export interface CorpusEvalOptions extends GenerateOptions {
  distractors?: boolean;
  ask?: boolean;
}

/** Generate the corpus, ingest it (with the distractor pages), and measure every mode. */
export async function evalCorpus(opts: CorpusEvalOptions = {}): Promise<CorpusEvalResult> {
  const corpus = generateCorpus(opts);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-syn-'));
  try {
    const pages = opts.distractors === false ? [] : readabilityPages();
    const files = writeCorpus(dir, corpus, { distractors: pages });
    const answerable = corpus.queries.filter((q) => q.articleId);
    return await withCorpusApp([files.articles, ...pages], async (app, ingestSeconds) => {
      let missing = 0;
      for (const q of answerable) {
        const text = app.store.getArticle(q.articleId!)?.text ?? '';
        if (!norm(text).includes(norm(q.sentence!))) missing++;
      }
      const failures: CorpusEvalResult['failures'] = [];
      const modes = {} as Record<Mode, ModeResult>;
      for (const mode of MODES) modes[mode] = await evalMode(app, answerable, mode, mode === 'hybrid' ? failures : undefined);
      const ask = opts.ask === false ? null : await evalAsk(app, corpus.queries, failures);
      return {
        seed: corpus.seed,
        articles: corpus.articles.length,
        distractorPages: pages.length,
        passages: app.db.prepare('SELECT count(*) FROM passages').pluck().get() as number,
        questions: answerable.length,
        unanswerable: corpus.queries.length - answerable.length,
        ingestSeconds,
        missingSentences: missing,
        modes,
        ask,
        failures,
      };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const f3 = (x: number) => x.toFixed(3);

export function formatCorpusResult(r: CorpusEvalResult): string {
  const lines: string[] = [];
  lines.push(
    `synthetic corpus (seed ${r.seed}): ${r.articles} articles + ${r.distractorPages} distractor pages, ${r.passages} passages, ` +
      `${r.questions} questions + ${r.unanswerable} unanswerable (ingest ${r.ingestSeconds.toFixed(1)}s` +
      `${r.missingSentences ? `, ${r.missingSentences} answer sentences MISSING from stored text` : ''})`,
  );
  lines.push('');
  lines.push('mode     level    Hits@1  Hits@3  Hits@10  MRR@10   ms/query');
  for (const mode of MODES) {
    const m = r.modes[mode];
    for (const level of ['article', 'passage'] as const) {
      const x = m[level];
      lines.push(
        `${(level === 'article' ? mode : '').padEnd(8)} ${level.padEnd(8)} ${f3(x.hits1).padStart(6)}  ${f3(x.hits3).padStart(6)}  ${f3(x.hits10).padStart(7)}  ${f3(x.mrr10).padStart(6)}   ${level === 'article' ? m.msPerQuery.toFixed(1).padStart(6) : ''}`,
      );
    }
  }
  const beats = Object.keys(r.modes.hybrid.byBeat);
  lines.push('');
  lines.push(`article Hits@3 by beat   ${beats.map((b) => b.padStart(9)).join('')}`);
  for (const mode of MODES) lines.push(`  ${mode.padEnd(22)} ${beats.map((b) => f3(r.modes[mode].byBeat[b]!.hits3).padStart(9)).join('')}`);
  lines.push(`  ${'(questions)'.padEnd(22)} ${beats.map((b) => String(r.modes.hybrid.byBeat[b]!.n).padStart(9)).join('')}`);
  const styles = Object.keys(r.modes.hybrid.byStyle);
  lines.push(`article Hits@3 by style  ${styles.map((b) => b.padStart(10)).join('')}`);
  for (const mode of MODES) lines.push(`  ${mode.padEnd(22)} ${styles.map((b) => f3(r.modes[mode].byStyle[b]!.hits3).padStart(10)).join('')}`);
  if (r.ask) {
    const a = r.ask;
    lines.push('');
    lines.push(
      `ask: answering sentence in top-3 citations ${a.sentenceTop3}/${a.n} (${f3(a.sentenceTop3 / a.n)}), right article in top-3 ${a.articleTop3}/${a.n} (${f3(a.articleTop3 / a.n)}), ` +
        `abstained on answerable ${a.abstainedAnswerable}/${a.n} (${f3(a.abstainedAnswerable / a.n)}), ` +
        `abstained on unanswerable ${a.abstainedUnanswerable}/${a.unanswerable} (${f3(a.abstainedUnanswerable / (a.unanswerable || 1))}), ${a.msPerQuestion.toFixed(1)} ms/question`,
    );
  }
  return lines.join('\n');
}

function devLine(r: DevResult, distractors: boolean): string {
  return `news-pages-dev${distractors ? ' + 106 distractor pages' : ''}: evidence in top-3 citations ${r.hits}/${r.total} (target ≥ 22/24), answer string ${r.answerHits}/${r.total}, abstained ${r.abstained} (ingest ${r.ingestSeconds.toFixed(1)}s)`;
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const verbose = args.includes('--verbose');
  const started = performance.now();
  const out: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length };
  if (!args.includes('--no-dev')) {
    const shared = path.resolve(ROOT_DIR, '../shared/eval');
    if (fs.existsSync(path.join(shared, 'news-pages-dev'))) {
      const dev = await evalDev();
      console.log(devLine(dev, false));
      out.dev = dev;
      if (!quick) {
        const devD = await evalDev({ distractors: true });
        console.log(devLine(devD, true));
        out.devDistractors = devD;
      }
      if (verbose) for (const f of dev.failures) console.log(`  MISS ${f.question}\n    want: ${f.evidence}`);
    } else {
      console.log(`news-pages-dev: skipped (${shared} not found)`);
    }
    console.log('');
  }
  const corpus = await evalCorpus(quick ? { articles: 120, queries: 100, unanswerable: 10, distractors: false } : {});
  console.log(formatCorpusResult(corpus));
  if (verbose) {
    for (const f of corpus.failures) console.log(`  [${f.mode}] ${f.id} ${f.query}\n    want: ${f.want}\n    got:  ${f.got.join('\n          ')}`);
  }
  out.corpus = corpus;
  out.seconds = (performance.now() - started) / 1000;
  const file = path.join(ROOT_DIR, 'bench-out', 'eval.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(`\n(${(out.seconds as number).toFixed(0)}s; details and per-question misses in ${path.relative(process.cwd(), file)})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
