/**
 * A local Discord for end-to-end tests: the REST API on HTTP and the gateway on a WebSocket, both on
 * 127.0.0.1, driving the real discord.js Client (see /work/shared/docs/discord-fake.md). Tests
 * dispatch gateway events with the `send*` helpers and assert on the recorded REST calls. Where a bot
 * can get Discord wrong (late or double acknowledgement, oversized or empty messages, missing auth,
 * missing allowed_mentions) the fake answers as Discord does and records the problem, so the test
 * that caused it fails in `assertClean()`.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { handleRest, type RestState } from './discord-fake-rest.js';
import {
  channelObject, commandOptions, interactionBase, messageObject, snowflake, userObject,
  MEMBER_PERMISSIONS, type FakeUser, type Place,
} from './discord-fake-payloads.js';

export { MEMBER_PERMISSIONS, MANAGER_PERMISSIONS, type FakeUser, type Place } from './discord-fake-payloads.js';

type Json = any; // wire payloads

/** A guild the fake announces in READY, with its text channels. */
export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
}

/** One REST request the bot made, with the fake's answer. `path` is decoded and without `/api/v10`. */
export interface RecordedCall {
  method: string;
  path: string;
  query: string;
  auth: string | null;
  contentType: string | null;
  body: Json;
  files: { field: string; filename: string; size: number }[];
  status: number;
  response: Json;
  at: number;
}

/** An interaction the test dispatched. `at` is when it was sent (the 3 s window starts then). */
export interface SentInteraction {
  id: string;
  token: string;
  payload: Json;
  at: number;
}

export interface FakeDiscordOptions {
  token?: string;
  appId?: string;
  guilds?: FakeGuild[];
  heartbeatIntervalMs?: number;
  /** How long an interaction may stay unacknowledged (Discord: 3 s). */
  ackWindowMs?: number;
}

export const GUILD_A = '1100000000000000101';
export const GUILD_B = '1100000000000000102';
export const CHANNEL_A = '1100000000000000201';
export const CHANNEL_B = '1100000000000000202';
export const MESSAGE_CONTENT_INTENT = 1 << 15;

/** Start a fake Discord on a random port; `close()` it after the test. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(opts);
  await fake.listen();
  return fake;
}

export class FakeDiscord implements RestState {
  readonly token: string;
  readonly appId: string;
  readonly botUser: FakeUser;
  readonly guilds: FakeGuild[];
  readonly ackWindowMs: number;
  readonly calls: RecordedCall[] = [];
  /** Calls answered with 4xx/5xx, plus message bodies without a mention-safe allowed_mentions. */
  readonly problems: string[] = [];
  readonly heartbeats: number[] = [];
  readonly identifies: Json[] = [];
  resumes = 0;
  apiUrl = '';
  gatewayUrl = '';
  // State shared with the REST handlers (discord-fake-rest.ts).
  readonly channels = new Map<string, Json>();
  readonly messages = new Map<string, Json>();
  readonly interactions = new Map<string, SentInteraction & { acked: boolean; originalId?: string }>();
  readonly commands = new Map<string, Json[]>();

  private readonly server = http.createServer((req, res) => void this.onRequest(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly heartbeatIntervalMs: number;
  private waiters: { pred: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  private socket: WebSocket | null = null;
  private sessionId = '';
  private seq = 0;
  private backlog: Json[] = [];
  private userCount = 0;

  constructor(opts: FakeDiscordOptions) {
    this.token = opts.token ?? 'fake-bot-token';
    this.appId = opts.appId ?? '1100000000000000001';
    this.botUser = { id: this.appId, username: 'newsdesk', bot: true };
    this.guilds = opts.guilds ?? [
      { id: GUILD_A, name: 'Guild A', channels: [{ id: CHANNEL_A, name: 'general' }] },
      { id: GUILD_B, name: 'Guild B', channels: [{ id: CHANNEL_B, name: 'general' }] },
    ];
    this.ackWindowMs = opts.ackWindowMs ?? 3000;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41_250;
    for (const g of this.guilds) for (const c of g.channels) this.channels.set(c.id, channelObject({ guildId: g.id, channelId: c.id }, { name: c.name }));
    this.server.on('upgrade', (req, sock, head) => this.wss.handleUpgrade(req, sock, head, (ws) => this.onConnection(ws)));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
  }

  /** A distinct test user (`user(1)` is always the same user). */
  user(n = ++this.userCount + 100): FakeUser {
    return { id: `13000000000000${String(n).padStart(5, '0')}`, username: `user${n}` };
  }

  /** True once a client has identified (or resumed) and is connected. */
  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  // ---- dispatch helpers ------------------------------------------------------------------------

  /** Dispatch a slash command. Options map to string/integer/boolean options by their JS type. */
  sendCommand(name: string, options: Record<string, string | number | boolean> = {}, at: Partial<Actor> = {}): SentInteraction {
    return this.sendInteraction(2, { id: snowflake(), name, type: 1, options: commandOptions(options) }, at);
  }

  /** Dispatch an autocomplete request; `focused` names the option being typed. */
  sendAutocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, at: Partial<Actor> = {}): SentInteraction {
    return this.sendInteraction(4, { id: snowflake(), name, type: 1, options: commandOptions(options, focused) }, at);
  }

  /** Dispatch a button click on a message the bot sent (looked up by id). */
  sendButton(customId: string, messageId: string, at: Partial<Actor> = {}): SentInteraction {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake: no message ${messageId} to click a button on`);
    const place = { guildId: message.guild_id ?? at.place?.guildId ?? null, channelId: message.channel_id };
    return this.sendInteraction(3, { custom_id: customId, component_type: 2 }, { ...at, place }, message);
  }

  /** Dispatch INTERACTION_CREATE and start its 3 s window. */
  sendInteraction(type: number, data: Json, at: Partial<Actor> = {}, message?: Json): SentInteraction {
    const actor = this.actor(at);
    const channel = this.channels.get(actor.place.channelId) ?? channelObject(actor.place);
    const payload = interactionBase({ type, appId: this.appId, place: actor.place, channel, user: actor.user, permissions: actor.permissions, data, message });
    const sent = { id: payload.id, token: payload.token, payload, at: Date.now() };
    this.interactions.set(sent.token, { ...sent, acked: false, originalId: message?.id });
    this.dispatch('INTERACTION_CREATE', payload);
    return sent;
  }

  /**
   * Dispatch MESSAGE_CREATE from a user. `mentionsBot` prefixes `<@bot>`; `replyTo` makes it a reply.
   * Like Discord, the content is blanked when the bot lacks the MessageContent intent, unless the
   * message mentions the bot or is a DM.
   */
  sendMessage(content: string, opts: { place?: Place; author?: FakeUser; mentionsBot?: boolean; replyTo?: string } = {}): Json {
    const actor = this.actor({ place: opts.place, user: opts.author });
    const { place } = actor;
    if (!this.channels.has(place.channelId)) this.channels.set(place.channelId, channelObject(place));
    const ref = opts.replyTo ? this.messages.get(opts.replyTo) : undefined;
    const mentioned = opts.mentionsBot || (ref && ref.author.id === this.botUser.id);
    const text = opts.mentionsBot ? `<@${this.botUser.id}> ${content}` : content;
    const intents = Number(this.identifies.at(-1)?.intents ?? 0);
    const visible = place.guildId === null || mentioned || (intents & MESSAGE_CONTENT_INTENT) !== 0;
    const body = ref ? { message_reference: { message_id: ref.id, channel_id: ref.channel_id, guild_id: place.guildId ?? undefined } } : {};
    const msg = messageObject({ place, author: actor.user, body: { ...body, content: visible ? text : '' } });
    if (mentioned) msg.mentions = [userObject(this.botUser)];
    if (ref) msg.referenced_message = ref;
    this.messages.set(msg.id, msg);
    // Discord adds channel_type to the event; discord.js needs it to build an uncached DM channel.
    this.dispatch('MESSAGE_CREATE', { ...msg, channel_type: this.channels.get(place.channelId).type });
    return msg;
  }

  /** Send a gateway dispatch; while disconnected it is kept for replay on RESUME, as Discord does. */
  dispatch(t: string, d: Json): void {
    const packet = { op: 0, t, s: ++this.seq, d };
    this.backlog.push(packet);
    if (this.connected) this.socket!.send(JSON.stringify(packet));
  }

  /** Drop the gateway connection: `close` sends close code 4000, `terminate` kills the TCP socket. */
  drop(mode: 'close' | 'terminate' = 'close'): void {
    const ws = this.socket;
    this.socket = null;
    if (mode === 'close') ws?.close(4000, 'Unknown error');
    else ws?.terminate();
  }

  // ---- assertions ------------------------------------------------------------------------------

  /** Resolves with the first recorded call (past or future) that matches. */
  waitForCall(pred: (c: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const hit = this.calls.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const waiter = { pred, resolve: (c: RecordedCall) => (clearTimeout(timer), resolve(c)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.calls.slice(-8).map((c) => `${c.method} ${c.path} → ${c.status}`).join('; ');
        reject(new Error(`fake Discord: no matching REST call within ${timeoutMs} ms (last calls: ${seen || 'none'})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The interaction's acknowledgement (`POST …/callback`). */
  callback(it: SentInteraction, timeoutMs?: number): Promise<RecordedCall> {
    return this.waitForCall((c) => c.method === 'POST' && c.path === `/interactions/${it.id}/${it.token}/callback`, timeoutMs);
  }

  /** The interaction's visible answer: a type 4/7 callback, or the edit of the deferred original. */
  answer(it: SentInteraction, timeoutMs?: number): Promise<RecordedCall> {
    return this.waitForCall(
      (c) =>
        (c.method === 'POST' && c.path.startsWith(`/interactions/${it.id}/`) && [4, 7].includes(c.body?.type)) ||
        (c.method === 'PATCH' && c.path === `/webhooks/${this.appId}/${it.token}/messages/@original`),
      timeoutMs,
    );
  }

  /** Every REST call made for one interaction, in order. */
  callsFor(it: SentInteraction): RecordedCall[] {
    return this.calls.filter((c) => c.path.includes(it.token) || c.path.includes(`/interactions/${it.id}/`));
  }

  /** Fails if Discord would have rejected anything, or a message could have pinged someone. */
  assertClean(): void {
    if (this.problems.length > 0) throw new Error(`fake Discord saw problems:\n${this.problems.join('\n')}`);
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections(); // undici keeps REST sockets alive; close() would wait for them
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Recorded by the REST handlers; wakes waiters. */
  record(call: RecordedCall): void {
    this.calls.push(call);
    if (call.status >= 400) this.problems.push(`${call.method} ${call.path} → ${call.status} ${JSON.stringify(call.response)}`);
    for (const w of this.waiters.filter((w) => w.pred(call))) {
      this.waiters = this.waiters.filter((x) => x !== w);
      w.resolve(call);
    }
  }

  private actor(at: Partial<Actor>): Actor {
    const place = at.place ?? { guildId: GUILD_A, channelId: CHANNEL_A };
    return { place, user: at.user ?? this.user(1), permissions: at.permissions ?? MEMBER_PERMISSIONS };
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = await handleRest(this, req, Buffer.concat(chunks));
    if (reply.status === 204) {
      res.writeHead(204); // no content-type: discord.js would try to parse the empty body as JSON
      res.end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body ?? {}));
  }

  private onConnection(ws: WebSocket): void {
    ws.on('message', (raw) => this.onGateway(ws, JSON.parse(raw.toString())));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private onGateway(ws: WebSocket, msg: Json): void {
    if (msg.op === 1) {
      this.heartbeats.push(Date.now());
      ws.send(JSON.stringify({ op: 11 }));
    } else if (msg.op === 2) {
      this.identifies.push(msg.d);
      if (msg.d.token !== this.token) return void ws.close(4004, 'Authentication failed.');
      this.socket = ws;
      this.sessionId = randomUUID();
      this.backlog = [];
      this.dispatch('READY', {
        v: 10,
        user: userObject(this.botUser),
        guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: this.sessionId,
        resume_gateway_url: this.gatewayUrl,
        shard: [0, 1],
        application: { id: this.appId, flags: 0 },
      });
      for (const g of this.guilds) {
        const channels = g.channels.map((c) => this.channels.get(c.id));
        this.dispatch('GUILD_CREATE', { id: g.id, name: g.name, unavailable: false, channels, threads: [], roles: [], members: [], member_count: 2 });
      }
    } else if (msg.op === 6) {
      if (msg.d.token !== this.token || msg.d.session_id !== this.sessionId) return void ws.send(JSON.stringify({ op: 9, d: false }));
      this.resumes++;
      this.socket = ws;
      for (const p of this.backlog.filter((p) => p.s > (msg.d.seq ?? 0))) ws.send(JSON.stringify(p));
      this.dispatch('RESUMED', {});
    }
  }
}

/** Who acts and where: defaults to `user(1)`, an ordinary member, in guild A's #general. */
export interface Actor {
  place: Place;
  user: FakeUser;
  permissions: string;
}
