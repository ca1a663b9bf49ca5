/** Registers the slash commands with Discord: to DISCORD_GUILD_ID (instant, for development) or globally. */
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import { UserError } from '../errors.js';
import { commands as defaultCommands } from '../../commands/index.js';
import type { Command } from './types.js';
import { discordSettingsProblem } from './settings.js';

/** What was registered, for the caller to report. */
export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  names: string[];
}

/**
 * PUT the command list (replacing whatever was registered before). Global commands can take a while
 * to appear in every server; guild commands appear at once. Throws a UserError for bad settings.
 */
export async function deployCommands(config: Config, commandList: readonly Command[] = defaultCommands): Promise<DeployResult> {
  const problem = discordSettingsProblem(config);
  if (problem) throw new UserError('config', problem);
  const { token, appId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token!);
  const body = commandList.map((c) => c.data.toJSON());
  const route = guildId ? Routes.applicationGuildCommands(appId!, guildId) : Routes.applicationCommands(appId!);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: guildId ? 'guild' : 'global', guildId, names: saved.map((c) => c.name) };
}
