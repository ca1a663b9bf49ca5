/** Checks the Discord settings before connecting, so a mistake is one clear line, not a stack trace. */
import type { Config } from '../config.js';

const PORTAL = 'https://discord.com/developers/applications';
const SNOWFLAKE = /^\d{17,20}$/;

/** The first problem with the Discord settings, as one line naming the variable, or null. */
export function discordSettingsProblem(config: Config): string | null {
  const { token, appId, guildId, apiUrl } = config.discord;
  if (!token) return `DISCORD_TOKEN is not set: create a bot for your application at ${PORTAL} (Bot → Reset Token) and put it in .env as DISCORD_TOKEN=…`;
  if (/\s/.test(token) || token.startsWith('Bot ')) return 'DISCORD_TOKEN looks wrong: paste only the token from the Bot page, without "Bot " or spaces.';
  if (!appId) return `DISCORD_APP_ID is not set: copy the Application ID from General Information at ${PORTAL} and put it in .env as DISCORD_APP_ID=…`;
  if (!SNOWFLAKE.test(appId)) return `DISCORD_APP_ID must be the numeric Application ID from ${PORTAL}, got "${appId}".`;
  if (guildId && !SNOWFLAKE.test(guildId)) return `DISCORD_GUILD_ID must be a numeric server id (Developer Mode → right-click the server → Copy Server ID), got "${guildId}".`;
  if (apiUrl && !/^https?:\/\/[^\s/]+/.test(apiUrl)) return `DISCORD_API_URL must be an http(s) URL such as http://localhost:8080/api, got "${apiUrl}".`;
  return null;
}
