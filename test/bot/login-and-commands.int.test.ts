import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { BOT_INTENTS } from '../../src/bot/client.js';
import { deployCommands } from '../../src/bot/deploy-commands.js';
import { loadConfig } from '../../src/config.js';
import { UserError } from '../../src/errors.js';
import { GUILD_A, MESSAGE_CONTENT_INTENT, startFakeDiscord, type FakeDiscord } from '../fakes/discord-fake.js';
import { createFakeNews } from './fake-news.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await h?.stop();
  await fake?.close();
  fake?.assertClean();
  h = fake = undefined;
});

describe('login', () => {
  it('fetches the gateway with the bot token, identifies with our intents and becomes ready', async () => {
    h = await startHarness({ news: createFakeNews() });
    const gateway = h.fake.calls.find((c) => c.path === '/gateway/bot')!;
    expect(gateway.auth).toBe(`Bot ${h.fake.token}`);
    expect(h.fake.identifies).toHaveLength(1);
    const intents = BOT_INTENTS.reduce((a, b) => a | b, 0);
    expect(h.fake.identifies[0]).toMatchObject({ token: h.fake.token, intents, shard: [0, 1] });
    expect(intents & MESSAGE_CONTENT_INTENT).toBeTruthy();
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.bot.client.guilds.cache.has(GUILD_A)).toBe(true);
    // The client-wide default, so even a payload built elsewhere pings nobody.
    expect(h.bot.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('deployCommands', () => {
  const env = (f: FakeDiscord, extra: Record<string, string> = {}) =>
    loadConfig({ DISCORD_TOKEN: f.token, DISCORD_APP_ID: f.appId, DISCORD_API_URL: f.apiUrl, ...extra });

  it('registers every command to the development guild, with Manage Server on /ingest', async () => {
    fake = await startFakeDiscord();
    const result = await deployCommands(env(fake, { DISCORD_GUILD_ID: GUILD_A }));
    expect(result).toEqual({ scope: 'guild', guildId: GUILD_A, names: ['ask', 'search', 'articles', 'ingest', 'help'] });
    const put = await fake.waitForCall((c) => c.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.appId}/guilds/${GUILD_A}/commands`);
    expect(put.auth).toBe(`Bot ${fake.token}`);
    const ingest = put.body.find((c: any) => c.name === 'ingest');
    expect(ingest.default_member_permissions).toBe('32'); // ManageGuild
    expect(ingest.contexts).toEqual([0]); // guilds only
    const ask = put.body.find((c: any) => c.name === 'ask');
    expect(ask.options.map((o: any) => [o.name, o.type, o.required ?? false])).toEqual([
      ['question', 3, true],
      ['private', 5, false],
    ]);
    expect(put.body.find((c: any) => c.name === 'articles').options[0].autocomplete).toBe(true);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    fake = await startFakeDiscord();
    const result = await deployCommands(env(fake));
    expect(result.scope).toBe('global');
    expect(fake.commands.get('global')?.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
  });

  it('refuses to run without a token, naming the variable', async () => {
    await expect(deployCommands(loadConfig({ DISCORD_APP_ID: '1100000000000000001' }))).rejects.toThrow(UserError);
    await expect(deployCommands(loadConfig({ DISCORD_APP_ID: '1100000000000000001' }))).rejects.toThrow(/^DISCORD_TOKEN is not set/);
  });
});

describe('/help', () => {
  it('replies at once, ephemerally, mentioning nobody', async () => {
    h = await startHarness({ news: createFakeNews() });
    const it = h.fake.sendCommand('help');
    const reply = await h.fake.callback(it);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.data.embeds[0].description).toContain('/ask');
    expect(reply.body.data.embeds[0].description).toContain('5 questions a minute');
  });
});
