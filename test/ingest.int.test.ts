import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, makeApp, tempDir, writeFile } from './helpers.js';

const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `The ${topic} council met for session ${i + 1} and approved ${i * 3 + 2} measures on housing, transport and parks.`).join(' ');

describe('ingest', () => {
  it('adds once, reports unchanged on re-ingest, and replaces passages when the article changes', async () => {
    const app = await makeApp();
    const dir = tempDir();
    const file = writeFile(dir, 'a.json', JSON.stringify({ id: 'harbour-1', title: 'Harbour plan', url: 'https://news.example/harbour?utm_source=x', text: para(20, 'harbour') }));
    expect((await app.news.ingest([file]))[0]).toMatchObject({ status: 'added', articleId: 'harbour-1' });
    expect((await app.news.ingest([file]))[0]).toMatchObject({ status: 'unchanged', articleId: 'harbour-1' });
    // Same story under a tracking-free URL variant and other whitespace: still one article.
    const variant = writeFile(dir, 'b.jsonl', JSON.stringify({ title: 'Harbour plan', url: 'https://www.news.example/harbour#top', text: `  ${para(20, 'harbour')}\n` }));
    expect((await app.news.ingest([variant]))[0]!.status).toBe('unchanged');
    const before = app.store.passagesOfArticle('harbour-1').map((p) => p.id);
    fs.writeFileSync(file, JSON.stringify({ id: 'harbour-1', title: 'Harbour plan', url: 'https://news.example/harbour', text: `${para(20, 'harbour')} A late amendment added a ferry terminal.` }));
    expect((await app.news.ingest([file]))[0]).toMatchObject({ status: 'updated', articleId: 'harbour-1' });
    const after = app.store.passagesOfArticle('harbour-1');
    expect(after.map((p) => p.id).some((id) => before.includes(id))).toBe(false);
    expect(after.at(-1)!.text).toContain('ferry terminal');
    for (const id of before) expect(app.store.vectors.has(id)).toBe(false);
    for (const p of after) expect(app.store.vectors.has(p.id)).toBe(true);
    expect(app.news.countArticles()).toBe(1);
    await app.close();
  });

  it('reports one failure per bad input and keeps going, losing nothing already stored', async () => {
    const app = await makeApp();
    const dir = tempDir();
    const good = writeFile(dir, 'good.md', `# Ferry service returns\n\n${para(12, 'ferry')}`);
    await app.news.ingest([good]);
    const inputs = [
      writeFile(dir, 'empty.txt', ''),
      writeFile(dir, 'binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])),
      writeFile(dir, 'nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
      writeFile(dir, 'lines.jsonl', [JSON.stringify({ title: 'Tram line opens', text: para(10, 'tram') }), '{not json', JSON.stringify({ title: 'No text' })].join('\n')),
      writeFile(dir, 'photo.png', 'png'),
      path.join(dir, 'missing.txt'),
      writeFile(dir, 'good2.txt', `Bridge repairs finish early\n${para(10, 'bridge')}`),
    ];
    const results = await app.news.ingest(inputs);
    const byInput = Object.fromEntries(results.map((r) => [path.basename(r.input), r]));
    expect(byInput['empty.txt']).toMatchObject({ status: 'failed', error: 'empty file' });
    expect(byInput['binary.txt']).toMatchObject({ status: 'failed', error: 'binary file, not text' });
    expect(byInput['nav.html']!.status).toBe('failed');
    expect(byInput['nav.html']!.error).toMatch(/no article/);
    expect(byInput['lines.jsonl:1']!.status).toBe('added');
    expect(byInput['lines.jsonl:2']).toMatchObject({ status: 'failed' });
    expect(byInput['lines.jsonl:2']!.error).toMatch(/^invalid JSON/);
    expect(byInput['lines.jsonl:3']).toMatchObject({ status: 'failed', error: 'missing "text", "body" or "html"' });
    expect(byInput['photo.png']!.error).toMatch(/^unsupported file type ".png"/);
    expect(byInput['missing.txt']).toMatchObject({ status: 'failed', error: 'no such file or directory' });
    expect(byInput['good2.txt']!.status).toBe('added');
    for (const r of results) if (r.error) expect(r.error).not.toContain('\n');
    expect(app.news.listArticles().map((a) => a.title).sort()).toEqual(['Bridge repairs finish early', 'Ferry service returns', 'Tram line opens']);
    await app.close();
  });

  it('chunks and embeds on a worker thread for big inputs with the same result as inline', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 70 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, title: `Story ${i}`, text: para(12 + (i % 5), ['harbour', 'tram', 'ferry', 'bridge'][i % 4]!) + ` Item ${i}.` }),
    );
    lines.splice(40, 0, lines[3]!); // a duplicate in a later batch must still be "unchanged"
    const file = writeFile(dir, 'many.jsonl', lines.join('\n'));
    const { ingestInputs } = await import('../src/news/ingest.js');
    const snapshot = async (worker: boolean) => {
      const app = await makeApp();
      const results = await ingestInputs(app.store, [file], { worker });
      const passages = app.db.prepare('SELECT article_id, start, end FROM passages ORDER BY article_id, ord').all();
      const hits = (await app.news.search('ferry council session 7 measures', { k: 3 })).map((h) => h.passageId);
      const vectors = app.store.vectors.size;
      await app.close();
      return { statuses: results.map((r) => r.status), passages, hits, vectors };
    };
    const viaWorker = await snapshot(true);
    expect(viaWorker.statuses.filter((s) => s === 'added')).toHaveLength(70);
    expect(viaWorker.statuses[40]).toBe('unchanged');
    expect(viaWorker.vectors).toBe(viaWorker.passages.length);
    // Same store content, and the same ranking, as chunking and embedding on this thread.
    expect(await snapshot(false)).toEqual(viaWorker);
  });

  it('keeps boilerplate out of passages so it can never be cited', async () => {
    const app = await makeApp();
    await app.news.ingest([path.join(FIXTURES, 'articles')]);
    const passages = app.store.passagesOfArticle('ae458e348b6ec010');
    const all = passages.map((p) => p.text).join('\n');
    expect(all).toContain('led him to align with Trump.');
    for (const junk of ['Register Here', 'Also Read', 'Read Next', 'Shutterstock', 'produced with the help of AI', 'All rights reserved', 'Elon Busts Up With Everybody']) {
      expect(all).not.toContain(junk);
    }
    await app.close();
  });
});

describe('ingest from URLs (loopback allowed only by NEWSDESK_ALLOW_PRIVATE_URLS)', () => {
  let server: http.Server;
  let base: string;
  const article = `<html><head><title>Council approves tram extension</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><nav>Home | News</nav><article><h1>Council approves tram extension</h1>${Array.from({ length: 8 }, (_, i) => `<p>The city council approved the tram extension in vote number ${i + 1}, with ${20 + i} members in favour and construction set to begin in spring.</p>`).join('')}</article></body></html>`;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (req.url === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
      else res.writeHead(404).end('nope');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses loopback URLs by default', async () => {
    const app = await makeApp();
    const [r] = await app.news.ingest([`${base}/story`]);
    expect(r!.status).toBe('failed');
    expect(r!.error).toMatch(/loopback/);
    await app.close();
  });

  it('ingests a page, and reports 404s, redirect loops and non-HTML with reasons', async () => {
    const app = await makeApp({ NEWSDESK_ALLOW_PRIVATE_URLS: '1' });
    const results = await app.news.ingest([`${base}/story`, `${base}/gone`, `${base}/loop`, `${base}/pdf`]);
    expect(results[0]).toMatchObject({ status: 'added', title: 'Council approves tram extension' });
    expect(results[1]!.error).toMatch(/404/);
    expect(results[2]!.error).toMatch(/redirect/);
    expect(results[3]!.error).toMatch(/content-type application\/pdf/);
    const [listed] = app.news.listArticles();
    expect(listed).toMatchObject({ url: `${base}/story`, publishedAt: '2024-03-05T10:00:00.000Z' });
    await app.close();
  });
});
