/** Gateway and REST object shapes for the fake Discord: the smallest ones discord.js 14.28 accepts. */

type Json = any; // wire payloads

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A real-looking snowflake (19 digits, current time), so discord.js's timestamps and REST buckets work. */
export function snowflake(): string {
  increment = (increment + 1n) & 4095n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** A Discord user object. */
export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

/** Permissions of an ordinary member: view channel, send messages, read history, use commands. */
export const MEMBER_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)).toString();
/** An ordinary member plus Manage Server. */
export const MANAGER_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | (1n << 5n)).toString();

export function userObject(u: FakeUser): Json {
  return { id: u.id, username: u.username, discriminator: '0', global_name: u.username, avatar: null, bot: u.bot ?? false };
}

/** Where an event happens: a guild text channel (or thread), or a DM when guildId is null. */
export interface Place {
  guildId: string | null;
  channelId: string;
}

export function channelObject(place: Place, extra: Json = {}): Json {
  if (place.guildId === null) return { id: place.channelId, type: 1, recipients: [], ...extra };
  return { id: place.channelId, type: 0, guild_id: place.guildId, name: 'general', position: 0, ...extra };
}

export function memberObject(user: FakeUser, permissions: string): Json {
  return { user: userObject(user), roles: [], permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 };
}

/** Common fields of every INTERACTION_CREATE; without entitlements/authorizing_integration_owners discord.js throws. */
export function interactionBase(opts: {
  type: number;
  appId: string;
  place: Place;
  channel: Json;
  user: FakeUser;
  permissions: string;
  data: Json;
  message?: Json;
}): Json {
  const { place } = opts;
  const inGuild = place.guildId !== null;
  return {
    id: snowflake(),
    application_id: opts.appId,
    type: opts.type,
    token: `tok_${snowflake()}_${Math.random().toString(36).slice(2)}`,
    version: 1,
    channel_id: place.channelId,
    channel: opts.channel,
    ...(inGuild
      ? { guild_id: place.guildId, member: memberObject(opts.user, opts.permissions), guild_locale: 'en-US' }
      : { user: userObject(opts.user) }),
    app_permissions: MANAGER_PERMISSIONS,
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': place.guildId ?? '0' },
    context: inGuild ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    data: opts.data,
    ...(opts.message ? { message: opts.message } : {}),
  };
}

/** Turns `{name: value}` into command options; `focused` marks the option being typed (autocomplete). */
export function commandOptions(options: Record<string, string | number | boolean>, focused?: string): Json[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** A full message object as Discord returns it. */
export function messageObject(opts: {
  id?: string;
  place: Place;
  author: FakeUser;
  body: Json;
  type?: number;
  extra?: Json;
}): Json {
  const b = opts.body ?? {};
  return {
    id: opts.id ?? snowflake(),
    channel_id: opts.place.channelId,
    ...(opts.place.guildId ? { guild_id: opts.place.guildId } : {}),
    author: userObject(opts.author),
    content: b.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: b.embeds ?? [],
    components: b.components ?? [],
    pinned: false,
    type: opts.type ?? (b.message_reference ? 19 : 0),
    flags: b.flags ?? 0,
    ...(b.message_reference ? { message_reference: b.message_reference } : {}),
    ...opts.extra,
  };
}

/** A public thread as Discord returns it from the thread-creation endpoints. */
export function threadObject(opts: { id: string; guildId: string; parentId: string; ownerId: string; name: string; archive: number }): Json {
  return {
    id: opts.id,
    type: 11,
    guild_id: opts.guildId,
    parent_id: opts.parentId,
    owner_id: opts.ownerId,
    name: opts.name,
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    rate_limit_per_user: 0,
    flags: 0,
    total_message_sent: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: opts.archive,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}
