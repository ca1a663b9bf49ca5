import { splitSentences } from '../news/sentences.js';
import { conceptOf } from './lexicon.js';
import { kindCue, parseQuestion, type ParsedQuestion, type QuestionKind } from './question.js';
import { contentTerms } from './text.js';
import type { Answerer, AnswerResult, Citation, SearchHit, Turn } from './types.js';

export const ABSTAIN_MESSAGE = "I couldn't find that in the ingested news.";

export interface ExtractiveDeps {
  /** The full text of an article, to widen a quote to the sentence before it. */
  articleText(id: string): string | null;
  /** Passage-level document frequency per stemmed term, and the passage count. */
  documentFrequencies(terms: string[]): { df: Map<string, number>; total: number };
}

export interface SentenceRanking {
  abstained: boolean;
  /** Best first. */
  candidates: Candidate[];
}

export interface ExtractiveOptions {
  /** Below this share of the question's weighted terms the best sentence is no answer. */
  minCoverage?: number;
  maxCitations?: number;
}

/** How much the kind of fact asked for counts: a "how many" answer without a number is no answer. */
const CUE_WEIGHT: Record<QuestionKind, number> = { count: 0.3, amount: 0.3, time: 0.25, reason: 0.35, person: 0.25, place: 0.15, other: 0 };

/** A sentence (or two, when it leans on the one before) that may answer the question. */
export interface Candidate {
  hit: SearchHit;
  hitRank: number;
  start: number;
  end: number;
  text: string;
  score: number;
  coverage: number;
  /** Leans on a sentence before the passage starts: widen the quote from the article text. */
  leansOutside: boolean;
  /** The question's names that its passage mentions. */
  passageNames: string[];
  /** The question's names in this sentence or the one before it. */
  nearNames: string[];
  /** Terms of the sentence before it in the passage: context for the name-only gate. */
  priorTerms: string[];
}

/**
 * The embedded answerer: scores every sentence of the retrieved passages against the question
 * (IDF-weighted term and synonym overlap, the passage's own overlap, the kind of fact asked for,
 * retrieval rank) and answers with the best sentences, verbatim, each cited. It abstains when no
 * sentence covers enough of the question, or when the question names things no passage mentions.
 */
/**
 * Score every sentence of the retrieved passages against the question: IDF-weighted term and
 * synonym overlap, the passage's own overlap, the kind of fact asked for, retrieval rank. Decides
 * abstention: no passage covers enough of the question, the question names things no passage
 * mentions, or only the names match. Shared by the extractive and the LLM answerers.
 */
export function rankSentences(
  question: string,
  hits: SearchHit[],
  history: Turn[] | undefined,
  deps: ExtractiveDeps,
  opts: ExtractiveOptions = {},
): SentenceRanking {
  const minCoverage = opts.minCoverage ?? 0.3;
  const maxCitations = opts.maxCitations ?? 3;
  const q = parseQuestion(question);
  const abstain = (): SentenceRanking => ({ abstained: true, candidates: [] });
  if (hits.length === 0 || q.terms.length === 0) return abstain();
  const weights = termWeights(q, history ?? [], deps);
  const passageTerms = hits.map((h) => new Set(expand(contentTerms(h.text))));
  // Names the asker used must appear somewhere in what was retrieved, or this is another story;
  // a name the whole corpus has never seen means the same.
  if (q.names.length > 0 && !q.names.some((n) => passageTerms.some((p) => p.has(n)))) return abstain();
  if (q.names.some((n) => weights.unseen.has(n))) return abstain();
  const candidates: Candidate[] = [];
  let bestPassageCoverage = 0;
  const articleRank = new Map<string, number>();
  for (const h of hits) if (!articleRank.has(h.articleId)) articleRank.set(h.articleId, articleRank.size);
  hits.forEach((hit, hitRank) => {
    const passageCoverage = coverage(passageTerms[hitRank]!, weights.main);
    bestPassageCoverage = Math.max(bestPassageCoverage, passageCoverage);
    const historyCoverage = weights.history.size ? coverage(passageTerms[hitRank]!, weights.history) : 0;
    // The question's names, where the passage has them, count for each of its sentences: a story
    // names its subject once and then says "turnout was 68%" without repeating it.
    const passageNames = q.names.filter((n) => passageTerms[hitRank]!.has(n));
    let prevTerms: string[] = [];
    let prevStart = -1;
    for (const s of splitSentences(hit.text)) {
      const text = hit.text.slice(s.start, s.end);
      const own = expand(contentTerms(text));
      // A sentence that leans on the one before ("This led him to…") is quoted with it, so it
      // is also judged with it.
      const leans = LEANS_BACK.test(text);
      const terms = new Set(leans ? own.concat(prevTerms) : own);
      const quoteStart = leans && prevStart >= 0 && !hit.text.slice(prevStart, s.start).includes('\n') ? prevStart : s.start;
      const prior = prevTerms;
      prevTerms = own;
      prevStart = s.start;
      const words = text.split(/\s+/).length;
      if (words < 4 || /\?\s*$/.test(text)) continue;
      // Names only in the rest of the passage count 3/4: they place the sentence in the story,
      // but a sentence that says them itself is the likelier answer.
      const cov = coverage(terms, weights.main, new Set(passageNames));
      let score =
        cov +
        0.3 * passageCoverage +
        0.2 * historyCoverage +
        CUE_WEIGHT[q.kind] * kindCue(q.kind, text) +
        0.05 / (hitRank + 1);
      if (words < 7) score *= 0.85;
      // Headings, link lines and "…also said:" lead-ins are not statements to quote.
      if (!/[.!?]["'”’)\]]*$/.test(text)) score *= 0.8;
      // Long sentences match many words by chance; temper them.
      if (words > 40) score /= 1 + (words - 40) / 80;
      // Beyond the two best articles, a sentence needs to be clearly better to be cited.
      if ((articleRank.get(hit.articleId) ?? 0) >= 2) score *= 0.85;
      candidates.push({
        hit,
        hitRank,
        start: hit.start + quoteStart,
        end: hit.start + s.end,
        text: hit.text.slice(quoteStart, s.end),
        score,
        coverage: cov,
        leansOutside: leans && quoteStart === s.start,
        passageNames,
        nearNames: q.names.filter((n) => prior.includes(n) || own.includes(n)),
        priorTerms: prior,
      });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // Every name the asker used is in what was retrieved: a lower bar for the paraphrased rest.
  const namesFound = q.names.length > 0 && q.names.every((n) => passageTerms.some((p) => p.has(n)));
  const bar = namesFound ? minCoverage / 2 : minCoverage;
  if (!best || bestPassageCoverage < bar || best.coverage < bar / 2) return abstain();
  // Matching only the names is not an answer ("the capital of Mongolia" vs a story that
  // mentions Mongolia): a top sentence must match a name (in it or its passage) and a fair share
  // of what else the question asks.
  if (q.names.length > 0) {
    const names = new Map([...weights.main].filter(([t]) => q.names.includes(t)));
    const rest = new Map([...weights.main].filter(([t]) => !q.names.includes(t)));
    const answers = (c: Candidate) => {
      const terms = new Set(expand(contentTerms(c.text)).concat(c.nearNames, c.priorTerms));
      return coverage(terms, names) > 0 && (rest.size === 0 || coverage(terms, rest) > 0);
    };
    if (!candidates.slice(0, maxCitations + 2).some(answers)) return abstain();
  }
  return { abstained: false, candidates };
}

/**
 * The best `max` sentences worth citing, best first: within half the best score, no repeats, no
 * overlapping spans.
 */
export function pickCitable(candidates: Candidate[], max: number, floor = 0.5): Candidate[] {
  const best = candidates[0];
  if (!best) return [];
  const chosen: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (chosen.length >= max) break;
    if (c.score < best.score * floor || c.coverage === 0) break;
    const key = c.text.replace(/\W+/g, ' ').toLowerCase();
    if (seen.has(key)) continue;
    if (chosen.some((o) => o.hit.articleId === c.hit.articleId && o.start < c.end && c.start < o.end)) continue;
    seen.add(key);
    chosen.push(c);
  }
  return chosen;
}

/**
 * The embedded answerer: the best sentences of `rankSentences`, verbatim, each cited `[n]`.
 */
export function createExtractiveAnswerer(deps: ExtractiveDeps, opts: ExtractiveOptions = {}): Answerer {
  const maxCitations = opts.maxCitations ?? 3;
  return {
    mode: 'extractive',
    async answer(question: string, hits: SearchHit[], { history }: { history?: Turn[] } = {}): Promise<AnswerResult> {
      const ranking = rankSentences(question, hits, history, deps, opts);
      if (ranking.abstained) return { question, answer: ABSTAIN_MESSAGE, abstained: true, mode: 'extractive', citations: [] };
      const citations = pickCitable(ranking.candidates, maxCitations).map((c, i) => toCitation(c, i + 1, deps));
      const answer = citations.map((c) => `${c.quote} [${c.n}]`).join(' ');
      return { question, answer, abstained: false, mode: 'extractive', citations };
    },
  };
}

/** Terms plus their synonym-group concepts. */
function expand(terms: string[]): string[] {
  const out: string[] = [];
  for (const t of terms) {
    out.push(t);
    const c = conceptOf(t);
    if (c) out.push(c);
  }
  return out;
}

interface Weights {
  main: Map<string, { weight: number; concept?: string }>;
  history: Map<string, { weight: number; concept?: string }>;
  /** Question terms that occur nowhere in the corpus. */
  unseen: Set<string>;
}

/** IDF weight per question term; earlier turns add their terms as weaker context. */
function termWeights(q: ParsedQuestion, history: Turn[], deps: ExtractiveDeps): Weights {
  const historyTerms = [...new Set(history.slice(-2).flatMap((t) => contentTerms(t.question)))].filter((t) => !q.terms.includes(t));
  const { df, total } = deps.documentFrequencies([...q.terms, ...historyTerms]);
  const idf = (t: string) => Math.log(1 + (total + 1) / ((df.get(t) ?? 0) + 0.5));
  const build = (terms: string[]) => new Map(terms.map((t) => [t, { weight: idf(t), concept: conceptOf(t) }]));
  const main = build(q.terms);
  const unseen = new Set(q.terms.filter((t) => !df.get(t)));
  return { main, history: build(historyTerms), unseen };
}

/** Share of the weighted question terms a set of terms covers; a synonym counts 60%. */
function coverage(terms: Set<string>, weights: Map<string, { weight: number; concept?: string }>, nearby?: Set<string>): number {
  let got = 0;
  let all = 0;
  for (const [t, { weight, concept }] of weights) {
    all += weight;
    if (terms.has(t)) got += weight;
    else if (nearby?.has(t)) got += 0.75 * weight;
    else if (concept && terms.has(concept)) got += 0.6 * weight;
    else if (t.length >= 5 && sharesStem(t, terms)) got += 0.6 * weight;
  }
  return all > 0 ? got / all : 0;
}

/** Morphology the stemmer misses ("suppli" vs "supplier"): a shared prefix of 5+ letters. */
function sharesStem(t: string, terms: Set<string>): boolean {
  const prefix = t.slice(0, 5);
  for (const u of terms) {
    if (u.length >= 5 && u.startsWith(prefix) && (u.startsWith(t) || t.startsWith(u) || commonPrefix(t, u) >= 6)) return true;
  }
  return false;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// A sentence opening with one of these leans on the one before it; quote both so it reads alone.
const LEANS_BACK = /^(This|That|These|Those|It|He|She|They|His|Her|Their|Its|But|And|So|Such|The move|The decision)\b/;

/** A numbered citation quoting the candidate verbatim from its article. */
export function toCitation(c: Candidate, n: number, deps: ExtractiveDeps): Citation {
  let start = c.start;
  const text = deps.articleText(c.hit.articleId);
  if (text && c.leansOutside) {
    const prev = splitSentences(text.slice(Math.max(0, start - 600), start)).pop();
    const prevStart = prev ? Math.max(0, start - 600) + prev.start : -1;
    // Only within the same paragraph, and only a whole sentence.
    if (prev && prevStart >= 0 && !text.slice(prevStart, start).includes('\n') && (prev.start > 0 || start - 600 <= 0)) start = prevStart;
  }
  const quote = text ? text.slice(start, c.end) : c.text;
  return {
    n,
    articleId: c.hit.articleId,
    title: c.hit.title,
    url: c.hit.url,
    source: c.hit.source,
    publishedAt: c.hit.publishedAt,
    quote,
    start: text ? start : c.start,
    end: c.end,
  };
}
