import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERIC_ERROR } from '../../src/bot/errors.js';
import { UserError } from '../../src/errors.js';
import { CHANNEL_A, GUILD_A } from '../fakes/discord-fake.js';
import { ANSWER, createFakeNews, type FakeNews } from './fake-news.js';
import { startHarness, type Harness } from './harness.js';

const NO_PINGS = { parse: [], replied_user: false };
let h: Harness;
let news: FakeNews;
afterEach(async () => h?.stop());

async function start(env: Record<string, string> = {}) {
  news = createFakeNews();
  h = await startHarness({ news, env });
}

describe('/ask', () => {
  it('defers at once, then edits in the answer embed with numbered sources, quotes and buttons', async () => {
    await start();
    const it = h.fake.sendCommand('ask', { question: 'why did Altman side with Trump?' });
    const defer = await h.fake.callback(it);
    expect(defer.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(defer.at - it.at).toBeLessThan(1000);
    const edit = await h.fake.answer(it);
    expect(edit.method).toBe('PATCH');
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
    expect(edit.body.embeds).toEqual([
      {
        title: 'why did Altman side with Trump?',
        description: [
          'Trump sided with Altman after the Stargate announcement [1], which Altman presented at the Oval Office [2].',
          '',
          '**Sources**',
          '[1] [Sam Altman Emerges As Trump’s Key Tech Ally](<https://news.example.com/altman-trump>) — Benzinga, 2025-07-20',
          '[2] **Stargate: OpenAI, Oracle and SoftBank announce $500 billion AI project**',
        ].join('\n'),
        fields: [
          { name: '[1] Sam Altman Emerges As Trump’s Key Tech Ally', value: '> The announcement ignited a public feud between Musk and Altman, with Trump siding with Altman.' },
          { name: '[2] Stargate: OpenAI, Oracle and SoftBank announce $500 billion AI project', value: '> Altman was invited to the Oval Office in January for the announcement of a $500 billion AI project, Stargate.' },
        ],
        color: 0x2f6fb5,
        footer: { text: 'Answered from 2 sources.' },
      },
    ]);
    const buttons = edit.body.components[0].components;
    expect(buttons.map((b: any) => [b.custom_id, b.label ?? b.emoji.name])).toEqual([
      ['answer:passages:1', 'Show passages'],
      ['answer:up:1', '👍'],
      ['answer:down:1', '👎'],
    ]);
    expect(news.asks).toEqual([{ question: 'why did Altman side with Trump?', opts: { scopes: ['global', GUILD_A], history: [] } }]);
    // The bot records where the answer went once Discord has answered the edit.
    await vi.waitFor(() => expect(h.bot.ctx.answers.get(1)?.messageId).toBe(edit.response.id));
    const stored = h.bot.ctx.answers.get(1)!;
    expect(stored).toMatchObject({ messageId: edit.response.id, conversationId: edit.response.id, guildId: GUILD_A, channelId: CHANNEL_A, interactionId: it.id });
    expect(stored.citations).toEqual(ANSWER.citations);
  });

  it('answers privately when asked to', async () => {
    await start();
    const it = h.fake.sendCommand('ask', { question: 'why?', private: true });
    expect((await h.fake.callback(it)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await h.fake.answer(it)).body.embeds[0].title).toBe('why?');
  });

  it('says plainly when it does not know, and points at /search and /ingest', async () => {
    await start();
    news.answerFor = async (question) => ({ question, answer: "I couldn't find that in the ingested news.", abstained: true, mode: 'extractive', citations: [] });
    const it = h.fake.sendCommand('ask', { question: 'what is the capital of Peru?' });
    const edit = await h.fake.answer(it);
    expect(edit.body.embeds[0].description).toBe(
      "I couldn't find an answer to that in the news indexed for this server, so I won't guess.\n\n" +
        'Try `/search` with a few keywords to see the closest passages, or ask a server manager to add a relevant article with `/ingest url:<link>`.',
    );
    expect(edit.body.components[0].components.map((b: any) => b.custom_id)).toEqual(['answer:up:1', 'answer:down:1']);
  });

  it('refuses the sixth question in a minute with a friendly ephemeral note, per user', async () => {
    await start({ NEWSDESK_RATE_LIMIT_PER_MINUTE: '2' });
    const alice = h.fake.user(7);
    for (let i = 0; i < 2; i++) await h.fake.answer(h.fake.sendCommand('ask', { question: `q${i}` }, { user: alice }));
    const third = h.fake.sendCommand('ask', { question: 'q3' }, { user: alice });
    const refusal = await h.fake.callback(third);
    expect(refusal.body.type).toBe(4);
    expect(refusal.body.data.flags).toBe(64);
    expect(refusal.body.data.content).toMatch(/^You're asking faster than I can keep up with — up to 2 questions a minute\. Try again in \d+ s\.$/);
    expect(refusal.body.data.allowed_mentions).toEqual(NO_PINGS);
    expect(news.asks).toHaveLength(2);
    // Someone else is not affected.
    await h.fake.answer(h.fake.sendCommand('ask', { question: 'q4' }, { user: h.fake.user(8) }));
    expect(news.asks).toHaveLength(3);
  });

  it('shows a short reason for a UserError from the service', async () => {
    await start();
    news.answerFor = async () => {
      throw new UserError('empty-question', 'ask a question, e.g. "why did Altman side with Trump?"');
    };
    const it = h.fake.sendCommand('ask', { question: '?', private: true });
    const edit = await h.fake.answer(it);
    expect(edit.body.content).toBe('ask a question, e.g. "why did Altman side with Trump?"');
    expect(edit.body.embeds).toEqual([]);
  });

  it('logs an unexpected error with its ids and shows only a generic ephemeral message', async () => {
    await start();
    news.answerFor = async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed');
    };
    const it = h.fake.sendCommand('ask', { question: 'why?' });
    // The public "thinking…" placeholder is removed and the user alone gets the notice.
    await h.fake.waitForCall((c) => c.method === 'DELETE' && c.path.endsWith(`${it.token}/messages/@original`));
    const notice = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/webhooks/${h.fake.appId}/${it.token}`);
    expect(notice.body).toMatchObject({ content: GENERIC_ERROR, flags: 64, allowed_mentions: NO_PINGS });
    expect(JSON.stringify(h.fake.callsFor(it).map((c) => c.body))).not.toMatch(/SQLITE|malformed|at .*\.ts/);
    const logged = h.logs.find((l) => l.msg === 'interaction failed')!;
    expect(logged).toMatchObject({ level: 50, guildId: GUILD_A, channelId: CHANNEL_A, interactionId: it.id, command: 'ask' });
    expect(logged.err.message).toContain('SQLITE_CORRUPT');
  });
});

describe('/search', () => {
  it('lists the top passages with their sources', async () => {
    await start();
    const it = h.fake.sendCommand('search', { query: 'Stargate' });
    expect((await h.fake.callback(it)).body.type).toBe(5);
    const embed = (await h.fake.answer(it)).body.embeds[0];
    expect(embed.title).toBe('Search: Stargate');
    expect(embed.fields[0]).toEqual({
      name: '[1] Sam Altman Emerges As Trump’s Key Tech Ally',
      value:
        '> The announcement ignited a public feud between Musk and Altman, with Trump siding with Altman.\n' +
        '[1] [Sam Altman Emerges As Trump’s Key Tech Ally](<https://news.example.com/altman-trump>) — Benzinga, 2025-07-20',
    });
    expect(embed.fields).toHaveLength(2);
  });

  it('says when nothing matched', async () => {
    await start();
    const edit = await h.fake.answer(h.fake.sendCommand('search', { query: 'nothing' }));
    expect(edit.body.embeds[0].description).toMatch(/^No passages matched that/);
  });
});
