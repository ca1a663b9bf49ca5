import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import { LocalHashEmbeddings } from './local-embeddings.js';

/** An Embeddings plus the id of its vector space, which the store records and checks. */
export interface EmbeddingModel {
  embeddings: Embeddings;
  modelId: string;
  /** Below this cosine a vector-only hit is noise (every query has nearest neighbours). */
  minSimilarity: number;
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
    return { embeddings, modelId: `openai/${config.openai.embeddingModel}`, minSimilarity: 0.2 };
  }
  const local = new LocalHashEmbeddings();
  return { embeddings: local, modelId: local.modelId, minSimilarity: 0.15 };
}
