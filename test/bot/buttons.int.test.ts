import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/bot/limits.js';
import type { Citation } from '../../src/qa/types.js';
import { GUILD_A } from '../fakes/discord-fake.js';
import { embedChars } from '../fakes/discord-fake-validate.js';
import { CITATIONS, createFakeNews, type FakeNews } from './fake-news.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let news: FakeNews;
afterEach(async () => h?.stop());

/** Ask and return the answer message as the fake stored it. */
async function ask(question = 'why did Altman side with Trump?') {
  const it = h.fake.sendCommand('ask', { question });
  const edit = await h.fake.answer(it);
  await vi.waitFor(() => expect(h.bot.ctx.answers.byMessageId(edit.response.id)).toBeDefined());
  return edit.response;
}

describe('answer buttons', () => {
  it('"Show passages" replies ephemerally with the full quotes', async () => {
    h = await startHarness({ news: (news = createFakeNews()) });
    const msg = await ask();
    const click = h.fake.sendButton('answer:passages:1', msg.id);
    const reply = await h.fake.callback(click);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.data.embeds).toEqual([
      { title: '[1] Sam Altman Emerges As Trump’s Key Tech Ally', url: 'https://news.example.com/altman-trump', description: `> ${CITATIONS[0].quote}`, color: 0x2f6fb5, footer: { text: 'Benzinga · 2025-07-20' } },
      { title: '[2] Stargate: OpenAI, Oracle and SoftBank announce $500 billion AI project', description: `> ${CITATIONS[1].quote}`, color: 0x2f6fb5 },
    ]);
  });

  it('stores 👍/👎 with the question, answer and citations; a second vote replaces the first', async () => {
    h = await startHarness({ news: (news = createFakeNews()) });
    const msg = await ask();
    const alice = h.fake.user(11);
    const bob = h.fake.user(12);
    await h.fake.callback(h.fake.sendButton('answer:up:1', msg.id, { user: alice }));
    const down = h.fake.sendButton('answer:down:1', msg.id, { user: alice });
    expect((await h.fake.callback(down)).body.data).toMatchObject({ flags: 64, content: expect.stringMatching(/^Thanks/) });
    await h.fake.callback(h.fake.sendButton('answer:up:1', msg.id, { user: bob }));
    await vi.waitFor(() => expect(h.app.db.prepare('SELECT count(*) FROM bot_feedback').pluck().get()).toBe(2));
    const rows = h.app.db.prepare('SELECT * FROM bot_feedback ORDER BY user_id').all() as any[];
    expect(rows.map((r) => [r.user_id, r.vote])).toEqual([
      [alice.id, 'down'],
      [bob.id, 'up'],
    ]);
    expect(rows[0]).toMatchObject({ answer_id: 1, interaction_id: down.id, guild_id: GUILD_A, question: 'why did Altman side with Trump?' });
    expect(rows[0].answer).toContain('Trump sided with Altman');
    expect(JSON.parse(rows[0].citations_json)).toEqual(CITATIONS);
  });
});

describe('Discord limits', () => {
  /** 30 citations with 1,500-character quotes and a 5,000-character answer: far past every limit. */
  function hugeAnswer(question: string) {
    const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
    const citations: Citation[] = Array.from({ length: 30 }, (_, i) => ({
      ...CITATIONS[0],
      n: i + 1,
      articleId: `x${i}`,
      title: `Very long headline number ${i} ${'about the news '.repeat(12)}`,
      url: `https://news.example.com/${i}/${'segment/'.repeat(20)}`,
      quote: words(180, `q${i}w`),
    }));
    return { question, answer: words(700, 'a'), abstained: false, mode: 'extractive' as const, citations };
  }

  it('trims whole citations, marks shortened quotes, and Show passages delivers every word', async () => {
    news = createFakeNews();
    news.answerFor = async (q) => hugeAnswer(q);
    h = await startHarness({ news });
    const edit = await h.fake.answer(h.fake.sendCommand('ask', { question: 'x'.repeat(400) }));
    const [embed] = edit.body.embeds;
    expect(embedChars(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.title.length).toBeLessThanOrEqual(256);
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    const listed = embed.description.match(/^\[\d+\] /gm) ?? [];
    expect(listed.length).toBeGreaterThan(0);
    expect(embed.description).toMatch(new RegExp(`…and ${30 - listed.length} more sources \\(Show passages\\)$`));
    // Every source line is whole: no line was cut.
    for (const line of embed.description.split('\n').filter((l: string) => /^\[\d+\] /.test(l))) expect(line).toMatch(/— Benzinga, 2025-07-20$/);
    for (const f of embed.fields) {
      expect(f.value.length).toBeLessThanOrEqual(1024);
      expect(f.value).toMatch(/ q\d+w\d+…$/); // cut between words, and visibly
    }
    expect(embed.footer.text).toMatch(/Show passages/);

    await vi.waitFor(() => expect(h.bot.ctx.answers.get(1)?.messageId).toBe(edit.response.id));
    const click = h.fake.sendButton('answer:passages:1', edit.response.id);
    await h.fake.callback(click);
    // The quotes need several messages (10 embeds / 6000 characters each): wait for the last word.
    await vi.waitFor(() => expect(JSON.stringify(h.fake.callsFor(click).map((c) => c.body))).toContain('q29w179'), { timeout: 3000 });
    const messages = h.fake.callsFor(click).map((c) => c.body.data ?? c.body);
    const embeds = messages.flatMap((m) => m.embeds);
    for (const m of messages) {
      expect(m.flags).toBe(64);
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n: number, e: any) => n + embedChars(e), 0)).toBeLessThanOrEqual(6000);
    }
    const text = embeds.map((e: any) => e.description.replace(/^> /, '')).join(' ');
    expect(text).toBe(hugeAnswer('').citations.map((c) => c.quote).join(' '));
  });
});
