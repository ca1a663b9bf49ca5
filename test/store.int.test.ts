import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { startOpenAIFake } from './fakes/openai-fake.js';
import { ROOT_DIR, makeApp, tempDir, writeFile } from './helpers.js';

const towns = ['Ashford', 'Brampton', 'Corley', 'Dunmore', 'Eastwick', 'Fenwick', 'Glenby', 'Harlow'];
function article(i: number) {
  const town = towns[i % towns.length]!;
  const text = Array.from(
    { length: 40 },
    (_, j) => `In ${town}, officials reported that project ${i}-${j} would add ${(i * 31 + j * 7) % 900} homes near the river by ${2025 + (j % 5)}.`,
  ).join(' ');
  return { id: `a${i}`, title: `${town} housing plan ${i}`, source: 'Test Wire', publishedAt: '2024-01-02', text };
}

describe('crash safety', () => {
  it('a process killed mid-ingest leaves a store that opens, is consistent and answers', async () => {
    const dir = tempDir();
    const input = tempDir();
    for (let f = 0; f < 12; f++) {
      writeFile(input, `batch-${String(f).padStart(2, '0')}.jsonl`, Array.from({ length: 50 }, (_, k) => JSON.stringify(article(f * 50 + k))).join('\n'));
    }
    const child = spawn(process.execPath, [path.join(ROOT_DIR, 'bin', 'newsdesk.js'), 'ingest', input, '--json'], {
      env: { ...process.env, NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported: string[] = [];
    await new Promise<void>((resolve) => {
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const r = JSON.parse(line);
        if (r.status === 'added') reported.push(r.articleId);
        if (reported.length === 80) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(reported.length).toBeGreaterThanOrEqual(80);
    expect(reported.length).toBeLessThan(600);

    const app = await makeApp({}, dir);
    // Everything reported as added was committed; nothing half-written is visible.
    const stored = new Set(app.news.listArticles({ limit: 1000 }).map((a) => a.id));
    for (const id of reported) expect(stored.has(id)).toBe(true);
    const orphans = app.db.prepare('SELECT count(*) FROM passages p LEFT JOIN articles a ON a.id = p.article_id WHERE a.id IS NULL').pluck().get();
    expect(orphans).toBe(0);
    const passageIds = app.db.prepare('SELECT id FROM passages').pluck().all() as number[];
    for (const id of passageIds) expect(app.store.vectors.has(id)).toBe(true);
    expect(app.store.vectors.size).toBe(passageIds.length);
    const a = await app.news.ask('How many homes will project 3-5 add in Dunmore?');
    expect(a.abstained).toBe(false);
    await app.close();
    // A second ingest of the same input completes the job without duplicates.
    const app2 = await makeApp({}, dir);
    const results = await app2.news.ingest([input]);
    expect(results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(app2.news.countArticles()).toBe(600);
    await app2.close();
  }, 60_000);

  it('re-embeds passages missing from the vector file on open', async () => {
    const app = await makeApp();
    const dir = tempDir();
    await app.news.ingest([writeFile(dir, 'x.jsonl', [article(1), article(2)].map((a) => JSON.stringify(a)).join('\n'))]);
    const n = app.store.vectors.size;
    await app.close();
    fs.rmSync(path.join(app.dir, 'vectors.hnsw'));
    const reopened = await makeApp({}, app.dir);
    expect(reopened.store.vectors.size).toBe(n);
    await reopened.close();
  });
});

describe('two processes on one store', () => {
  it('a running app picks up articles another process ingested, vectors included', async () => {
    const bot = await makeApp();
    const cli = await makeApp({}, bot.dir);
    const dir = tempDir();
    await cli.news.ingest([writeFile(dir, 'x.jsonl', JSON.stringify(article(7)))]);
    const ids = cli.store.passagesOfArticle('a7').map((p) => p.id);
    await cli.close();
    expect(ids.some((id) => bot.store.vectors.has(id))).toBe(false);
    const hits = await bot.news.search('Harlow housing plan homes', { k: 2 });
    expect(hits[0]!.articleId).toBe('a7');
    for (const id of ids) expect(bot.store.vectors.has(id)).toBe(true);
    await bot.close();
  });
});

describe('embedding models', () => {
  let fake: Awaited<ReturnType<typeof startOpenAIFake>>;
  beforeAll(async () => {
    fake = await startOpenAIFake({ dimensions: 64 });
  });
  afterAll(() => fake.close());

  const openaiEnv = () => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, NEWSDESK_EMBEDDINGS: 'openai', OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' });

  it('uses OpenAIEmbeddings over the real wire protocol when configured', async () => {
    const app = await makeApp(openaiEnv());
    const dir = tempDir();
    await app.news.ingest([writeFile(dir, 'x.jsonl', [article(1), article(2)].map((a) => JSON.stringify(a)).join('\n'))]);
    const call = fake.requests.find((r) => r.path === '/v1/embeddings')!;
    expect(call.auth).toBe('Bearer sk-test');
    expect(call.body).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'base64' });
    expect(app.store.vectors.dimensions).toBe(64);
    const hits = await app.news.search('Brampton housing plan homes', { k: 3 });
    expect(hits[0]!.articleId).toBe('a1');
    await app.close();
  });

  it('refuses to mix embedding models and tells how to fix it; reindex rebuilds', async () => {
    const app = await makeApp();
    const dir = tempDir();
    await app.news.ingest([writeFile(dir, 'x.jsonl', [article(1), article(2)].map((a) => JSON.stringify(a)).join('\n'))]);
    await app.close();
    const err = await makeApp(openaiEnv(), app.dir).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/built with embeddings "local-hash-v2\/384".*"openai\/text-embedding-3-small".*newsdesk reindex/);
    const { createApp } = await import('../src/app.js');
    const { loadConfig } = await import('../src/config.js');
    const { createLogger } = await import('../src/logger.js');
    const re = await createApp(loadConfig({ NEWSDESK_DATA_DIR: app.dir, NEWSDESK_AUTO_SAMPLE: '0', ...openaiEnv() }), { logger: createLogger('silent'), allowModelChange: true });
    const n = await re.store.reindex();
    expect(n).toBeGreaterThan(0);
    expect(re.store.vectors.dimensions).toBe(64);
    await re.close();
    const again = await makeApp(openaiEnv(), app.dir);
    expect((await again.news.search('Brampton housing plan', { k: 1 }))[0]!.articleId).toBe('a1');
    await again.close();
  });
});
