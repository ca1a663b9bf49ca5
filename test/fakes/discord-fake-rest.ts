/** The fake Discord's REST routes: the calls discord.js makes for a bot like ours, answered like Discord. */
import type http from 'node:http';
import { messageObject, snowflake, threadObject, userObject, type FakeUser, type Place } from './discord-fake-payloads.js';
import { mentionsNothing, validateChoices, validateMessage, type DiscordErrorBody } from './discord-fake-validate.js';
import type { RecordedCall, SentInteraction } from './discord-fake.js';

type Json = any; // wire payloads

/** What the routes need from the fake. */
export interface RestState {
  readonly token: string;
  readonly appId: string;
  readonly botUser: FakeUser;
  readonly ackWindowMs: number;
  readonly gatewayUrl: string;
  readonly problems: string[];
  readonly channels: Map<string, Json>;
  readonly messages: Map<string, Json>;
  readonly interactions: Map<string, SentInteraction & { acked: boolean; originalId?: string }>;
  readonly commands: Map<string, Json[]>;
  dispatch(t: string, d: Json): void;
  record(call: RecordedCall): void;
}

interface Reply {
  status: number;
  body?: Json;
}
type Route = [method: string, pattern: RegExp, botAuth: boolean, handler: (s: RestState, m: string[], call: RecordedCall) => Reply];

const fail = (status: number, body: DiscordErrorBody): Reply => ({ status, body });
const unknownInteraction = fail(404, { code: 10062, message: 'Unknown interaction' });
const unknownWebhook = fail(404, { code: 10015, message: 'Unknown Webhook' });
const unknownMessage = fail(404, { code: 10008, message: 'Unknown Message' });
const unknownChannel = fail(404, { code: 10003, message: 'Unknown Channel' });

/** Parse, route, answer and record one REST request. */
export async function handleRest(s: RestState, req: http.IncomingMessage, raw: Buffer): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const contentType = req.headers['content-type'] ?? null;
  const call: RecordedCall = {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''), // @original arrives as %40original
    query: url.search,
    auth: req.headers.authorization ?? null,
    contentType,
    body: null,
    files: [],
    status: 0,
    response: null,
    at: Date.now(),
  };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    for (const [field, value] of form) {
      if (field === 'payload_json') call.body = JSON.parse(String(value));
      else if (typeof value !== 'string') call.files.push({ field, filename: value.name, size: value.size });
    }
  } else if (raw.length > 0) {
    call.body = JSON.parse(raw.toString('utf8'));
  }
  const reply = route(s, call);
  call.status = reply.status;
  call.response = reply.body ?? null;
  s.record(call);
  return reply;
}

function route(s: RestState, call: RecordedCall): Reply {
  for (const [method, pattern, botAuth, handler] of ROUTES) {
    const m = pattern.exec(call.path);
    if (!m || method !== call.method) continue;
    if (botAuth && call.auth !== `Bot ${s.token}`) return fail(401, { code: 0, message: '401: Unauthorized' });
    return handler(s, m, call);
  }
  return fail(404, { code: 0, message: `404: Not Found (fake has no ${call.method} ${call.path})` });
}

/** Validate a message body and check it cannot ping anyone. */
function checkMessage(s: RestState, call: RecordedCall, body: Json, partial = false): Reply | null {
  const error = validateMessage(body, { partial, files: call.files.length });
  if (error) return fail(400, error);
  if (!mentionsNothing(body)) s.problems.push(`${call.method} ${call.path}: allowed_mentions missing or not { parse: [] }: ${JSON.stringify(body?.allowed_mentions)}`);
  return null;
}

function createMessage(s: RestState, place: Place, body: Json, extra: Json = {}): Json {
  const msg = messageObject({ place, author: s.botUser, body, extra });
  s.messages.set(msg.id, msg);
  // Discord echoes the bot's own visible messages back; the bot must ignore them.
  if (!(msg.flags & 64)) s.dispatch('MESSAGE_CREATE', { ...msg, channel_type: s.channels.get(place.channelId)?.type ?? 0 });
  return msg;
}

function placeOf(it: SentInteraction): Place {
  return { guildId: it.payload.guild_id ?? null, channelId: it.payload.channel_id };
}

function interactionMeta(it: SentInteraction): Json {
  const user = it.payload.member?.user ?? it.payload.user;
  return { interaction_metadata: { id: it.id, type: it.payload.type, user, authorizing_integration_owners: {} }, webhook_id: it.payload.application_id, application_id: it.payload.application_id };
}

function callback(s: RestState, [, id, token]: string[], call: RecordedCall): Reply {
  const it = s.interactions.get(token);
  if (!it || it.id !== id || Date.now() - it.at > s.ackWindowMs) return unknownInteraction;
  if (it.acked) return fail(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
  const { type, data } = call.body ?? {};
  const place = placeOf(it);
  if (type === 4) {
    const bad = checkMessage(s, call, data);
    if (bad) return bad;
    it.originalId = createMessage(s, place, data, { ...interactionMeta(it), type: 20 }).id;
  } else if (type === 5) {
    const msg = createMessage(s, place, { flags: (data?.flags ?? 0) | 128 }, { ...interactionMeta(it), type: 20 });
    it.originalId = msg.id;
  } else if (type === 7) {
    const bad = checkMessage(s, call, data, true);
    if (bad) return bad;
    const msg = s.messages.get(it.originalId ?? '');
    if (!msg) return unknownMessage;
    Object.assign(msg, pick(data));
  } else if (type === 8) {
    const bad = validateChoices(data);
    if (bad) return fail(400, bad);
  } else if (type !== 6 && type !== 9) {
    return fail(400, { code: 50035, message: 'Invalid Form Body', errors: { type: `unknown callback type ${type}` } });
  }
  it.acked = true;
  return { status: 204 };
}

function pick(data: Json): Json {
  const out: Json = {};
  for (const k of ['content', 'embeds', 'components'] as const) if (data?.[k] !== undefined) out[k] = data[k];
  return out;
}

function webhookInteraction(s: RestState, app: string, token: string) {
  const it = s.interactions.get(token);
  return it && app === s.appId && it.acked ? it : undefined;
}

function webhookMessage(s: RestState, [, app, token, which]: string[], call: RecordedCall): Reply {
  const it = webhookInteraction(s, app, token);
  if (!it) return unknownWebhook;
  const id = which === '@original' ? it.originalId : which;
  const msg = id ? s.messages.get(id) : undefined;
  if (!msg) return unknownMessage;
  if (call.method === 'GET') return { status: 200, body: msg };
  if (call.method === 'DELETE') {
    s.messages.delete(msg.id);
    return { status: 204 };
  }
  const bad = checkMessage(s, call, call.body, true);
  if (bad) return bad;
  const next = { ...msg, ...pick(call.body), flags: msg.flags & ~128, edited_timestamp: new Date().toISOString() };
  const empty = !next.content && !next.embeds?.length && !next.components?.length && call.files.length === 0;
  if (empty) return fail(400, { code: 50006, message: 'Cannot send an empty message' });
  s.messages.set(msg.id, next);
  return { status: 200, body: next };
}

function followUp(s: RestState, [, app, token]: string[], call: RecordedCall): Reply {
  const it = webhookInteraction(s, app, token);
  if (!it) return unknownWebhook;
  const bad = checkMessage(s, call, call.body);
  if (bad) return bad;
  return { status: 200, body: createMessage(s, placeOf(it), call.body, interactionMeta(it)) };
}

function channelMessage(s: RestState, [, channelId]: string[], call: RecordedCall): Reply {
  const channel = s.channels.get(channelId);
  if (!channel) return unknownChannel;
  const bad = checkMessage(s, call, call.body);
  if (bad) return bad;
  const ref = call.body.message_reference;
  if (ref && !s.messages.has(ref.message_id)) return fail(400, { code: 50035, message: 'Invalid Form Body', errors: { message_reference: 'Unknown message' } });
  return { status: 200, body: createMessage(s, { guildId: channel.guild_id ?? null, channelId }, call.body) };
}

function startThread(s: RestState, [, channelId, messageId]: string[], call: RecordedCall): Reply {
  const parent = s.channels.get(channelId);
  if (!parent) return unknownChannel;
  if (parent.type !== 0) return fail(400, { code: 50024, message: 'Cannot execute action on this channel type' });
  const name: string = call.body?.name ?? '';
  if (name.length < 1 || name.length > 100) return fail(400, { code: 50035, message: 'Invalid Form Body', errors: { name: 'Must be between 1 and 100 in length.' } });
  const from = messageId ? s.messages.get(messageId) : undefined;
  if (messageId && (!from || from.channel_id !== channelId)) return unknownMessage;
  if (from?.thread) return fail(400, { code: 160004, message: 'A thread has already been created for this message' });
  const thread = threadObject({ id: from?.id ?? snowflake(), guildId: parent.guild_id, parentId: channelId, ownerId: s.botUser.id, name, archive: call.body.auto_archive_duration ?? 4320 });
  s.channels.set(thread.id, thread);
  if (from) from.thread = thread;
  s.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
  return { status: 201, body: thread };
}

function putCommands(s: RestState, [, app, guild]: string[], call: RecordedCall): Reply {
  if (app !== s.appId) return fail(404, { code: 10002, message: 'Unknown Application' });
  const list: Json[] = Array.isArray(call.body) ? call.body : [];
  const errors: Record<string, string> = {};
  list.forEach((c, i) => {
    if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(c.name ?? '')) errors[`${i}.name`] = 'Invalid command name';
    if (!c.description || c.description.length > 100) errors[`${i}.description`] = 'Must be between 1 and 100 in length.';
  });
  if (new Set(list.map((c) => c.name)).size !== list.length) errors.names = 'Application command names must be unique';
  if (Object.keys(errors).length > 0) return fail(400, { code: 50035, message: 'Invalid Form Body', errors });
  const saved = list.map((c) => ({ ...c, id: snowflake(), application_id: app, version: snowflake(), ...(guild ? { guild_id: guild } : {}) }));
  s.commands.set(guild ?? 'global', saved);
  return { status: 200, body: saved };
}

const ROUTES: Route[] = [
  ['GET', /^\/gateway\/bot$/, true, (s) => ({ status: 200, body: { url: s.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } })],
  ['GET', /^\/gateway$/, false, (s) => ({ status: 200, body: { url: s.gatewayUrl } })],
  ['GET', /^\/users\/@me$/, true, (s) => ({ status: 200, body: userObject(s.botUser) })],
  ['PUT', /^\/applications\/(\d+)\/commands$/, true, putCommands],
  ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, true, putCommands],
  ['GET', /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/, true, (s, [, , g]) => ({ status: 200, body: s.commands.get(g ?? 'global') ?? [] })],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, false, callback],
  ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, false, webhookMessage],
  ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, false, webhookMessage],
  ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/, false, webhookMessage],
  ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, false, followUp],
  ['GET', /^\/channels\/(\d+)$/, true, (s, [, id]) => (s.channels.has(id) ? { status: 200, body: s.channels.get(id) } : unknownChannel)],
  ['POST', /^\/channels\/(\d+)\/messages$/, true, channelMessage],
  ['POST', /^\/channels\/(\d+)\/typing$/, true, (s, [, id]) => (s.channels.has(id) ? { status: 204 } : unknownChannel)],
  ['POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/, true, startThread],
  ['POST', /^\/channels\/(\d+)\/threads$/, true, startThread],
];
