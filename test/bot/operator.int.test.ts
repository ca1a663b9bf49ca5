/**
 * The bot started the way an operator starts it: `node bin/newsdesk-bot.js` (what `npm start` runs),
 * configured only through environment variables, with DISCORD_API_URL pointing at the fake Discord.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { GUILD_A, startFakeDiscord, type FakeDiscord } from '../fakes/discord-fake.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/newsdesk-bot.js');
type Cleanup = TestContext['onTestFinished'];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Spawn the bot with exactly `env` (plus PATH), from an empty directory so no `.env` is read. */
function startBot(cleanup: Cleanup, env: Record<string, string>, args: string[] = []): Run {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-op-'));
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanup(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exit;
    fs.rmSync(cwd, { recursive: true, force: true });
  });
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function fakeDiscord(cleanup: Cleanup): Promise<FakeDiscord> {
  const fake = await startFakeDiscord();
  cleanup(() => fake.close());
  return fake;
}

function tempDir(cleanup: Cleanup): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-op-data-'));
  cleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const envFor = (fake: FakeDiscord, dataDir: string) => ({
  DISCORD_TOKEN: fake.token,
  DISCORD_APP_ID: fake.appId,
  DISCORD_API_URL: fake.apiUrl,
  NEWSDESK_DATA_DIR: dataDir,
});

describe('node bin/newsdesk-bot.js', () => {
  it('connects with env only, answers /ask from the bundled sample, and stops cleanly on SIGTERM', async ({ onTestFinished }) => {
    const fake = await fakeDiscord(onTestFinished);
    const dataDir = tempDir(onTestFinished);
    const bot = startBot(onTestFinished, envFor(fake, dataDir));
    const it = await waitUntil(() => fake.identifies.length > 0, bot).then(() => fake.sendCommand('ask', { question: 'why did Altman side with Trump?' }));
    expect((await fake.callback(it, 15_000)).body.type).toBe(5);
    const answer = await fake.answer(it, 15_000);
    expect(answer.body.embeds[0].description).toContain('align with Trump');
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    expect(bot.stderr()).toContain('"msg":"shutting down"');
    fake.assertClean();
  });

  it.concurrent('without DISCORD_TOKEN prints one line naming it and where to get it, and exits 1', async ({ onTestFinished }) => {
    const run = startBot(onTestFinished, { DISCORD_APP_ID: '1100000000000000001' });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim().split('\n')).toEqual([
      'newsdesk-bot: DISCORD_TOKEN is not set: create a bot for your application at https://discord.com/developers/applications (Bot → Reset Token) and put it in .env as DISCORD_TOKEN=…',
    ]);
    expect(run.stdout()).toBe('');
  });

  it.concurrent('without DISCORD_APP_ID says so in one line', async ({ onTestFinished }) => {
    const run = startBot(onTestFinished, { DISCORD_TOKEN: 'abc' });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toMatch(/^newsdesk-bot: DISCORD_APP_ID is not set: copy the Application ID [^\n]*$/);
  });

  it.concurrent('with a token Discord rejects prints one line and exits 1', async ({ onTestFinished }) => {
    const fake = await fakeDiscord(onTestFinished);
    const dataDir = tempDir(onTestFinished);
    const run = startBot(onTestFinished, { ...envFor(fake, dataDir), DISCORD_TOKEN: 'not-the-token', NEWSDESK_LOG_LEVEL: 'warn' });
    expect(await run.exit).toBe(1);
    expect(run.stderr().trim()).toBe('newsdesk-bot: DISCORD_TOKEN was rejected by Discord: copy a fresh token from the Bot page at https://discord.com/developers/applications');
    expect(fake.problems).toEqual([expect.stringMatching(/^GET \/gateway\/bot → 401/)]);
  });

  it.concurrent('`deploy-commands` registers the commands to DISCORD_GUILD_ID and exits 0', async ({ onTestFinished }) => {
    const fake = await fakeDiscord(onTestFinished);
    const run = startBot(onTestFinished, { ...envFor(fake, os.tmpdir()), DISCORD_GUILD_ID: GUILD_A }, ['deploy-commands']);
    expect(await run.exit).toBe(0);
    expect(run.stdout().trim()).toBe(`Registered 5 commands to server ${GUILD_A}: ask, search, articles, ingest, help`);
    expect(fake.commands.get(GUILD_A)).toHaveLength(5);
    fake.assertClean();
  });
});

/** Poll until `cond` holds; fail early with the bot's stderr if it exits. */
async function waitUntil(cond: () => boolean, run: Run, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (run.child.exitCode !== null) throw new Error(`bot exited (${run.child.exitCode}): ${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out; bot stderr: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
