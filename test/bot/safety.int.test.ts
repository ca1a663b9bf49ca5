/** Mention safety, per-guild scope and permissions, against a real app. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_A, CHANNEL_B, GUILD_A, GUILD_B, MANAGER_PERMISSIONS } from '../fakes/discord-fake.js';
import { FIXTURES, startHarness, type Harness } from './harness.js';

const NO_PINGS = { parse: [], replied_user: false };
let h: Harness;
let site: http.Server;
let articleUrl: string;

beforeAll(async () => {
  // The article page /ingest fetches, served locally (the app allows private URLs in tests).
  const html = fs.readFileSync(path.join(FIXTURES, 'harbor-bridge.html'));
  site = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/local/harbor-bridge`;
});
afterAll(() => {
  site.closeAllConnections();
  site.close();
});
afterEach(async () => h.stop());

const inA = { place: { guildId: GUILD_A, channelId: CHANNEL_A } };
const inB = { place: { guildId: GUILD_B, channelId: CHANNEL_B } };
const inDM = { place: { guildId: null, channelId: '1200000000000000777' } };
const BRIDGE = 'why was the Lindqvist harbor bridge closed?';

describe('mention safety', () => {
  it('quotes an article containing @everyone, @here and role/user mentions without pinging anyone', async () => {
    h = await startHarness();
    await h.app.news.ingest([path.join(FIXTURES, 'mass-ping.json')]);
    const question = 'what did the spammers post in the gaming servers?';
    const edit = await h.fake.answer(h.fake.sendCommand('ask', { question }));
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
    expect(JSON.stringify(edit.body.embeds)).toContain('@everyone free nitro');

    h.fake.sendMessage(question, { mentionsBot: true });
    const thread = await h.fake.waitForCall((c) => c.path.endsWith('/threads'));
    const posted = await h.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${thread.response.id}/messages`);
    expect(posted.body.allowed_mentions).toEqual(NO_PINGS);
    expect(JSON.stringify(posted.body.embeds)).toContain('@here giveaway');

    const click = h.fake.sendButton('answer:passages:1', edit.response.id);
    expect((await h.fake.callback(click)).body.data.allowed_mentions).toEqual(NO_PINGS);
    // stop() also fails if any message body at all lacked { parse: [] }.
  });
});

describe('per-guild scope', () => {
  it('an article ingested in guild A answers in A only; B and DMs abstain', async () => {
    h = await startHarness({ sample: true });
    const ingest = h.fake.sendCommand('ingest', { url: articleUrl }, { ...inA, permissions: MANAGER_PERMISSIONS });
    expect((await h.fake.callback(ingest)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await h.fake.answer(ingest)).body.content).toBe(
      'Added “Lindqvist Harbor Bridge Closed After Cracks Found In Support Cables” to this server’s index. Ask about it with /ask.',
    );

    const inGuildA = await h.fake.answer(h.fake.sendCommand('ask', { question: BRIDGE }, inA));
    expect(inGuildA.body.embeds[0].description).toContain('inspectors found cracks in two of its main support cables');

    const inGuildB = await h.fake.answer(h.fake.sendCommand('ask', { question: BRIDGE }, inB));
    expect(inGuildB.body.embeds[0].description).toMatch(/^I couldn't find an answer to that in the news indexed for this server/);
    expect(JSON.stringify(inGuildB.body)).not.toContain('Lindqvist Harbor Bridge Closed');

    const inDirect = await h.fake.answer(h.fake.sendCommand('ask', { question: BRIDGE }, inDM));
    expect(inDirect.body.embeds[0].description).toMatch(/^I couldn't find an answer to that in the shared news index/);

    const search = await h.fake.answer(h.fake.sendCommand('search', { query: 'Lindqvist bridge cables' }, inB));
    expect(JSON.stringify(search.body)).not.toContain('Lindqvist Harbor Bridge Closed');
    const listB = await h.fake.callback(h.fake.sendCommand('articles', {}, inB));
    expect(listB.body.data.embeds[0].description).not.toContain('Lindqvist');
  });
});

describe('permissions', () => {
  it('refuses /ingest without Manage Server, in DMs, and for non-web links — before fetching anything', async () => {
    h = await startHarness();
    const member = await h.fake.callback(h.fake.sendCommand('ingest', { url: articleUrl }, inA));
    expect(member.body).toMatchObject({
      type: 4,
      data: { content: 'Only members with the Manage Server permission can add articles here.', embeds: [], components: [], flags: 64, allowed_mentions: NO_PINGS },
    });
    const dm = await h.fake.callback(h.fake.sendCommand('ingest', { url: articleUrl }, inDM));
    expect(dm.body.data.content).toBe('/ingest works in a server, where it adds to that server’s index.');
    const file = await h.fake.callback(h.fake.sendCommand('ingest', { url: 'file:///etc/passwd' }, { ...inA, permissions: MANAGER_PERMISSIONS }));
    expect(file.body.data).toMatchObject({ content: 'Only http(s) links can be added.', flags: 64 });
    expect(h.app.news.countArticles({ scopes: ['global', GUILD_A] })).toBe(0);
  });

  it('reports a page that cannot be ingested with the reason, ephemerally', async () => {
    h = await startHarness();
    const bad = h.fake.sendCommand('ingest', { url: `${articleUrl.replace(/\d+\/local.*/, '1')}/nothing` }, { ...inA, permissions: MANAGER_PERMISSIONS });
    const edit = await h.fake.answer(bad);
    expect(edit.body.content).toMatch(/^I couldn’t add that page: .*(refused|ECONNREFUSED|connect)/i);
  });
});
