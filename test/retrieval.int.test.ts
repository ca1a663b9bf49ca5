import { describe, expect, it } from 'vitest';
import { diversify, fuse, queryWords, retrieve } from '../src/qa/retriever.js';
import { LocalHashEmbeddings, dot } from '../src/qa/local-embeddings.js';
import { makeApp, tempDir, writeFile } from './helpers.js';

const articles = [
  { id: 'whales', title: 'Pilot whales stranded on remote beach', text: 'More than forty pilot whales stranded overnight on a remote beach in Golden Bay. Volunteers kept the animals wet while rangers waited for the high tide. Rangers said strandings in the bay have become more frequent in recent years.' },
  { id: 'marriage', title: 'Parliament votes on marriage law', text: 'Lawmakers legalised same-sex marriage after a long debate in parliament. The bill passed by a wide margin and takes effect next spring. Church leaders criticised the vote.' },
  { id: 'chips', title: 'Chipmaker buys rival for $2 billion', text: 'Northwind Semiconductors agreed to acquire its smaller rival Contoso Micro for $2 billion in cash. The deal is expected to close in the third quarter, pending regulatory approval.' },
  { id: 'storm', title: 'Storm cuts power to thousands', text: 'A winter storm knocked out electricity to 40,000 homes across the valley. Crews worked through the night to restore power lines brought down by falling trees.' },
];

async function seeded() {
  const app = await makeApp();
  const dir = tempDir();
  const file = writeFile(dir, 'corpus.jsonl', articles.map((a) => JSON.stringify(a)).join('\n'));
  await app.news.ingest([file]);
  return app;
}

describe('local embeddings', () => {
  it('put paraphrases closer than unrelated text', () => {
    const e = new LocalHashEmbeddings();
    const q = e.embedSync('whale stranding on the beach');
    const near = e.embedSync('Pilot whales stranded overnight on a remote beach.');
    const far = e.embedSync('A winter storm knocked out electricity to homes.');
    expect(dot(q, near)).toBeGreaterThan(dot(q, far) + 0.2);
    // British and American spellings meet.
    expect(dot(e.embedSync('legalized'), e.embedSync('legalised'))).toBeGreaterThan(0.5);
  });
});

describe('hybrid retrieval', () => {
  it('ranks the answering article first for paraphrased queries', async () => {
    const app = await seeded();
    const cases: [string, string][] = [
      ['how many whales were beached', 'whales'],
      ['when was gay marriage legalized', 'marriage'],
      ['which company did Northwind purchase', 'chips'],
      ['blackout after the storm', 'storm'],
    ];
    for (const [q, want] of cases) {
      const [top] = await retrieve(app.store, q, { k: 3 });
      expect(top?.passage.articleId, q).toBe(want);
    }
    await app.close();
  });

  it('finds through the vector side what BM25 alone misses', async () => {
    const app = await seeded();
    // "legalized"/"acquisition" stem differently from "legalised"/"acquire" in FTS5's Porter.
    const bm25 = await retrieve(app.store, 'legalized', { k: 3, mode: 'bm25' });
    const hybrid = await retrieve(app.store, 'legalized', { k: 3 });
    expect(bm25.map((r) => r.passage.articleId)).not.toContain('marriage');
    expect(hybrid[0]!.passage.articleId).toBe('marriage');
    await app.close();
  });

  it('keeps other scopes out', async () => {
    const app = await seeded();
    const dir = tempDir();
    await app.news.ingest([writeFile(dir, 'g.json', JSON.stringify({ title: 'Secret guild memo', text: 'The zephyrine lanterns will be auctioned at the midsummer fair by the guild treasurer.' }))], { scope: 'guild-a' });
    expect(await app.news.search('zephyrine lanterns auction', { scopes: ['global', 'guild-b'] })).toEqual([]);
    const inA = await app.news.search('zephyrine lanterns auction', { scopes: ['global', 'guild-a'] });
    expect(inA[0]!.title).toBe('Secret guild memo');
    await app.close();
  });
});

describe('fusion helpers', () => {
  it('queries FTS with content words only, without stopwords or FTS syntax', () => {
    expect(queryWords('Why did "Altman" side with Trump? NEAR(x) OR y*')).toEqual(['altman', 'side', 'trump', 'near']);
    expect(queryWords('why is it?')).toEqual([]);
  });

  it('fuses normalized scores: agreement between rankers wins, the weight decides how much', () => {
    const lexical = [{ id: 1, score: 10 }, { id: 2, score: 9.5 }, { id: 3, score: 4 }];
    const semantic = [{ id: 2, score: 0.8 }, { id: 4, score: 0.78 }];
    expect(fuse(lexical, semantic, 0).map(([id]) => id)).toEqual([1, 2, 3, 4]);
    // Passage 2 is found by both: a little vector weight lifts it over BM25's top hit.
    const mixed = fuse(lexical, semantic, 0.2);
    expect(mixed.map(([id]) => id)).toEqual([2, 1, 3, 4]);
    expect(mixed[0]![1]).toMatchObject({ bm25Rank: 2, vectorRank: 1 });
    expect(mixed[0]![1].score).toBeCloseTo(0.8 * 0.95 + 0.2 * 1);
    // A vector-only hit can outrank weak lexical ones, never BM25's confident top.
    expect(fuse(lexical, semantic, 0.5).map(([id]) => id)).toEqual([2, 1, 4, 3]);
  });

  it('diversifies so one article cannot fill the top-k', () => {
    const items = ['a', 'a', 'a', 'a', 'b', 'c'].map((articleId, i) => ({ passage: { articleId }, i }));
    expect(diversify(items, 4, 2).map((x) => x.i)).toEqual([0, 1, 4, 5]);
    // With too few other articles, the rest fills from the overflow in rank order.
    expect(diversify(items, 5, 2).map((x) => x.i)).toEqual([0, 1, 4, 5, 2]);
  });
});
