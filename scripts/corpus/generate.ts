/**
 * A deterministic synthetic news corpus for retrieval and answer evaluation.
 *
 *   npx tsx scripts/corpus/generate.ts [outDir] [--seed N] [--articles N] [--queries N]
 *
 * Writes `articles.jsonl` (the bulk-import format: {id, title, url, source, author, publishedAt, text}),
 * `queries.json` (each answerable question with the one article and the sentence that answer it,
 * plus questions about things no article covers) and `manifest.json` (seed, counts, and the real
 * HTML pages to ingest as distractors when ../shared/eval/readability-pages exists).
 *
 * Stories are built from an invented world (countries, towns, companies, ministers, clubs) in
 * which the same entities recur across stories and the same kinds of event (an earthquake, an
 * acquisition, a data breach) recur with other places and numbers. Questions are written from the
 * story's facts, not from its sentences: other words, word order, inflections, British/American
 * spelling, question or keyword form. A question is kept only if no other article reports the
 * same kind of fact about everything the question names, so each has one right article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBreach, renderDeal, renderResults, makeBreach, makeDeal, makeResults } from './beats-business.js';
import { makeDisaster, renderDisaster, type DisasterKind } from './beats-disaster.js';
import { makeHealth, renderHealth, type HealthKind } from './beats-health.js';
import { makePolitics, renderPolitics, type PoliticsKind } from './beats-politics.js';
import { makeStudy, renderStudy } from './beats-science.js';
import { makeSport, renderSport, type SportKind } from './beats-sport.js';
import { makeVuln, renderVuln } from './beats-tech.js';
import { fillerParagraphs, signOff, timelineParagraphs } from './filler.js';
import { Rng } from './rng.js';
import { addDays, spell, type Beat, type Ctx, type Doc, type Fact } from './story.js';
import { buildWorld, type World } from './world.js';

export interface CorpusArticle {
  id: string;
  title: string;
  url: string;
  source: string;
  author: string;
  publishedAt: string;
  text: string;
}

export interface CorpusQuery {
  id: string;
  query: string;
  /** The one article that answers it; null for a question nothing in the corpus answers. */
  articleId: string | null;
  /** The answering sentence, verbatim in the article text. */
  sentence: string | null;
  answer: string | null;
  beat: Beat | null;
  kind: string;
  style: 'question' | 'keywords';
}

export interface ArticleMeta {
  id: string;
  beat: Beat;
  kind: string;
  words: number;
  /** Id of the story this one follows up, if any. */
  followUpOf: string | null;
}

export interface Corpus {
  seed: number;
  articles: CorpusArticle[];
  meta: ArticleMeta[];
  queries: CorpusQuery[];
}

export interface GenerateOptions {
  seed?: number;
  /** Number of articles (default 420). */
  articles?: number;
  /** Target number of answerable questions (default 360; fewer if the facts run out). */
  queries?: number;
  /** Questions about entities absent from the corpus (default 30). */
  unanswerable?: number;
  minWords?: number;
  maxWords?: number;
  /** Skip writing questions (fast path for benchmarks). */
  noQueries?: boolean;
  /**
   * How many times context templates may be drawn per article (default 3; a template returns
   * only when its opening words differ, e.g. another quote). Benchmarks raise it for ~10 KB texts.
   */
  fillerRounds?: number;
  /**
   * Let a context template recur in one story with other fills (default false). Only for
   * benchmarks that need ~10 KB stories; it makes text that reads repetitive.
   */
  repeatTemplates?: boolean;
}

interface Planned {
  beat: Beat;
  kind: string;
  date: Date;
  render: (ctx: Ctx) => Doc;
  followUpOf: number | null;
}

const BEAT_WEIGHTS: [Beat, number][] = [
  ['business', 22],
  ['tech', 11],
  ['science', 14],
  ['disaster', 18],
  ['sport', 12],
  ['politics', 13],
  ['health', 10],
];

const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 900;

/** Decide what every story is about, so follow-ups share their event with the original. */
function plan(world: World, r: Rng, n: number): Planned[] {
  const out: Planned[] = [];
  const prominentPols = world.politicians.filter((_, i) => i % 3 === 0);
  const usedDisaster = new Set<string>();
  const usedDeal = new Set<string>();
  const productBag: World['products'] = [];
  const ministers = prominentPols.filter((p) => /minister/.test(p.role) && !/prime/.test(p.role));
  const date = () => new Date(START + r.int(0, SPAN_DAYS) * 86_400_000 + r.int(6, 21) * 3_600_000 + r.int(0, 59) * 60_000);
  const follow = (i: number, beat: Beat, kind: string, render: (ctx: Ctx) => Doc) => {
    out.push({ beat, kind, date: addDays(out[i]!.date, r.int(1, 6)), render, followUpOf: i });
  };
  while (out.length < n) {
    const beat = r.weighted(BEAT_WEIGHTS);
    const d = date();
    const i = out.length;
    switch (beat) {
      case 'business': {
        const k = r.weighted([
          ['deal', 5],
          ['results', 3],
          ['breach', 3],
        ] as const);
        if (k === 'deal') {
          let buyer, target;
          do {
            [buyer, target] = r.sample(world.companies, 2);
          } while (usedDeal.has(`${buyer!.short}|${target!.short}`));
          usedDeal.add(`${buyer!.short}|${target!.short}`);
          const rival = r.pick(world.companies.filter((c) => c !== buyer && c !== target));
          let ev: ReturnType<typeof makeDeal> | null = null;
          const get = (ctx: Ctx) => (ev ??= makeDeal(ctx, buyer!, target!, rival));
          out.push({ beat, kind: 'deal', date: d, render: (ctx) => renderDeal(ctx, get(ctx), 0), followUpOf: null });
          if (r.chance(0.35) && out.length < n) follow(i, beat, 'deal-followup', (ctx) => renderDeal(ctx, get(ctx), 1));
        } else if (k === 'results') {
          const co = r.pick(world.companies);
          out.push({ beat, kind: 'results', date: d, render: (ctx) => renderResults(ctx, makeResults(ctx, co)), followUpOf: null });
        } else {
          const co = r.pick(world.companies.filter((c) => ['retail', 'banking', 'telecoms', 'insurance', 'airline', 'software', 'media'].includes(c.sector)));
          out.push({ beat, kind: 'breach', date: d, render: (ctx) => renderBreach(ctx, makeBreach(ctx, co)), followUpOf: null });
        }
        break;
      }
      case 'tech': {
        // Each product's flaw is news once until every product has had one; then they recur.
        if (productBag.length === 0) productBag.push(...r.shuffle([...world.products]));
        const product = productBag.pop()!;
        let ev: ReturnType<typeof makeVuln> | null = null;
        const get = (ctx: Ctx) => (ev ??= makeVuln(ctx, product));
        out.push({ beat, kind: 'vuln', date: d, render: (ctx) => renderVuln(ctx, get(ctx), 0), followUpOf: null });
        if (r.chance(0.35) && out.length < n) follow(i, beat, 'vuln-followup', (ctx) => renderVuln(ctx, get(ctx), 1));
        break;
      }
      case 'science':
        out.push({ beat, kind: 'study', date: d, render: (ctx) => renderStudy(ctx, makeStudy(ctx)), followUpOf: null });
        break;
      case 'disaster': {
        const kind = r.weighted<DisasterKind>([
          ['quake', 4],
          ['flood', 4],
          ['wildfire', 4],
          ['storm', 2],
          ['train', 2],
          ['mine', 1],
          ['ferry', 1],
        ]);
        let city;
        let tries = 0;
        do city = r.pick(world.cities);
        while (usedDisaster.has(`${kind}|${city.name}`) && ++tries < 20);
        usedDisaster.add(`${kind}|${city.name}`);
        let ev: ReturnType<typeof makeDisaster> | null = null;
        const get = (ctx: Ctx) => (ev ??= makeDisaster(ctx, kind, city));
        out.push({ beat, kind, date: d, render: (ctx) => renderDisaster(ctx, get(ctx), 0), followUpOf: null });
        if (['quake', 'flood', 'wildfire'].includes(kind) && r.chance(0.4) && out.length < n) follow(i, beat, `${kind}-followup`, (ctx) => renderDisaster(ctx, get(ctx), 1));
        break;
      }
      case 'sport': {
        const kind = r.weighted<SportKind>([
          ['match', 5],
          ['transfer', 3],
          ['record', 2],
          ['sacking', 2],
        ]);
        const home = r.pick(world.clubs);
        const away = r.pick(world.clubs.filter((c) => c !== home && c.sport === home.sport).concat(world.clubs.filter((c) => c !== home)).slice(0, 40));
        out.push({ beat, kind, date: d, render: (ctx) => renderSport(ctx, makeSport(ctx, kind, home, away)), followUpOf: null });
        break;
      }
      case 'politics': {
        const kind = r.weighted<PoliticsKind>([
          ['vote', 3],
          ['resignation', 2],
          ['election', 1],
          ['budget', 2],
          ['protest', 2],
        ]);
        const pol = r.pick(kind === 'resignation' || kind === 'budget' || kind === 'vote' ? ministers : prominentPols);
        out.push({ beat, kind, date: d, render: (ctx) => renderPolitics(ctx, makePolitics(ctx, kind, pol)), followUpOf: null });
        break;
      }
      case 'health': {
        const kind = r.weighted<HealthKind>([
          ['outbreak', 4],
          ['trial', 3],
          ['waiting', 2],
          ['vaccine', 2],
        ]);
        const city = r.pick(world.cities);
        const maker = r.pick(world.companies.filter((c) => c.sector === 'pharma').concat(world.companies.slice(0, 2)));
        out.push({ beat, kind, date: d, render: (ctx) => renderHealth(ctx, makeHealth(ctx, kind, city, maker)), followUpOf: null });
        break;
      }
    }
  }
  return out.slice(0, n);
}

const words = (s: string) => (s.match(/\S+/g) ?? []).length;

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70);
}

interface Built {
  article: CorpusArticle;
  meta: ArticleMeta;
  facts: Fact[];
}

/**
 * Lay out a story: its own paragraphs in order, then its background paragraphs and (if still
 * short of `target` words) context paragraphs, each inserted after the second paragraph at a
 * random place. `rounds` > 1 lets context templates recur (with new fills) for very long texts.
 */
function assemble(ctx: Ctx, doc: Doc, beat: Beat, target: number, rounds: number, repeat: boolean): string[] {
  const { r } = ctx;
  const paras = doc.paras.map((p) => p.join(' '));
  let total = paras.reduce((n, p) => n + words(p), 0);
  const core = paras.length;
  const insert = (p: string, from: number) => {
    paras.splice(r.int(Math.min(from, paras.length), paras.length), 0, p);
    total += words(p);
  };
  // The story's own background may sit anywhere after the lead; generic context mostly after the core.
  for (const p of doc.extra) {
    if (total >= target) break;
    insert(p.join(' '), 2);
  }
  // A context template appears once per story unless its wording varies (same opening = same template).
  const opening = (p: string) => p.split(/\s+/).slice(0, 3).join(' ');
  const openings = new Set(paras.map(opening));
  for (let round = 0; round < rounds && total < target; round++) {
    const pool = fillerParagraphs(ctx, beat, doc.subject);
    if (round === 0) pool.splice(r.int(0, 3), 0, ...timelineParagraphs(ctx, beat, doc.subject));
    for (const p of pool) {
      if (total >= target) break;
      const text = p.join(' ');
      if (!repeat && openings.has(opening(text))) continue;
      openings.add(opening(text));
      insert(text, Math.max(2, core - 1));
    }
  }
  const end = signOff(ctx);
  if (end) paras.push(end);
  return paras;
}

function buildArticle(world: World, r: Rng, p: Planned, index: number, minWords: number, maxWords: number, rounds: number, repeat: boolean, ids: string[]): Built {
  const outlet =
    p.beat === 'tech' && r.chance(0.5)
      ? world.outlets.find((o) => o.name === 'TechPulse')!
      : p.beat === 'science' && r.chance(0.4)
        ? world.outlets.find((o) => o.name === 'The Science Desk')!
        : r.pick(world.outlets);
  const ctx: Ctx = { r, w: world, uk: outlet.uk, date: p.date, outlet };
  const doc = p.render(ctx);
  const target = Math.round(minWords + (maxWords - minWords) * r.next() ** 1.6);
  const paras = assemble(ctx, doc, p.beat, target, rounds, repeat).map((x) => spell(x, ctx.uk));
  if (r.chance(0.25)) {
    const city = paras[0]!.match(/\b(?:in|near|of|from) ((?:[A-Z][\p{L}’'-]+ ?){1,3})/u)?.[1]?.trim();
    if (city && world.cities.some((c) => c.name === city)) paras[0] = `${city.toUpperCase()} — ${paras[0]}`;
  }
  const text = paras.join('\n\n');
  const title = spell(doc.title, ctx.uk);
  const id = ids[index]!;
  const d = p.date;
  const facts = doc.facts
    .map((f) => ({ ...f, sentence: spell(f.sentence, ctx.uk), answer: spell(f.answer, ctx.uk) }))
    .filter((f) => text.split(f.sentence).length === 2);
  return {
    article: {
      id,
      title,
      url: `https://${outlet.domain}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${slug(doc.title)}-${index.toString(36)}`,
      source: outlet.name,
      author: world.person(r).full,
      publishedAt: d.toISOString(),
      text,
    },
    meta: { id, beat: p.beat, kind: p.kind, words: words(text), followUpOf: p.followUpOf === null ? null : ids[p.followUpOf]! },
    facts,
  };
}

const QUESTION = /^(how|what|which|who|whom|why|when|where|is|are|was|were|did|does|do|can|will|has|have|by when)\b/i;

/** Generate the corpus. Same options, same output. */
export function generateCorpus(opts: GenerateOptions = {}): Corpus {
  const seed = opts.seed ?? 20240611;
  const n = opts.articles ?? 420;
  const minWords = opts.minWords ?? 300;
  const maxWords = opts.maxWords ?? 1500;
  const root = new Rng(seed);
  const world = buildWorld(root.fork(1));
  const planned = plan(world, root.fork(2), n);
  const textRng = root.fork(3);
  const ids = planned.map((_, i) => `syn-${String(i + 1).padStart(4, '0')}`);
  const built = planned.map((p, i) => buildArticle(world, textRng, p, i, minWords, maxWords, opts.fillerRounds ?? 3, opts.repeatTemplates ?? false, ids));
  const corpus: Corpus = { seed, articles: built.map((b) => b.article), meta: built.map((b) => b.meta), queries: [] };
  if (!opts.noQueries) corpus.queries = makeQueries(built, world, root.fork(4), opts.queries ?? 360, opts.unanswerable ?? 30);
  return corpus;
}

/** Anchors (names) the query mentions. */
function mentioned(query: string, anchors: string[]): string[] {
  const q = query.toLowerCase();
  return anchors.filter((a) => q.includes(a.toLowerCase()));
}

function renderQuery(r: Rng, q: string): string {
  let s = spell(q, r.chance(0.5));
  if (r.chance(0.25)) s = s.toLowerCase();
  if (QUESTION.test(s)) {
    s = s.replace(/\?$/, '');
    if (r.chance(0.6)) s += '?';
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** Kinds of fact that answer the same question (a death toll and its later update). */
const SAME_QUESTION: Record<string, string> = { 'quake-toll-update': 'quake-dead' };
const questionKind = (kind: string) => SAME_QUESTION[kind] ?? kind;

function makeQueries(built: Built[], world: World, r: Rng, target: number, unanswerable: number): CorpusQuery[] {
  // Index facts by the question they answer, for the ambiguity check.
  const byKind = new Map<string, { article: number; fact: Fact }[]>();
  built.forEach((b, i) => {
    for (const f of b.facts) {
      const list = byKind.get(questionKind(f.kind)) ?? [];
      list.push({ article: i, fact: f });
      byKind.set(questionKind(f.kind), list);
    }
  });
  /** Would another article's fact of the same kind answer a query naming `names`? */
  const ambiguous = (article: number, fact: Fact, names: string[]) =>
    (byKind.get(questionKind(fact.kind)) ?? []).some(
      (o) => o.article !== article && names.every((nm) => o.fact.anchors.some((a) => a.toLowerCase() === nm.toLowerCase())),
    );

  const candidates: { article: number; fact: Fact; query: string }[][] = built.map((b, i) => {
    const out: { article: number; fact: Fact; query: string }[] = [];
    for (const fact of r.shuffle([...b.facts])) {
      for (const q of r.shuffle([...fact.queries])) {
        const names = mentioned(q, fact.anchors);
        if (names.length === 0 || ambiguous(i, fact, names)) continue;
        out.push({ article: i, fact, query: q });
        break;
      }
    }
    return out;
  });
  const chosen: { article: number; fact: Fact; query: string }[] = [];
  const perKind = new Map<string, number>();
  const kindCap = Math.max(6, Math.ceil(target / 30));
  const texts = new Set<string>();
  const taken = built.map(() => 0);
  // Round-robin over articles so questions spread over the corpus (one per article, then a second…),
  // and no kind of fact dominates.
  const order = r.shuffle(built.map((_, i) => i));
  for (let round = 0; chosen.length < target && round < 3; round++) {
    for (const i of order) {
      if (chosen.length >= target) break;
      if (taken[i]! > round) continue;
      const c = candidates[i]!.find(
        (x) => !chosen.includes(x) && (perKind.get(x.fact.kind) ?? 0) < kindCap && !texts.has(x.query.toLowerCase()),
      );
      if (!c) continue;
      chosen.push(c);
      taken[i]!++;
      texts.add(c.query.toLowerCase());
      perKind.set(c.fact.kind, (perKind.get(c.fact.kind) ?? 0) + 1);
    }
  }
  const queries: CorpusQuery[] = chosen.map((c, k) => {
    const query = renderQuery(r, c.query);
    return {
      id: `q${String(k + 1).padStart(3, '0')}`,
      query,
      articleId: built[c.article]!.article.id,
      sentence: c.fact.sentence,
      answer: c.fact.answer,
      beat: built[c.article]!.meta.beat,
      kind: c.fact.kind,
      style: QUESTION.test(query) ? 'question' : 'keywords',
    };
  });

  // Unanswerable: the same kinds of question, about a town, company or person no article mentions.
  const swaps: { from: (b: Built) => string[]; to: string[] }[] = [
    { from: () => world.cities.map((c) => c.name), to: world.unused.cities },
    { from: () => world.companies.map((c) => c.short), to: world.unused.companies.map((c) => c.split(' ')[0]!) },
  ];
  const pool = r.shuffle(built.flatMap((b) => b.facts.map((f) => ({ b, f }))));
  let k = 0;
  for (const { b, f } of pool) {
    if (k >= unanswerable) break;
    for (const s of swaps) {
      const names = s.from(b);
      const anchor = f.anchors.find((a) => names.includes(a));
      if (!anchor) continue;
      const q = f.queries.find((x) => x.includes(anchor) && f.anchors.filter((a) => a !== anchor).every((a) => !x.includes(a)));
      if (!q) continue;
      const query = renderQuery(r, q.split(anchor).join(r.pick(s.to)));
      queries.push({ id: `u${String(++k).padStart(3, '0')}`, query, articleId: null, sentence: null, answer: null, beat: b.meta.beat, kind: f.kind, style: QUESTION.test(query) ? 'question' : 'keywords' });
      break;
    }
  }
  return queries;
}

/** The real pages used as distractors: ../shared/eval/readability-pages/<name>/source.html, if present. */
export function readabilityPages(dir?: string): string[] {
  const root = dir ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/eval/readability-pages');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .sort()
    .map((d) => path.join(root, d, 'source.html'))
    .filter((f) => fs.existsSync(f));
}

/** Write articles.jsonl, queries.json and manifest.json into `dir`. Returns the file paths. */
export function writeCorpus(dir: string, corpus: Corpus, opts: { distractors?: string[] } = {}): { articles: string; queries: string; manifest: string } {
  fs.mkdirSync(dir, { recursive: true });
  const articles = path.join(dir, 'articles.jsonl');
  const queries = path.join(dir, 'queries.json');
  const manifest = path.join(dir, 'manifest.json');
  fs.writeFileSync(articles, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  fs.writeFileSync(queries, JSON.stringify(corpus.queries, null, 1) + '\n');
  const distractors = opts.distractors ?? readabilityPages();
  const beats: Record<string, number> = {};
  for (const m of corpus.meta) beats[m.beat] = (beats[m.beat] ?? 0) + 1;
  fs.writeFileSync(
    manifest,
    JSON.stringify(
      {
        seed: corpus.seed,
        articles: corpus.articles.length,
        words: corpus.meta.reduce((s, m) => s + m.words, 0),
        beats,
        followUps: corpus.meta.filter((m) => m.followUpOf).length,
        queries: corpus.queries.filter((q) => q.articleId).length,
        unanswerable: corpus.queries.filter((q) => !q.articleId).length,
        distractorPages: distractors,
        meta: corpus.meta,
      },
      null,
      1,
    ) + '\n',
  );
  return { articles, queries, manifest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args.splice(i, 2)[1]) : undefined;
  };
  const seed = flag('--seed');
  const articles = flag('--articles');
  const queries = flag('--queries');
  const out = args[0] ?? 'bench-out/corpus';
  const corpus = generateCorpus({ seed, articles, queries });
  const files = writeCorpus(out, corpus);
  const w = corpus.meta.map((m) => m.words).sort((a, b) => a - b);
  console.log(
    `${corpus.articles.length} articles (${w[0]}–${w[w.length - 1]} words, median ${w[w.length >> 1]}), ` +
      `${corpus.queries.filter((q) => q.articleId).length} questions + ${corpus.queries.filter((q) => !q.articleId).length} unanswerable → ${path.dirname(files.articles)}`,
  );
}
