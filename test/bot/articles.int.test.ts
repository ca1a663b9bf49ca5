import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_B, GUILD_A, GUILD_B } from '../fakes/discord-fake.js';
import { createFakeNews, sampleArticles } from './fake-news.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.stop());

async function start() {
  const news = createFakeNews();
  news.articles = sampleArticles(GUILD_A);
  h = await startHarness({ news });
}

describe('/articles', () => {
  it('lists the newest articles visible here, five a page, and pages with buttons', async () => {
    await start();
    const it = h.fake.sendCommand('articles');
    const reply = await h.fake.callback(it);
    expect(reply.body.type).toBe(4);
    const { embeds, components, allowed_mentions } = reply.body.data;
    expect(allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embeds[0].title).toBe('Latest indexed articles');
    expect(embeds[0].description.split('\n')).toEqual([
      '• [Market report number 0](<https://news.example.com/0>) — Example Wire · 2025-07-30 · added here',
      '• [Market report number 1](<https://news.example.com/1>) — Example Wire · 2025-07-29 · added here',
      '• [Market report number 2](<https://news.example.com/2>) — Example Wire · 2025-07-28',
      '• [Altman and Trump: the Stargate deal](<https://news.example.com/3>) — Example Wire · 2025-07-27',
      '• [Market report number 4](<https://news.example.com/4>) — Example Wire · 2025-07-26',
    ]);
    expect(embeds[0].footer.text).toBe('Page 1 of 3 · 12 articles');
    expect(components[0].components.map((b: any) => [b.custom_id, b.disabled])).toEqual([
      ['articles:-1:', true],
      ['articles:1:', false],
    ]);

    const next = h.fake.sendButton('articles:1:', h.fake.interactions.get(it.token)!.originalId!);
    const update = await h.fake.callback(next);
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds[0].footer.text).toBe('Page 2 of 3 · 12 articles');
    expect(update.body.data.embeds[0].description).toMatch(/^• \[Market report number 5\]/);
    expect(update.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('shows only the global corpus in another guild', async () => {
    await start();
    const it = h.fake.sendCommand('articles', {}, { place: { guildId: GUILD_B, channelId: CHANNEL_B } });
    const reply = await h.fake.callback(it);
    expect(reply.body.data.embeds[0].footer.text).toBe('Page 1 of 2 · 10 articles');
    expect(reply.body.data.embeds[0].description).not.toContain('added here');
  });

  it('filters by the query and keeps it in the page buttons', async () => {
    await start();
    const reply = await h.fake.callback(h.fake.sendCommand('articles', { query: 'stargate' }));
    expect(reply.body.data.embeds[0].title).toBe('Articles matching “stargate”');
    expect(reply.body.data.embeds[0].description).toBe('• [Altman and Trump: the Stargate deal](<https://news.example.com/3>) — Example Wire · 2025-07-27');
    expect(reply.body.data.components).toEqual([]); // one page: no buttons
  });

  it('autocompletes article titles, the ones starting with the typed text first', async () => {
    await start();
    const it = h.fake.sendAutocomplete('articles', { query: 'Alt' }, 'query');
    const reply = await h.fake.callback(it);
    expect(reply.body).toEqual({ type: 8, data: { choices: [{ name: 'Altman and Trump: the Stargate deal', value: 'Altman and Trump: the Stargate deal' }] } });

    const all = await h.fake.callback(h.fake.sendAutocomplete('articles', { query: '' }, 'query'));
    expect(all.body.data.choices).toHaveLength(12);
  });
});
