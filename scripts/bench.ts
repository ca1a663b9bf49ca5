/**
 * Speed on this machine, embedded mode (local embeddings).  `npm run bench` (`tsx scripts/bench.ts [--quick] [--rebuild]`)
 *
 *  - ingest: ≥ 1000 generated ~10 KB news articles from one .jsonl file, through `app.news.ingest`
 *    (with a per-phase breakdown) and through the CLI (`newsdesk ingest file.jsonl`); target ≥ 100 articles/s.
 *  - search: p50/p95/p99 warm latency over a 100k-passage store, `app.news.search(q, {k: 5})` end to
 *    end and BM25-only / vector-only `retrieve`, plus the parts (FTS query, query embedding, HNSW
 *    search); target p95 ≤ 20 ms. The store is built once into bench-out/store-100k and reused.
 *  - ask cold start: a fresh `node bin/newsdesk.js ask "…" --json` on that store (~10k articles),
 *    median of 5; target ≤ 1.5 s. Peak RSS from /usr/bin/time -v; a phase breakdown from a child.
 *  - memory: RSS of a fresh process after opening the 100k-passage store.
 *
 * `--quick` uses small sizes (a smoke run). Prints a table; writes bench-out/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../src/app.js';
import { loadConfig, ROOT_DIR } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { chunkText } from '../src/news/chunk.js';
import { fromRecord } from '../src/news/loaders.js';
import { prepareArticle } from '../src/news/ingest.js';
import * as retriever from '../src/qa/retriever.js';
import { generateCorpus, type CorpusArticle } from './corpus/generate.js';
import { Rng } from './corpus/rng.js';

const OUT = path.join(ROOT_DIR, 'bench-out');
const SEED = 7301;
const BENCH_FILE = fileURLToPath(import.meta.url);

interface Sizes {
  ingestArticles: number;
  storePassages: number;
  searchQueries: number;
  wordQueries: number;
  coldRuns: number;
  storeDir: string;
}

const FULL: Sizes = { ingestArticles: 1000, storePassages: 100_000, searchQueries: 400, wordQueries: 200, coldRuns: 5, storeDir: path.join(OUT, 'store-100k') };
const QUICK: Sizes = { ingestArticles: 150, storePassages: 8_000, searchQueries: 80, wordQueries: 40, coldRuns: 3, storeDir: path.join(OUT, 'store-quick') };

export interface Percentiles {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(xs: number[]): Percentiles {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { n: s.length, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN };
}

const median = (xs: number[]) => percentiles(xs).p50;
const { retrieve } = retriever;
const ftsArg = (q: string) => retriever.queryWords(q);
const ftsSearch = (app: App, words: string[], n: number) => app.store.ftsSearch(words, ['global'], n);
const silentConfig = (dir: string) => loadConfig({ NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0', NEWSDESK_LOG_LEVEL: 'silent' });
const openApp = (dir: string) => createApp(silentConfig(dir), { logger: createLogger('silent'), sample: false });
const writeJsonl = (file: string, articles: CorpusArticle[]) => fs.writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');

/** Time the store's phases during an ingest by wrapping its methods (no change to src/). */
function instrument(app: App) {
  const t = { embedMs: 0, sqliteMs: 0, hnswAddMs: 0, hnswSaveMs: 0, lookupMs: 0, embedded: 0 };
  const wrap = <O extends object, K extends keyof O>(obj: O, key: K, field: keyof typeof t, after?: (args: unknown[]) => void) => {
    const orig = obj[key] as unknown as (...a: unknown[]) => unknown;
    (obj as Record<K, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      const t0 = performance.now();
      const out = orig.apply(this, args);
      if (out instanceof Promise) {
        return out.finally(() => {
          t[field] += performance.now() - t0;
          after?.(args);
        });
      }
      t[field] += performance.now() - t0;
      after?.(args);
      return out;
    } as unknown as O[K];
  };
  wrap(app.store.model.embeddings, 'embedDocuments', 'embedMs', (a) => (t.embedded += (a[0] as string[]).length));
  wrap(app.store, 'writeArticle', 'sqliteMs');
  wrap(app.store, 'findExisting', 'lookupMs');
  wrap(app.store.vectors, 'add', 'hnswAddMs');
  wrap(app.store.vectors, 'save', 'hnswSaveMs');
  return t;
}

// ---------------------------------------------------------------- ingest

interface IngestBench {
  articles: number;
  avgBytes: number;
  passages: number;
  api: { seconds: number; articlesPerSec: number; passagesPerSec: number; phasesMs: Record<string, number> };
  cli: { seconds: number; articlesPerSec: number; passagesPerSec: number; exitCode: number | null };
}

async function benchIngest(n: number): Promise<IngestBench> {
  const corpus = generateCorpus({ seed: SEED, articles: n, minWords: 1450, maxWords: 1900, fillerRounds: 8, repeatTemplates: true, noQueries: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-ingest-'));
  try {
    const file = path.join(dir, 'articles.jsonl');
    writeJsonl(file, corpus.articles);
    const avgBytes = corpus.articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / n;

    // Offline: what parsing, boilerplate stripping, chunking and hashing cost on their own.
    const t0 = performance.now();
    let chunks = 0;
    for (const a of corpus.articles) chunks += prepareArticle(await fromRecord(a, 'bench'), 'global').chunks.length;
    const prepareMs = performance.now() - t0;

    const app = await openApp(path.join(dir, 'api'));
    const phases = instrument(app);
    const t1 = performance.now();
    const results = await app.news.ingest([file]);
    const apiSeconds = (performance.now() - t1) / 1000;
    const passages = app.db.prepare('SELECT count(*) FROM passages').pluck().get() as number;
    const added = results.filter((r) => r.status === 'added').length;
    await app.close();
    if (added !== n) throw new Error(`ingest added ${added}/${n}`);
    const apiMs = apiSeconds * 1000;
    const known = phases.embedMs + phases.sqliteMs + phases.hnswAddMs + phases.hnswSaveMs + phases.lookupMs + prepareMs;
    const phasesMs = {
      'prepare (parse, boilerplate, chunk, hash; measured apart)': prepareMs,
      'embed (local hash embeddings)': phases.embedMs,
      'sqlite write (articles, passages, FTS5 triggers)': phases.sqliteMs,
      'dedupe lookups': phases.lookupMs,
      'hnsw add': phases.hnswAddMs,
      'hnsw save': phases.hnswSaveMs,
      'other (file read, JSON, bookkeeping)': Math.max(0, apiMs - known),
    };

    const cliDir = path.join(dir, 'cli');
    const t2 = performance.now();
    const cli = spawnSync(process.execPath, [path.join(ROOT_DIR, 'bin/newsdesk.js'), 'ingest', file], {
      env: { ...process.env, NEWSDESK_DATA_DIR: cliDir, NEWSDESK_AUTO_SAMPLE: '0', NEWSDESK_LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    const cliSeconds = (performance.now() - t2) / 1000;
    if (cli.status !== 0) console.error(`CLI ingest failed: ${cli.stderr}`);
    if (chunks !== passages) console.error(`note: prepared ${chunks} chunks offline, stored ${passages} passages`);
    return {
      articles: n,
      avgBytes,
      passages,
      api: { seconds: apiSeconds, articlesPerSec: n / apiSeconds, passagesPerSec: passages / apiSeconds, phasesMs },
      cli: { seconds: cliSeconds, articlesPerSec: n / cliSeconds, passagesPerSec: passages / cliSeconds, exitCode: cli.status },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the big store

interface StoreInfo {
  dir: string;
  articles: number;
  passages: number;
  buildSeconds: number;
  builtNow: boolean;
  buildArticlesPerSec: number;
  buildPassagesPerSec: number;
  buildPhasesMs?: Record<string, number>;
  questions: string[];
  sourceBytes: number;
}

/** Build (or reuse) a store with at least `target` passages of generated news. */
async function ensureStore(sizes: Sizes, rebuild: boolean): Promise<StoreInfo> {
  const dir = sizes.storeDir;
  const metaFile = path.join(dir, 'bench-meta.json');
  // Rebuild when the size, the seed or the generator's code changed.
  const corpusDir = path.join(ROOT_DIR, 'scripts', 'corpus');
  const hash = createHash('sha256');
  for (const f of fs.readdirSync(corpusDir).sort()) hash.update(fs.readFileSync(path.join(corpusDir, f)));
  const generator = hash.digest('hex').slice(0, 16);
  if (!rebuild && fs.existsSync(metaFile)) {
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as StoreInfo & { target: number; seed: number; generator: string };
    if (meta.target === sizes.storePassages && meta.seed === SEED && meta.generator === generator) return { ...meta, dir, builtNow: false };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Stories of ~400–1100 words make ~10 passages each, so 100k passages is about 10k articles.
  const opts = { seed: SEED + 1, minWords: 420, maxWords: 1100, noQueries: true } as const;
  const probe = generateCorpus({ ...opts, articles: 300 });
  const perArticle = probe.articles.reduce((s, a) => s + chunkText(a.text).length, 0) / probe.articles.length;
  const corpus = generateCorpus({ ...opts, articles: Math.ceil((sizes.storePassages / perArticle) * 1.04) });
  const articles: CorpusArticle[] = [];
  let passages = 0;
  for (const a of corpus.articles) {
    if (passages >= sizes.storePassages) break;
    articles.push(a);
    passages += chunkText(a.text).length;
  }
  const srcDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-store-'));
  const parts: string[] = [];
  for (let i = 0; i < articles.length; i += 2000) {
    const f = path.join(srcDir, `part-${String(i / 2000).padStart(2, '0')}.jsonl`);
    writeJsonl(f, articles.slice(i, i + 2000));
    parts.push(f);
  }
  const app = await openApp(dir);
  const phases = instrument(app);
  const t0 = performance.now();
  let done = 0;
  await app.news.ingest(parts, {
    onProgress: () => {
      done++;
      process.stderr.write(`\r  building ${path.relative(process.cwd(), dir)}: ${done}/${parts.length} files, ${((performance.now() - t0) / 1000).toFixed(0)}s`);
    },
  });
  await app.close();
  const buildSeconds = (performance.now() - t0) / 1000;
  process.stderr.write('\n');
  fs.rmSync(srcDir, { recursive: true, force: true });
  const check = await openApp(dir);
  const stored = check.db.prepare('SELECT count(*) FROM passages').pluck().get() as number;
  const storedArticles = check.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  await check.close();
  // Reader questions about the same invented world (same seed): a 600-article corpus with questions.
  const questions = generateCorpus({ seed: SEED + 1, articles: 600, queries: 500, unanswerable: 0 }).queries.map((q) => q.query);
  const info: StoreInfo = {
    dir,
    articles: storedArticles,
    passages: stored,
    buildSeconds,
    builtNow: true,
    buildArticlesPerSec: storedArticles / buildSeconds,
    buildPassagesPerSec: stored / buildSeconds,
    buildPhasesMs: { embed: phases.embedMs, sqliteWrite: phases.sqliteMs, hnswAdd: phases.hnswAddMs, hnswSave: phases.hnswSaveMs, lookups: phases.lookupMs },
    questions,
    sourceBytes: articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0),
  };
  fs.writeFileSync(metaFile, JSON.stringify({ ...info, target: sizes.storePassages, seed: SEED, generator }, null, 1) + '\n');
  return info;
}

// ---------------------------------------------------------------- search latency

interface SearchBench {
  queries: number;
  openMs: number;
  search: Percentiles;
  bm25: Percentiles;
  vector: Percentiles;
  parts: { ftsQuery: Percentiles; embedQuery: Percentiles; hnswSearch: Percentiles; passagesByIds: Percentiles };
  byQueryType: { questions: Percentiles; wordBags: Percentiles };
}

function wordBags(app: App, n: number): string[] {
  const r = new Rng(SEED + 2);
  const maxId = app.db.prepare('SELECT max(id) FROM passages').pluck().get() as number;
  const get = app.db.prepare('SELECT text FROM passages WHERE id >= ? ORDER BY id LIMIT 1').pluck();
  const out: string[] = [];
  while (out.length < n) {
    const text = (get.get(r.int(1, maxId)) as string | undefined) ?? '';
    const words = text.match(/[A-Za-z][a-z]{3,}/g) ?? [];
    if (words.length < 10) continue;
    out.push(r.sample(words, r.int(2, 4)).join(' '));
  }
  return out;
}

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function benchSearch(store: StoreInfo, sizes: Sizes): Promise<SearchBench> {
  const t0 = performance.now();
  const app = await openApp(store.dir);
  const openMs = performance.now() - t0;
  try {
    const questions = store.questions.slice(0, sizes.searchQueries);
    const bags = wordBags(app, sizes.wordQueries);
    const all = [...questions, ...bags];
    // Warm up: JIT, SQLite page cache, HNSW pages.
    for (const q of all.slice(0, 40)) await app.news.search(q, { k: 5 });
    const search: number[] = [];
    const bm25: number[] = [];
    const vector: number[] = [];
    const fts: number[] = [];
    const emb: number[] = [];
    const hnsw: number[] = [];
    const rows: number[] = [];
    for (const q of all) {
      search.push(await time(() => app.news.search(q, { k: 5 })));
      bm25.push(await time(() => retrieve(app.store, q, { mode: 'bm25', k: 5 })));
      vector.push(await time(() => retrieve(app.store, q, { mode: 'vector', k: 5 })));
      const arg = ftsArg(q);
      fts.push(await time(() => ftsSearch(app, arg, 50)));
      let qv: number[] = [];
      emb.push(await time(async () => (qv = await app.store.model.embeddings.embedQuery(q))));
      let ids: number[] = [];
      hnsw.push(await time(() => (ids = app.store.vectors.search(qv, 50).map((h) => h.id))));
      rows.push(await time(() => app.store.passagesByIds(ids.slice(0, 30))));
    }
    return {
      queries: all.length,
      openMs,
      search: percentiles(search),
      bm25: percentiles(bm25),
      vector: percentiles(vector),
      parts: { ftsQuery: percentiles(fts), embedQuery: percentiles(emb), hnswSearch: percentiles(hnsw), passagesByIds: percentiles(rows) },
      byQueryType: { questions: percentiles(search.slice(0, questions.length)), wordBags: percentiles(search.slice(questions.length)) },
    };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------- cold start, memory

interface ColdBench {
  question: string;
  runsMs: number[];
  firstMs: number;
  medianMs: number;
  peakRssMB: number | null;
  versionMs: number;
  nodeMs: number;
  tsxMs: number;
  phases: Record<string, number>;
  abstained: boolean | null;
  citations: number | null;
}

function runCli(args: string[], dir: string, withTime: boolean) {
  const env = { ...process.env, NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0', NEWSDESK_LOG_LEVEL: 'warn' };
  const cmd = withTime ? '/usr/bin/time' : process.execPath;
  const argv = withTime ? ['-v', process.execPath, path.join(ROOT_DIR, 'bin/newsdesk.js'), ...args] : [path.join(ROOT_DIR, 'bin/newsdesk.js'), ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr, rssMB: rss ? Number(rss[1]) / 1024 : null };
}

/** Run this file as a child (`--child <what> …`), returning its JSON line. */
function child(what: string, ...args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', BENCH_FILE, '--child', what, ...args], { cwd: ROOT_DIR, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, number>;
  } catch {
    throw new Error(`child ${what} failed: ${r.stderr}`);
  }
}

async function benchCold(store: StoreInfo, sizes: Sizes): Promise<ColdBench> {
  const question = store.questions.find((q) => /^(how|what|who|why|when|which)\b/i.test(q)) ?? store.questions[0]!;
  const useTime = fs.existsSync('/usr/bin/time');
  const first = runCli(['ask', question, '--json'], store.dir, useTime);
  if (first.status !== 0) throw new Error(`ask failed (${first.status}): ${first.stderr}`);
  const runs: number[] = [];
  let rss: number | null = first.rssMB;
  for (let i = 0; i < sizes.coldRuns; i++) {
    const r = runCli(['ask', question, '--json'], store.dir, useTime);
    runs.push(r.ms);
    if (r.rssMB !== null) rss = Math.max(rss ?? 0, r.rssMB);
  }
  let parsed: { abstained?: boolean; citations?: unknown[] } = {};
  try {
    parsed = JSON.parse(first.stdout) as typeof parsed;
  } catch {
    // leave empty
  }
  const version = [0, 1, 2].map(() => runCli(['--version'], store.dir, false).ms);
  const wall = (argv: string[]) => {
    const t0 = performance.now();
    spawnSync(process.execPath, argv, { cwd: ROOT_DIR });
    return performance.now() - t0;
  };
  const nodeMs = median([0, 1, 2].map(() => wall(['-e', ''])));
  const tsxMs = median([0, 1, 2].map(() => wall(['--import', 'tsx', '-e', ''])));
  if (rss === null) rss = child('ask-rss', store.dir, question).maxRssMB ?? null;
  return {
    question,
    runsMs: runs,
    firstMs: first.ms,
    medianMs: median(runs),
    peakRssMB: rss,
    versionMs: median(version),
    nodeMs,
    tsxMs,
    phases: (() => {
      const app = child('cold-phases', store.dir, question);
      const parts = child('open-parts', store.dir);
      const { createAppMs, ...rest } = app;
      return { createAppMs: createAppMs!, ...parts, ...rest };
    })(),
    abstained: parsed.abstained ?? null,
    citations: parsed.citations?.length ?? null,
  };
}

/** Child: where a cold `ask` spends its time (module loading, opening the store and its parts, answering). */
async function childColdPhases(dir: string, question: string) {
  // Modules are already loaded here (this file imports them); their cost is `newsdesk --version`.
  const tImport = performance.now();
  const app = await openApp(dir);
  const tOpen = performance.now();
  await app.news.ask(question);
  const tAsk = performance.now();
  await app.news.ask(question);
  const tAsk2 = performance.now();
  await app.close();
  const tClose = performance.now();
  console.log(
    JSON.stringify({
      createAppMs: tOpen - tImport,
      firstAskMs: tAsk - tOpen,
      secondAskMs: tAsk2 - tAsk,
      closeMs: tClose - tAsk2,
      fileMB: fs.statSync(path.join(dir, 'vectors.hnsw')).size / 2 ** 20,
      sqliteMB: fs.statSync(path.join(dir, 'newsdesk.sqlite')).size / 2 ** 20,
    }),
  );
}

/** Child: the parts of opening the store, one by one, in a fresh process. */
async function childOpenParts(dir: string) {
  const { VectorIndex } = await import('../src/news/vector-index.js');
  const Database = (await import('better-sqlite3')).default;
  const p0 = performance.now();
  const db = new Database(path.join(dir, 'newsdesk.sqlite'));
  const dim = Number(db.prepare("SELECT value FROM meta WHERE key = 'embedding_dim'").pluck().get());
  const p1 = performance.now();
  const vi = new VectorIndex(path.join(dir, 'vectors.hnsw'), dim);
  const p2 = performance.now();
  const ids = db.prepare('SELECT id FROM passages').pluck().all() as number[];
  const inDb = new Set(ids);
  vi.ids().filter((id) => !inDb.has(id));
  ids.filter((id) => !vi.has(id));
  const p3 = performance.now();
  db.close();
  console.log(
    JSON.stringify({
      '  sqlite open + meta': p1 - p0,
      '  hnsw readIndex + id set': p2 - p1,
      '  reconcile (all passage ids vs index ids)': p3 - p2,
    }),
  );
}

/** Child: memory of a fresh process after opening the store (and after one search). */
async function childOpen(dir: string) {
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const app = await openApp(dir);
  const openMs = performance.now() - t0;
  const m = process.memoryUsage();
  await app.news.search('earthquake death toll', { k: 5 });
  const after = process.memoryUsage().rss;
  await app.close();
  const MB = 2 ** 20;
  console.log(JSON.stringify({ baselineRssMB: before / MB, rssMB: m.rss / MB, heapUsedMB: m.heapUsed / MB, externalMB: m.external / MB, arrayBuffersMB: m.arrayBuffers / MB, rssAfterSearchMB: after / MB, openMs }));
}

/** Child: the same code as `ask`, reporting its own peak RSS (when /usr/bin/time is missing). */
async function childAskRss(dir: string, question: string) {
  const app = await openApp(dir);
  await app.news.ask(question);
  await app.close();
  console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

// ---------------------------------------------------------------- report

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pct3 = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)} ms`;

function table(rows: [string, string, string, string][]): string {
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`).join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, what, dir, question] = args;
    if (what === 'cold-phases') await childColdPhases(dir!, question!);
    else if (what === 'open') await childOpen(dir!);
    else if (what === 'open-parts') await childOpenParts(dir!);
    else if (what === 'ask-rss') await childAskRss(dir!, question!);
    return;
  }
  const quick = args.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  const started = performance.now();
  const loadStart = os.loadavg()[0]!;
  fs.mkdirSync(OUT, { recursive: true });
  const log = (s: string) => process.stderr.write(`${s}\n`);

  log(`ingest: ${sizes.ingestArticles} generated ~10 KB articles…`);
  const ingest = await benchIngest(sizes.ingestArticles);
  log(`store: ${sizes.storePassages} passages in ${path.relative(process.cwd(), sizes.storeDir)}…`);
  const store = await ensureStore(sizes, args.includes('--rebuild'));
  // Open once before measuring, so a schema migration of a cached store is not timed as "open".
  const tOpen = performance.now();
  await (await openApp(store.dir)).close();
  const firstOpenMs = performance.now() - tOpen;
  if (firstOpenMs > 3000) log(`  (first open took ${(firstOpenMs / 1000).toFixed(1)}s: migration or reconcile)`);
  log('memory…');
  const memory = child('open', store.dir);
  log('search latency…');
  const search = await benchSearch(store, sizes);
  log('ask cold start…');
  const cold = await benchCold(store, sizes);

  const ok = (good: boolean) => (good ? 'ok' : 'MISSED');
  const rows: [string, string, string, string][] = [
    ['metric', 'value', 'target', ''],
    [`ingest via app.news.ingest (${ingest.articles} × ${(ingest.avgBytes / 1024).toFixed(1)} KB, .jsonl)`, `${ingest.api.articlesPerSec.toFixed(1)} articles/s`, '≥ 100 articles/s', ok(ingest.api.articlesPerSec >= 100)],
    ['  passages', `${ingest.api.passagesPerSec.toFixed(0)} passages/s`, `(${ingest.passages} passages, ${ingest.api.seconds.toFixed(1)}s)`, ''],
    [`ingest via CLI \`newsdesk ingest file.jsonl\``, `${ingest.cli.articlesPerSec.toFixed(1)} articles/s`, '≥ 100 articles/s', ok(ingest.cli.articlesPerSec >= 100)],
    ['  passages', `${ingest.cli.passagesPerSec.toFixed(0)} passages/s`, `(${ingest.cli.seconds.toFixed(1)}s incl. process start)`, ''],
    [`search p50/p95/p99, app.news.search k=5 (${store.passages} passages, ${search.queries} queries)`, pct3(search.search), 'p95 ≤ 20 ms', ok(search.search.p95 <= 20)],
    ['  BM25 only (retrieve mode bm25)', pct3(search.bm25), '', ''],
    ['  vector only (retrieve mode vector)', pct3(search.vector), '', ''],
    ['  part: FTS5 query (50 candidates)', pct3(search.parts.ftsQuery), '', ''],
    ['  part: query embedding', pct3(search.parts.embedQuery), '', ''],
    ['  part: HNSW search (50)', pct3(search.parts.hnswSearch), '', ''],
    ['  part: passagesByIds (30 rows)', pct3(search.parts.passagesByIds), '', ''],
    ['  reader questions / word-bag queries (search)', `${ms(search.byQueryType.questions.p95)} / ${ms(search.byQueryType.wordBags.p95)} ms p95`, '', ''],
    [`ask cold start, fresh process (${store.articles} articles), median of ${cold.runsMs.length}`, `${(cold.medianMs / 1000).toFixed(2)} s`, '≤ 1.5 s', ok(cold.medianMs <= 1500)],
    ['  first run / runs', `${(cold.firstMs / 1000).toFixed(2)} s`, cold.runsMs.map((x) => (x / 1000).toFixed(2)).join(' '), ''],
    ['  `newsdesk --version` (process start + CLI module graph via tsx)', `${(cold.versionMs / 1000).toFixed(2)} s`, `node -e '' ${(cold.nodeMs / 1000).toFixed(2)} s, + tsx ${(cold.tsxMs / 1000).toFixed(2)} s`, ''],
    ['  peak RSS of the ask process', cold.peakRssMB === null ? 'n/a' : `${cold.peakRssMB.toFixed(0)} MB`, '', ''],
    [`RSS after opening the ${store.passages}-passage store`, `${memory.rssMB!.toFixed(0)} MB`, '', `(heap ${memory.heapUsedMB!.toFixed(0)} MB, external ${memory.externalMB!.toFixed(0)} MB; open ${memory.openMs!.toFixed(0)} ms)`],
    [`store build (${store.articles} articles → ${store.passages} passages)`, `${store.buildSeconds.toFixed(0)} s`, store.builtNow ? 'built now' : 'cached', `(${store.buildArticlesPerSec.toFixed(0)} articles/s, ${store.buildPassagesPerSec.toFixed(0)} passages/s)`],
  ];
  const loadEnd = os.loadavg()[0]!;
  console.log(
    `newsdesk bench${quick ? ' --quick' : ''} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, local embeddings; ` +
      `1-min load average ${loadStart.toFixed(2)} at start, ${loadEnd.toFixed(2)} at end (other processes on the machine skew timings)\n`,
  );
  console.log(table(rows));
  console.log('\ningest phases (app.news.ingest):');
  for (const [k, v] of Object.entries(ingest.api.phasesMs)) console.log(`  ${k.padEnd(58)} ${(v / 1000).toFixed(2).padStart(7)} s  ${((100 * v) / (ingest.api.seconds * 1000)).toFixed(0).padStart(3)}%`);
  console.log('cold ask phases (child process, ms):');
  for (const [k, v] of Object.entries(cold.phases)) console.log(`  ${k.padEnd(44)} ${v.toFixed(k.endsWith('MB') ? 1 : 0).padStart(7)}`);
  if (store.builtNow && store.buildPhasesMs) {
    console.log('store build phases (s):', Object.entries(store.buildPhasesMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', '));
  }
  const result = { date: new Date().toISOString(), quick, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, totalMemGB: os.totalmem() / 2 ** 30, loadStart, loadEnd }, ingest, store: { ...store, questions: store.questions.length, firstOpenMs }, search, cold, memory, seconds: (performance.now() - started) / 1000 };
  fs.writeFileSync(path.join(OUT, 'bench.json'), JSON.stringify(result, null, 1) + '\n');
  console.log(`\n(${result.seconds.toFixed(0)}s; ${path.relative(process.cwd(), path.join(OUT, 'bench.json'))})`);
}

await main();
