/**
 * Bot latency under a burst of questions: `npx tsx scripts/bench-bot.ts [--concurrency 50] [--rounds 5]`.
 * Runs the real bot (discord.js client + real app with the sample story and the bot fixtures)
 * against the fake Discord, fires N simultaneous /ask per round, and prints p50/p95/max of the time
 * from dispatching the interaction to (a) the deferred response and (b) the final answer, plus the
 * gateway heartbeat gaps and event-loop delay seen during the bursts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { createBot } from '../src/bot/client.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startFakeDiscord } from '../test/fakes/discord-fake.js';

const { values } = parseArgs({ options: { concurrency: { type: 'string', default: '50' }, rounds: { type: 'string', default: '5' } } });
const N = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const HEARTBEAT_MS = 1000;
const QUESTIONS = [
  'why did Altman side with Trump?',
  'what did Musk do in Austin?',
  'what did the spammers post in the gaming servers?',
  'what is Stargate?',
  'what is the capital of Peru?', // abstains
];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(0)} ms · p95 ${pct(xs, 95).toFixed(0)} ms · max ${Math.max(...xs).toFixed(0)} ms`;

const fake = await startFakeDiscord({ heartbeatIntervalMs: HEARTBEAT_MS });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bench-bot-'));
const config = loadConfig({
  DISCORD_TOKEN: fake.token,
  DISCORD_APP_ID: fake.appId,
  DISCORD_API_URL: fake.apiUrl,
  NEWSDESK_DATA_DIR: dataDir,
  NEWSDESK_LOG_LEVEL: 'warn',
});
const app = await createApp(config, { logger: createLogger('warn') });
await app.news.ingest([path.resolve(import.meta.dirname, '../test/fixtures/bot')]);
const bot = createBot(app, { clientOptions: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) }, waitGuildTimeout: 200 } });
await bot.start(fake.token);

const deferMs: number[] = [];
const finalMs: number[] = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
const heartbeatGaps: number[] = [];
let user = 0;
for (let round = 0; round <= ROUNDS; round++) {
  const warmup = round === 0;
  const beatsBefore = fake.heartbeats.length;
  if (round === 1) loop.enable(); // measured over all rounds, pauses included
  const sent = Array.from({ length: warmup ? 3 : N }, (_, i) => fake.sendCommand('ask', { question: QUESTIONS[i % QUESTIONS.length] }, { user: fake.user(1000 + user++) }));
  const [defers, answers] = await Promise.all([Promise.all(sent.map((it) => fake.callback(it, 30_000))), Promise.all(sent.map((it) => fake.answer(it, 30_000)))]);
  if (warmup) continue;
  sent.forEach((it, i) => {
    deferMs.push(defers[i].at - it.at);
    finalMs.push(answers[i].at - it.at);
  });
  // Let a couple of heartbeats happen between bursts, as on a live server.
  await new Promise((r) => setTimeout(r, 2.2 * HEARTBEAT_MS));
  const beats = fake.heartbeats.slice(Math.max(0, beatsBefore - 1));
  heartbeatGaps.push(...beats.slice(1).map((t, i) => t - beats[i]));
}

console.log(`newsdesk bot bench: ${ROUNDS} rounds × ${N} simultaneous /ask (real app, ${app.news.countArticles()} articles, fake Discord on 127.0.0.1)`);
console.log(`  interaction → deferred response: ${fmt(deferMs)}`);
console.log(`  interaction → final answer:      ${fmt(finalMs)}`);
loop.disable();
console.log(`  event-loop delay (whole run):    p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms · max ${(loop.max / 1e6).toFixed(0)} ms`);
console.log(`  heartbeat gaps (interval ${HEARTBEAT_MS} ms): max ${Math.max(...heartbeatGaps)} ms; reconnects: ${fake.identifies.length - 1 + fake.resumes}`);
if (fake.problems.length > 0) console.log(`  problems the fake saw:\n    ${fake.problems.join('\n    ')}`);

await bot.stop();
await app.close();
await fake.close();
fs.rmSync(dataDir, { recursive: true, force: true });
