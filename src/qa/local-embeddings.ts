import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { STOPWORDS, stem, tokenize } from './text.js';
import { conceptOf } from './lexicon.js';

export interface LocalEmbeddingsParams extends EmbeddingsParams {
  dimensions?: number;
}

/**
 * An embedding that needs no model, no download and no key: feature hashing of stemmed words,
 * synonym-group concepts, word bigrams and character trigrams into a fixed number of dimensions,
 * with sublinear term frequency, L2-normalized. Cosine between two vectors approximates a
 * weighted overlap of their vocabulary, tolerant of inflection and spelling variants and of the
 * paraphrases the lexicon knows. It does not understand meaning the way a trained model does.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;
  /** Identifies the vector space; the store refuses to mix spaces. */
  readonly modelId: string;

  constructor(params: LocalEmbeddingsParams = {}) {
    super(params);
    this.dimensions = params.dimensions ?? 384;
    this.modelId = `local-hash-v1/${this.dimensions}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedSync(t));
  }

  /**
   * How informative a query word is in the current corpus (0–1, from document frequencies).
   * Set by the store; documents are embedded without it, so their vectors never go stale.
   */
  queryTermWeight?: (token: string) => number;

  async embedQuery(text: string): Promise<number[]> {
    return this.embedSync(text, this.queryTermWeight);
  }

  /** Synchronous core, also used directly where a promise per sentence would be waste. */
  embedSync(text: string, termWeight?: (token: string) => number): number[] {
    const dim = this.dimensions;
    const v = new Float64Array(dim);
    const counts = new Map<string, number>();
    // Query side only: an IDF-like factor per feature, so rare words dominate the match.
    const factor = new Map<string, number>();
    let w = 1;
    const add = (feature: string, weight: number) => {
      counts.set(feature, (counts.get(feature) ?? 0) + weight);
      if (termWeight) factor.set(feature, Math.max(factor.get(feature) ?? 0, w));
    };
    let prev: string | null = null;
    let prevW = 1;
    for (const tok of tokenize(text)) {
      if (STOPWORDS.has(tok)) {
        prev = null;
        continue;
      }
      const s = stem(tok);
      const tw = termWeight ? termWeight(tok) : 1;
      w = tw;
      add(s, 1);
      const concept = conceptOf(s);
      if (concept) add(concept, 0.6);
      if (prev) {
        w = (tw + prevW) / 2;
        add(`${prev}_${s}`, 0.5);
        w = tw;
      }
      prev = s;
      prevW = tw;
      // Character trigrams catch spelling variants and compounds the stemmer misses.
      const padded = `<${tok}>`;
      if (padded.length > 4) {
        const w = 0.6 / (padded.length - 2);
        for (let i = 0; i + 3 <= padded.length; i++) add(padded.slice(i, i + 3), w);
      }
    }
    for (const [feature, tf] of counts) {
      const h = fnv1a(feature);
      const weight = (tf <= 1 ? tf : 1 + Math.log(tf)) * (termWeight ? (factor.get(feature) ?? 1) : 1);
      v[h % dim] += h & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (let i = 0; i < dim; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm) || 1;
    const out = new Array<number>(dim);
    for (let i = 0; i < dim; i++) out[i] = v[i]! / norm;
    return out;
  }
}

/** 32-bit FNV-1a: fast, well spread, stable across runs and platforms. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Cosine of two L2-normalized vectors. */
export function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
