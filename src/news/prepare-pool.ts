import { Worker } from 'node:worker_threads';
import { chunkText, type Chunk } from './chunk.js';
import { LocalHashEmbeddings } from '../qa/local-embeddings.js';

/** Chunks per text and, when asked, their local embeddings (row-major, `dim` wide). */
export interface Prepared {
  chunks: Chunk[][];
  vectors: Float32Array | null;
  dim: number;
}

/** CPU-bound ingest work: chunking and local embedding. */
export interface Preparer {
  prepare(texts: string[], embedDims: number | null): Promise<Prepared>;
  close(): Promise<void>;
}

/** Chunk and embed texts on the calling thread. */
export function prepareInline(texts: string[], embedDims: number | null): Prepared {
  const chunks = texts.map((t) => chunkText(t));
  if (embedDims === null) return { chunks, vectors: null, dim: 0 };
  const embedder = new LocalHashEmbeddings({ dimensions: embedDims });
  const all = chunks.flat();
  const vectors = new Float32Array(all.length * embedDims);
  all.forEach((c, i) => vectors.set(embedder.embedSync(c.text), i * embedDims));
  return { chunks, vectors, dim: embedDims };
}

export const inlinePreparer: Preparer = {
  prepare: async (texts, embedDims) => prepareInline(texts, embedDims),
  close: async () => {},
};

/**
 * A worker thread that chunks and embeds while the main thread writes SQLite and inserts into
 * HNSW (half of ingest time, and single-threaded). Requests are answered in order.
 */
export function createWorkerPreparer(): Preparer {
  const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url));
  worker.unref();
  const waiting: { resolve: (p: Prepared) => void; reject: (e: unknown) => void }[] = [];
  worker.on('message', (msg: { ok: true; prepared: Prepared } | { ok: false; error: string }) => {
    const w = waiting.shift();
    if (!w) return;
    if (msg.ok) w.resolve(msg.prepared);
    else w.reject(new Error(msg.error));
  });
  worker.on('error', (err) => {
    for (const w of waiting.splice(0)) w.reject(err);
  });
  return {
    prepare(texts, embedDims) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage({ texts, embedDims });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
