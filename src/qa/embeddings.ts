import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { LocalHashEmbeddings } from './local-embeddings.js';

/** An Embeddings plus the id of its vector space, which the store records and checks. */
export interface EmbeddingModel {
  embeddings: Embeddings;
  modelId: string;
  /** Below this cosine a vector-only hit is noise (every query has nearest neighbours). */
  minSimilarity: number;
  /** Weight of the vector ranking against BM25 in the fusion: how far its ranking is trusted. */
  fusionWeight: number;
  /** Lets a model use the store's corpus statistics for queries (local embeddings do). */
  bindCorpus?: (stats: { df(token: string): number; total(): number }) => void;
}

/** Local hashed embeddings by default; OpenAI (or any compatible server) when configured. */
export async function createEmbeddings(config: Config): Promise<EmbeddingModel> {
  if (config.embeddings === 'openai') {
    // Imported on demand: the OpenAI SDK costs ~0.7 s of start-up that local mode never needs.
    const { OpenAIEmbeddings } = await import('@langchain/openai');
    const embeddings = new OpenAIEmbeddings({
      apiKey: config.openai.apiKey,
      model: config.openai.embeddingModel,
      configuration: config.openai.baseURL ? { baseURL: config.openai.baseURL } : undefined,
      batchSize: 256,
      maxRetries: 2,
    });
    return { embeddings, modelId: `openai/${config.openai.embeddingModel}`, minSimilarity: 0.2, fusionWeight: 1 };
  }
  const local = new LocalHashEmbeddings();
  // Hashed vectors rank far worse than BM25 on their own (article Hits@3 0.53 vs 0.94 on the
  // synthetic corpus): in the fusion they break ties and rescue what BM25 cannot match
  // (legalised/legalized, synonyms); they don't lead. OpenAI-class vectors get an equal say.
  return {
    embeddings: local,
    modelId: local.modelId,
    minSimilarity: 0.15,
    fusionWeight: 0.2,
    bindCorpus(stats) {
      local.queryTermWeight = (token) => {
        const n = stats.total();
        return n > 0 ? Math.log(1 + n / (stats.df(token) + 0.5)) / Math.log(1 + n / 0.5) : 1;
      };
    },
  };
}
