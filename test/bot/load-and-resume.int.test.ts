/** Many questions at once, and the gateway connection dropping mid-session, against a real app. */
import { describe, expect, it } from 'vitest';
import { Events } from 'discord.js';
import { startHarness, sleep } from './harness.js';

const QUESTION = 'why did Altman side with Trump?';

describe('under load', () => {
  it('answers 50 simultaneous /ask, each deferred well within 3 s, with the heartbeat keeping its rhythm', async ({ onTestFinished }) => {
    const HEARTBEAT = 100;
    const h = await startHarness({ sample: true, fakeOptions: { heartbeatIntervalMs: HEARTBEAT } });
    onTestFinished(() => h.stop());
    await sleep(3 * HEARTBEAT); // let the heartbeat settle into its rhythm
    const started = Date.now();
    const sent = Array.from({ length: 50 }, (_, i) => h.fake.sendCommand('ask', { question: QUESTION }, { user: h.fake.user(1000 + i) }));
    const defers = await Promise.all(sent.map((it) => h.fake.callback(it)));
    const answers = await Promise.all(sent.map((it) => h.fake.answer(it, 10_000)));
    const finished = Date.now();
    await sleep(2 * HEARTBEAT);

    const deferMs = defers.map((d, i) => d.at - sent[i].at).sort((a, b) => a - b);
    expect(defers.every((d) => d.body.type === 5)).toBe(true);
    expect(deferMs[deferMs.length - 1]).toBeLessThan(1500);
    for (const a of answers) expect(a.body.embeds[0].description).toContain('align with Trump');

    const beats = h.fake.heartbeats.filter((t) => t >= started - HEARTBEAT && t <= finished + 2 * HEARTBEAT);
    const gaps = beats.slice(1).map((t, i) => t - beats[i]);
    expect(beats.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThan(3 * HEARTBEAT);
    expect(h.fake.identifies).toHaveLength(1); // never had to reconnect
    expect(h.fake.resumes).toBe(0);
  });
});

// Concurrent: discord.js waits 500 ms before reconnecting, and the two tests can wait together.
describe.concurrent('gateway drops', () => {
  for (const mode of ['close', 'terminate'] as const) {
    it(`resumes after the connection is dropped (${mode}) and answers what was sent meanwhile`, async ({ onTestFinished, expect }) => {
      const h = await startHarness({ sample: true });
      onTestFinished(() => h.stop());
      const resumed = new Promise((resolve) => h.bot.client.once(Events.ShardResume, resolve));
      h.fake.drop(mode);
      // Dispatched while the bot is disconnected: Discord keeps it and replays it on RESUME.
      const it = h.fake.sendCommand('ask', { question: QUESTION });
      await resumed;
      expect(h.fake.resumes).toBe(1);
      expect(h.fake.identifies).toHaveLength(1); // resumed the session, did not start a new one
      expect((await h.fake.callback(it)).body.type).toBe(5);
      expect((await h.fake.answer(it)).body.embeds[0].description).toContain('align with Trump');
      // And it keeps working for new events after the resume.
      const after = h.fake.sendCommand('ask', { question: QUESTION });
      expect((await h.fake.answer(after)).body.embeds[0].title).toBe(QUESTION);
    });
  }
});
