/** Mentions, threads and follow-ups, against a real app with the bundled sample story. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryOptions } from '../../src/qa/types.js';
import { CHANNEL_A, GUILD_A } from '../fakes/discord-fake.js';
import { FIXTURES, startHarness, type Harness } from './harness.js';

let h: Harness;
let asked: { question: string; opts?: QueryOptions }[];

beforeEach(async () => {
  h = await startHarness({ sample: true });
  // A second story about Musk, so "what did Musk do?" alone could go elsewhere.
  await h.app.news.ingest([path.join(FIXTURES, 'musk-robotaxi.md')]);
  const ask = h.app.news.ask.bind(h.app.news);
  asked = [];
  h.app.news.ask = (question, opts) => (asked.push({ question, opts }), ask(question, opts));
});
afterEach(async () => h.stop());

const botPosts = (channelId: string) => h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);
const text = (body: any) => `${body.embeds[0].description}\n${body.embeds[0].fields.map((f: any) => f.value).join('\n')}`;

describe('mentions and follow-ups', () => {
  it('answers a mention in a new thread, then a follow-up there with the earlier turn', async () => {
    const question = h.fake.sendMessage('why did Altman side with Trump?', { mentionsBot: true });
    const typing = await h.fake.waitForCall((c) => c.path === `/channels/${CHANNEL_A}/typing`);
    expect(typing.method).toBe('POST');
    const thread = await h.fake.waitForCall((c) => c.path === `/channels/${CHANNEL_A}/messages/${question.id}/threads`);
    expect(thread.body).toMatchObject({ name: 'why did Altman side with Trump?', auto_archive_duration: 1440 });
    const threadId = thread.response.id;
    const first = await botPosts(threadId);
    expect(first.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(first.body.embeds[0].title).toBe('why did Altman side with Trump?');
    expect(text(first.body)).toContain('This concern, along with his dissatisfaction with Biden’s stance on AI, led him to align with Trump.');
    expect(first.body.embeds[0].description).toContain('[1] **Sam Altman Emerges As Trump\'s Key Tech Ally As Elon Musk Is Left In The Shadows** — Benzinga, 2025-07-20');
    expect(asked[0].opts).toEqual({ scopes: ['global', GUILD_A], history: [] });
    await vi.waitFor(() => expect(h.bot.ctx.answers.hasConversation(threadId)).toBe(true));

    // Chatter in the thread is left alone; a question needs no mention there.
    h.fake.sendMessage('thanks, interesting', { place: { guildId: GUILD_A, channelId: threadId } });
    const followUp = h.fake.sendMessage('and what did Musk do?', { place: { guildId: GUILD_A, channelId: threadId } });
    const second = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages` && c !== first);
    expect(second.body.message_reference.message_id).toBe(followUp.id);
    expect(asked[1].question).toBe('and what did Musk do?');
    expect(asked[1].opts?.history).toEqual([{ question: 'why did Altman side with Trump?', answer: expect.stringContaining('align with Trump') }]);
    expect(text(second.body)).toContain('Despite Musk’s attempts to disrupt further collaborations');
    expect(text(second.body)).not.toContain('robotaxi');

    // The same words without the conversation are a different question.
    h.fake.sendMessage('and what did Musk do?', { mentionsBot: true });
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked[2].opts?.history).toEqual([]);
    // Only answers were posted: the bot ignored its own echoed messages.
    await vi.waitFor(() => expect(h.fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path))).toHaveLength(3));
  });

  it('continues the conversation when /ask is used inside the bot\'s thread', async () => {
    const question = h.fake.sendMessage('why did Altman side with Trump?', { mentionsBot: true });
    const thread = await h.fake.waitForCall((c) => c.path === `/channels/${CHANNEL_A}/messages/${question.id}/threads`);
    await vi.waitFor(() => expect(h.bot.ctx.answers.hasConversation(thread.response.id)).toBe(true));
    const it = h.fake.sendCommand('ask', { question: 'and what did Musk do?' }, { place: { guildId: GUILD_A, channelId: thread.response.id } });
    const answer = await h.fake.answer(it);
    expect(asked[1].opts?.history?.[0].question).toBe('why did Altman side with Trump?');
    expect(text(answer.body)).toContain('Despite Musk’s attempts to disrupt further collaborations');
  });

  it('treats a reply to an /ask answer as a follow-up', async () => {
    const it = h.fake.sendCommand('ask', { question: 'why did Altman side with Trump?' });
    const answer = await h.fake.answer(it);
    await vi.waitFor(() => expect(h.bot.ctx.answers.byMessageId(answer.response.id)).toBeDefined());
    const reply = h.fake.sendMessage('and what did Musk do?', { replyTo: answer.response.id });
    const posted = await botPosts(CHANNEL_A);
    expect(posted.body.message_reference.message_id).toBe(reply.id);
    expect(asked[1].opts?.history?.[0].question).toBe('why did Altman side with Trump?');
    expect(text(posted.body)).toContain('Despite Musk’s attempts to disrupt further collaborations');
  });

  it('answers a DM from the global corpus only', async () => {
    const dm = { guildId: null, channelId: '1200000000000000999' };
    h.fake.sendMessage('why did Altman side with Trump?', { place: dm });
    const posted = await botPosts(dm.channelId);
    expect(posted.body.embeds[0].title).toBe('why did Altman side with Trump?');
    expect(asked[0].opts?.scopes).toEqual(['global']);
  });

  it('hints at how to ask when mentioned without a question, and ignores unrelated chatter', async () => {
    h.fake.sendMessage('', { mentionsBot: true });
    const hint = await botPosts(CHANNEL_A);
    expect(hint.body.content).toMatch(/^Ask me a news question after the mention/);
    h.fake.sendMessage('lunch anyone?');
    h.fake.sendMessage('why did Altman side with Trump?', { mentionsBot: true });
    await h.fake.waitForCall((c) => c.path.endsWith('/threads'));
    expect(asked.map((a) => a.question)).toEqual(['why did Altman side with Trump?']);
  });
});
