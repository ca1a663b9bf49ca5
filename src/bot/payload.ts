import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type MessageMentionOptions,
} from 'discord.js';

/**
 * Mentions that parse nothing: article text quoting `@everyone`, `<@&role>` or `<@user>` must never
 * notify anyone, and a reply does not ping the asker either. Set as the client default AND on every
 * payload, so a payload built elsewhere cannot forget it.
 */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false }) as MessageMentionOptions;

/** A message the bot sends: works for reply, editReply, followUp, update and channel.send. */
export interface BotMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/** A short text message (errors, notices) that pings nobody. */
export function notice(content: string): BotMessage {
  return { content, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** `notice` as an ephemeral interaction reply. */
export function ephemeralNotice(content: string): BotMessage & { flags: MessageFlags.Ephemeral } {
  return { ...notice(content), flags: MessageFlags.Ephemeral };
}
