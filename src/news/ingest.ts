import { describeError } from '../errors.js';
import { chunkText } from './chunk.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { articleId, canonicalizeUrl, contentHash, normalizeDate } from './identity.js';
import { articleFromPage, expandInputs, loadFile, type LoadItem } from './loaders.js';
import type { NewsStore, PreparedArticle } from './store.js';
import { GLOBAL_SCOPE, type ArticleInput, type IngestResult, type Scope } from './types.js';

export interface IngestOptions {
  scope?: Scope;
  fetch?: FetchOptions;
  onResult?: (r: IngestResult) => void;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
  /** Articles embedded together; bigger batches amortize remote embedding calls. */
  batchSize?: number;
}

/** Turn a loaded article into what the store writes: canonical URL, content hash, id, passages. */
export function prepareArticle(input: ArticleInput, scope: Scope): PreparedArticle {
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
    chunks: chunkText(input.text),
  };
}

interface Pending {
  input: string;
  article?: PreparedArticle;
  replaceId?: string | null;
  result?: IngestResult;
}

/**
 * Ingest files, directories and URLs. Each input gets one result; a failure never stops the
 * batch. Each article is committed in its own transaction, so a crash loses at most the articles
 * of the batch being embedded.
 */
export async function ingestInputs(store: NewsStore, inputs: string[], opts: IngestOptions = {}): Promise<IngestResult[]> {
  const scope = opts.scope ?? GLOBAL_SCOPE;
  const now = opts.now ?? (() => new Date());
  const batchSize = opts.batchSize ?? 32;
  const results: IngestResult[] = [];
  const units = await expandInputs(inputs);
  let done = 0;
  let pending: Pending[] = [];
  let lastSave = Date.now();
  const emit = (r: IngestResult) => {
    results.push(r);
    opts.onResult?.(r);
  };

  const flush = async () => {
    const toEmbed = pending.filter((p) => p.article);
    const texts = toEmbed.flatMap((p) => p.article!.chunks.map((c) => c.text));
    let vectors: number[][] = [];
    let embedError: string | null = null;
    try {
      vectors = texts.length ? await store.model.embeddings.embedDocuments(texts) : [];
    } catch (err) {
      embedError = `embedding failed: ${describeError(err)}`;
    }
    let offset = 0;
    for (const p of pending) {
      if (p.result) {
        emit(p.result);
        continue;
      }
      const a = p.article!;
      const mine = vectors.slice(offset, offset + a.chunks.length);
      offset += a.chunks.length;
      if (embedError) {
        emit({ input: p.input, status: 'failed', error: embedError });
        continue;
      }
      try {
        const { passageIds, removedIds } = store.writeArticle(a, p.replaceId ?? null, now().toISOString());
        store.vectors.remove(removedIds);
        store.addVectors(passageIds, mine);
        emit({ input: p.input, status: p.replaceId ? 'updated' : 'added', articleId: a.id, title: a.title });
      } catch (err) {
        emit({ input: p.input, status: 'failed', error: describeError(err) });
      }
    }
    pending = [];
    if (Date.now() - lastSave > 30_000) {
      store.vectors.save();
      lastSave = Date.now();
    }
  };

  const pendingKeys = new Set<string>();
  const consider = async (item: LoadItem) => {
    if (item.error || !item.article) {
      pending.push({ input: item.input, result: { input: item.input, status: 'failed', error: item.error ?? 'no article' } });
      return;
    }
    const a = prepareArticle(item.article, scope);
    if (a.chunks.length === 0) {
      pending.push({ input: item.input, result: { input: item.input, status: 'failed', error: 'no article text' } });
      return;
    }
    // Two copies of one story in the same batch: write the first before judging the second.
    const keys = [a.id, a.contentHash, a.canonicalUrl ?? ''].filter(Boolean);
    if (keys.some((k) => pendingKeys.has(k))) {
      await flush();
      pendingKeys.clear();
    }
    const existing = store.findExisting(scope, a.canonicalUrl, item.article.id ?? null, a.contentHash);
    if (existing && (existing.matchedBy === 'content' || (existing.contentHash === a.contentHash && existing.title === a.title))) {
      pending.push({ input: item.input, result: { input: item.input, status: 'unchanged', articleId: existing.id, title: existing.title } });
      return;
    }
    if (existing) a.id = existing.id;
    keys.forEach((k) => pendingKeys.add(k));
    pending.push({ input: item.input, article: a, replaceId: existing?.id ?? null });
  };

  for (const unit of units) {
    let items: LoadItem[];
    if (unit.error) items = [{ input: unit.input, error: unit.error }];
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(unit.input)) items = [await loadUrl(unit.input, opts.fetch)];
    else items = await loadFile(unit.input);
    for (const item of items) await consider(item);
    if (pending.length >= batchSize) {
      await flush();
      pendingKeys.clear();
    }
    opts.onProgress?.(++done, units.length);
  }
  await flush();
  store.vectors.save();
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
