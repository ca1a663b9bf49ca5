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
    this.modelId = `local-hash-v2/${this.dimensions}`;
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
    // Features are keyed by their 32-bit FNV-1a hash, computed without building feature strings:
    // the same vectors as hashing "stem", "prev_stem" and "<tr" strings, at half the cost.
    const counts = new Map<number, number>();
    // Query side only: an IDF-like factor per feature, so rare words dominate the match.
    const factor = termWeight ? new Map<number, number>() : null;
    let w = 1;
    const add = (h: number, weight: number) => {
      counts.set(h, (counts.get(h) ?? 0) + weight);
      if (factor) factor.set(h, Math.max(factor.get(h) ?? 0, w));
    };
    let prevState = 0;
    let hasPrev = false;
    let prevW = 1;
    for (const tok of tokenize(text)) {
      if (STOPWORDS.has(tok)) {
        hasPrev = false;
        continue;
      }
      const s = stem(tok);
      const tw = termWeight ? termWeight(tok) : 1;
      w = tw;
      const state = fnvUpdate(FNV_BASIS, s);
      add(state >>> 0, 1);
      const concept = conceptOf(s);
      if (concept) add(fnvUpdate(FNV_BASIS, concept) >>> 0, 0.6);
      if (hasPrev) {
        w = (tw + prevW) / 2;
        add(fnvUpdate(fnvChar(prevState, 95 /* _ */), s) >>> 0, 0.5);
        w = tw;
      }
      prevState = state;
      hasPrev = true;
      prevW = tw;
      // Character trigrams of "<token>" catch spelling variants and compounds the stemmer misses.
      // Each weighs little, so they go straight into the vector (linear tf, no per-feature map).
      const n = tok.length + 2;
      if (n > 4) {
        const tw3 = (0.6 / (n - 2)) * tw;
        for (let i = 0; i + 3 <= n; i++) {
          let h = FNV_BASIS;
          for (let j = i; j < i + 3; j++) h = fnvChar(h, j === 0 ? 60 /* < */ : j === n - 1 ? 62 /* > */ : tok.charCodeAt(j - 1));
          h >>>= 0;
          v[h % dim] += h & 0x80000000 ? -tw3 : tw3;
        }
      }
    }
    for (const [h, tf] of counts) {
      const weight = (tf <= 1 ? tf : 1 + Math.log(tf)) * (factor ? (factor.get(h) ?? 1) : 1);
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

// 32-bit FNV-1a: fast, well spread, stable across runs and platforms. The state is kept as a
// signed int so a hash can be continued (prev + "_" + stem) without building the string.
const FNV_BASIS = 0x811c9dc5 | 0;

function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function fnvUpdate(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fnvChar(h, s.charCodeAt(i));
  return h;
}

/** Cosine of two L2-normalized vectors. */
export function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
