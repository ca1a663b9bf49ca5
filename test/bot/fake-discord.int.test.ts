/** The fake must be able to fail a bot: it answers mistakes the way Discord does and records them. */
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_A, startFakeDiscord, type FakeDiscord } from '../fakes/discord-fake.js';

let fake: FakeDiscord;
afterEach(async () => fake.close());

const NO_PINGS = { parse: [] };
async function post(path: string, body: unknown, auth?: string) {
  const res = await fetch(`${fake.apiUrl}/v10${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get('content-type'), body: res.status === 204 ? null : await res.json() };
}

describe('fake Discord', () => {
  it('acknowledges once with 204 and no content-type, then refuses a second acknowledgement (40060)', async () => {
    fake = await startFakeDiscord();
    const it = fake.sendCommand('ask', { question: 'q' });
    const first = await post(`/interactions/${it.id}/${it.token}/callback`, { type: 5, data: { flags: 0 } });
    expect(first).toEqual({ status: 204, contentType: null, body: null });
    expect((await post(`/interactions/${it.id}/${it.token}/callback`, { type: 5, data: {} })).body.code).toBe(40060);
    expect(fake.problems).toHaveLength(1);
  });

  it('expires an interaction not acknowledged in time (10062)', async () => {
    fake = await startFakeDiscord({ ackWindowMs: 20 });
    const it = fake.sendCommand('ask', { question: 'q' });
    await new Promise((r) => setTimeout(r, 40));
    expect(await post(`/interactions/${it.id}/${it.token}/callback`, { type: 5, data: {} })).toMatchObject({ status: 404, body: { code: 10062 } });
    expect(() => fake.assertClean()).toThrow(/10062/);
  });

  it('refuses oversized (50035) and empty (50006) messages, bot routes without auth (401), and flags missing allowed_mentions', async () => {
    fake = await startFakeDiscord();
    const auth = `Bot ${fake.token}`;
    const tooLong = await post(`/channels/${CHANNEL_A}/messages`, { content: 'x'.repeat(2001), allowed_mentions: NO_PINGS }, auth);
    expect(tooLong).toMatchObject({ status: 400, body: { code: 50035, errors: { content: expect.any(String) } } });
    const bigEmbed = { description: 'x'.repeat(4000), fields: [{ name: 'n', value: 'v'.repeat(1025) }] };
    expect((await post(`/channels/${CHANNEL_A}/messages`, { embeds: [bigEmbed, bigEmbed], allowed_mentions: NO_PINGS }, auth)).body.errors).toMatchObject({
      'embeds.0.fields.0.value': expect.any(String),
      embeds: expect.stringMatching(/6000/),
    });
    expect((await post(`/channels/${CHANNEL_A}/messages`, { content: '', allowed_mentions: NO_PINGS }, auth)).body.code).toBe(50006);
    expect((await post(`/channels/${CHANNEL_A}/messages`, { content: 'hi', allowed_mentions: NO_PINGS })).status).toBe(401);
    expect((await post(`/channels/${CHANNEL_A}/messages`, { content: 'hi' }, auth)).status).toBe(200);
    expect(fake.problems.at(-1)).toMatch(/allowed_mentions missing/);
    expect(fake.problems).toHaveLength(5);
  });

  it('records multipart bodies by their payload_json and lists the files', async () => {
    fake = await startFakeDiscord();
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: 'see file', allowed_mentions: NO_PINGS }));
    form.append('files[0]', new Blob(['hello']), 'note.txt');
    await fetch(`${fake.apiUrl}/v10/channels/${CHANNEL_A}/messages`, { method: 'POST', headers: { authorization: `Bot ${fake.token}` }, body: form });
    const call = await fake.waitForCall((c) => c.path === `/channels/${CHANNEL_A}/messages`);
    expect(call.body).toEqual({ content: 'see file', allowed_mentions: NO_PINGS });
    expect(call.files).toEqual([{ field: 'files[0]', filename: 'note.txt', size: 5 }]);
    fake.assertClean();
  });
});
