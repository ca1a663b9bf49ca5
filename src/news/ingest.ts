import { describeError } from '../errors.js';
import { chunkText } from './chunk.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { articleId, canonicalizeUrl, contentHash, normalizeDate } from './identity.js';
import { articleFromPage, expandInputs, loadFile, type LoadItem } from './loaders.js';
import type { NewsStore, PreparedArticle } from './store.js';
import { LocalHashEmbeddings } from '../qa/local-embeddings.js';
import { createWorkerPreparer, inlinePreparer, type Prepared, type Preparer } from './prepare-pool.js';
import { GLOBAL_SCOPE, type ArticleInput, type IngestResult, type Scope } from './types.js';

export interface IngestOptions {
  scope?: Scope;
  fetch?: FetchOptions;
  onResult?: (r: IngestResult) => void;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
  /** Articles embedded together; bigger batches amortize remote embedding calls. */
  batchSize?: number;
  /** Chunk and embed on a worker thread for big local ingests (default true). */
  worker?: boolean;
}

/** What identifies an article: canonical URL, content hash, id. Cheap; passages come later. */
export function identifyArticle(input: ArticleInput, scope: Scope): PreparedArticle {
  const canonicalUrl = input.url ? canonicalizeUrl(input.url) : null;
  const hash = contentHash(input.text);
  return {
    id: articleId(scope, input.id, canonicalUrl, hash),
    scope,
    title: input.title.trim() || 'Untitled',
    url: input.url ?? null,
    canonicalUrl,
    source: input.source ?? (canonicalUrl ? new URL(canonicalUrl).hostname : null),
    author: input.author ?? null,
    publishedAt: normalizeDate(input.publishedAt),
    text: input.text,
    contentHash: hash,
    chunks: [],
  };
}

/** Turn a loaded article into what the store writes: identity plus passages. */
export function prepareArticle(input: ArticleInput, scope: Scope): PreparedArticle {
  const a = identifyArticle(input, scope);
  a.chunks = chunkText(a.text);
  return a;
}

interface Pending {
  input: string;
  article?: PreparedArticle;
  replaceId?: string | null;
  result?: IngestResult;
}

interface Flight {
  items: Pending[];
  prepared: Promise<Prepared | Error>;
}

/**
 * Ingest files, directories and URLs. Each input gets one result; a failure never stops the
 * batch. Each article is committed in its own transaction, so a crash loses at most the articles
 * of the batches in flight. With local embeddings and big inputs, chunking and embedding run on a
 * worker thread while this one writes SQLite and inserts into HNSW.
 */
export async function ingestInputs(store: NewsStore, inputs: string[], opts: IngestOptions = {}): Promise<IngestResult[]> {
  const scope = opts.scope ?? GLOBAL_SCOPE;
  const now = opts.now ?? (() => new Date());
  const batchSize = opts.batchSize ?? 32;
  const localDims = store.model.embeddings instanceof LocalHashEmbeddings ? store.model.embeddings.dimensions : null;
  const results: IngestResult[] = [];
  const units = await expandInputs(inputs);
  let done = 0;
  let batch: Pending[] = [];
  const inflight: Flight[] = [];
  const unwrittenKeys = new Set<string>();
  let worker: Preparer | null = null;
  let lastSave = Date.now();
  const emit = (r: IngestResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  const keysOf = (a: PreparedArticle) => [a.id, a.contentHash, a.canonicalUrl ?? ''].filter(Boolean);

  const dispatch = () => {
    if (batch.length === 0) return;
    const work = batch.filter((p) => p.article);
    if (!worker && opts.worker !== false && work.length >= batchSize) {
      try {
        worker = createWorkerPreparer();
      } catch {
        worker = inlinePreparer;
      }
    }
    const texts = work.map((p) => p.article!.text);
    const prepared = texts.length
      ? (worker ?? inlinePreparer).prepare(texts, localDims).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      : Promise.resolve<Prepared>({ chunks: [], vectors: null, dim: 0 });
    inflight.push({ items: batch, prepared });
    batch = [];
  };

  const writeOldest = async () => {
    const { items, prepared } = inflight.shift()!;
    const r = await prepared;
    const work = items.filter((p) => p.article);
    let vectors: number[][] = [];
    let failure: string | null = r instanceof Error ? `could not prepare passages: ${describeError(r)}` : null;
    if (!(r instanceof Error)) {
      work.forEach((p, i) => (p.article!.chunks = r.chunks[i]!));
      const all = work.flatMap((p) => p.article!.chunks);
      try {
        if (r.vectors) {
          for (let i = 0; i < all.length; i++) vectors.push(Array.from(r.vectors.subarray(i * r.dim, (i + 1) * r.dim)));
        } else if (all.length) {
          vectors = await store.model.embeddings.embedDocuments(all.map((c) => c.text));
        }
      } catch (err) {
        failure = `embedding failed: ${describeError(err)}`;
      }
    }
    let offset = 0;
    for (const p of items) {
      if (p.result) {
        emit(p.result);
        continue;
      }
      const a = p.article!;
      keysOf(a).forEach((k) => unwrittenKeys.delete(k));
      const mine = vectors.slice(offset, offset + a.chunks.length);
      offset += a.chunks.length;
      if (failure) emit({ input: p.input, status: 'failed', error: failure });
      else if (a.chunks.length === 0) emit({ input: p.input, status: 'failed', error: 'no article text' });
      else {
        try {
          const { passageIds, removedIds } = store.writeArticle(a, p.replaceId ?? null, now().toISOString());
          store.vectors.remove(removedIds);
          store.addVectors(passageIds, mine);
          emit({ input: p.input, status: p.replaceId ? 'updated' : 'added', articleId: a.id, title: a.title });
        } catch (err) {
          emit({ input: p.input, status: 'failed', error: describeError(err) });
        }
      }
    }
    if (Date.now() - lastSave > 30_000) {
      store.vectors.save();
      lastSave = Date.now();
    }
  };

  const drain = async () => {
    dispatch();
    while (inflight.length) await writeOldest();
  };

  const consider = async (item: LoadItem) => {
    if (item.error || !item.article) {
      batch.push({ input: item.input, result: { input: item.input, status: 'failed', error: item.error ?? 'no article' } });
      return;
    }
    const a = identifyArticle(item.article, scope);
    // Two copies of one story close together: write the first before judging the second.
    if (keysOf(a).some((k) => unwrittenKeys.has(k))) await drain();
    const existing = store.findExisting(scope, a.canonicalUrl, item.article.id ?? null, a.contentHash);
    if (existing && (existing.matchedBy === 'content' || (existing.contentHash === a.contentHash && existing.title === a.title))) {
      batch.push({ input: item.input, result: { input: item.input, status: 'unchanged', articleId: existing.id, title: existing.title } });
      return;
    }
    if (existing) a.id = existing.id;
    keysOf(a).forEach((k) => unwrittenKeys.add(k));
    batch.push({ input: item.input, article: a, replaceId: existing?.id ?? null });
    if (batch.length >= batchSize) {
      dispatch();
      // Two batches in flight keep the worker busy while this thread writes.
      if (inflight.length > 2) await writeOldest();
    }
  };

  try {
    for (const unit of units) {
      let items: LoadItem[];
      if (unit.error) items = [{ input: unit.input, error: unit.error }];
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(unit.input)) items = [await loadUrl(unit.input, opts.fetch)];
      else items = await loadFile(unit.input);
      for (const item of items) await consider(item);
      opts.onProgress?.(++done, units.length);
    }
    await drain();
  } finally {
    await (worker as Preparer | null)?.close();
    store.vectors.save();
  }
  return results;
}

async function loadUrl(url: string, fetchOpts?: FetchOptions): Promise<LoadItem> {
  try {
    const page = await fetchUrl(url, { ...fetchOpts, accept: 'html' });
    return { input: url, article: await articleFromPage(page.body, page.url) };
  } catch (err) {
    return { input: url, error: describeError(err) };
  }
}
