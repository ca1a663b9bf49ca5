import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from './errors.js';

/** Repository root (where package.json lives), so defaults work from any cwd. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const flag = z
  .string()
  .optional()
  .transform((v) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim()));
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const int = (def: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        ctx.addIssue({ code: 'custom', message: `must be an integer ≥ ${min}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

/** Every environment variable newsdesk reads. `.env.example` documents each one. */
const EnvSchema = z.object({
  NEWSDESK_DATA_DIR: optionalString,
  NEWSDESK_SAMPLE_DIR: optionalString,
  NEWSDESK_AUTO_SAMPLE: z
    .string()
    .optional()
    .transform((v) => v === undefined || !/^(0|false|no|off)$/i.test(v.trim())),
  NEWSDESK_ALLOW_PRIVATE_URLS: flag,
  NEWSDESK_FETCH_TIMEOUT_MS: int(15_000, 1),
  NEWSDESK_FETCH_MAX_BYTES: int(5 * 1024 * 1024, 1),
  NEWSDESK_LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  NEWSDESK_EMBEDDINGS: z.enum(['auto', 'local', 'openai']).default('auto'),
  NEWSDESK_ANSWERER: z.enum(['auto', 'extractive', 'llm']).default('auto'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  DISCORD_TOKEN: optionalString,
  DISCORD_APP_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString,
  NEWSDESK_RATE_LIMIT_PER_MINUTE: int(5, 1),
});

export interface Config {
  dataDir: string;
  sampleDir: string;
  /** Ingest the bundled sample articles into an empty store on first use. */
  autoSample: boolean;
  allowPrivateUrls: boolean;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  logLevel: string;
  embeddings: 'local' | 'openai';
  answerer: 'extractive' | 'llm';
  openai: { apiKey?: string; baseURL?: string; embeddingModel: string; chatModel: string };
  discord: { token?: string; appId?: string; guildId?: string; apiUrl?: string };
  rateLimitPerMinute: number;
}

/** Parse the environment; throws one UserError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new UserError('config', `invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const hasOpenAI = Boolean(e.OPENAI_API_KEY);
  const embeddings = e.NEWSDESK_EMBEDDINGS === 'auto' ? (hasOpenAI ? 'openai' : 'local') : e.NEWSDESK_EMBEDDINGS;
  const answerer = e.NEWSDESK_ANSWERER === 'auto' ? (hasOpenAI ? 'llm' : 'extractive') : e.NEWSDESK_ANSWERER;
  if ((embeddings === 'openai' || answerer === 'llm') && !hasOpenAI) {
    throw new UserError(
      'config',
      'invalid configuration: OPENAI_API_KEY is required for NEWSDESK_EMBEDDINGS=openai or NEWSDESK_ANSWERER=llm (any value works for a local OpenAI-compatible server)',
    );
  }
  return {
    dataDir: path.resolve(e.NEWSDESK_DATA_DIR ?? path.join(ROOT_DIR, 'data', 'store')),
    sampleDir: path.resolve(e.NEWSDESK_SAMPLE_DIR ?? path.join(ROOT_DIR, 'data', 'sample')),
    autoSample: e.NEWSDESK_AUTO_SAMPLE,
    allowPrivateUrls: e.NEWSDESK_ALLOW_PRIVATE_URLS,
    fetchTimeoutMs: e.NEWSDESK_FETCH_TIMEOUT_MS,
    fetchMaxBytes: e.NEWSDESK_FETCH_MAX_BYTES,
    logLevel: e.NEWSDESK_LOG_LEVEL,
    embeddings,
    answerer,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      chatModel: e.OPENAI_CHAT_MODEL,
    },
    discord: {
      token: e.DISCORD_TOKEN,
      appId: e.DISCORD_APP_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
    },
    rateLimitPerMinute: e.NEWSDESK_RATE_LIMIT_PER_MINUTE,
  };
}
