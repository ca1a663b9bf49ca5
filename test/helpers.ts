import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../src/app.js';
import { loadConfig, ROOT_DIR } from '../src/config.js';
import { createLogger } from '../src/logger.js';

export { ROOT_DIR };
export const SHARED_EVAL = path.resolve(ROOT_DIR, '../shared/eval');
export const FIXTURES = path.join(ROOT_DIR, 'test', 'fixtures');

export function tempDir(prefix = 'newsdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real app over a fresh data directory; no sample data unless asked. */
export async function makeApp(env: Record<string, string> = {}, dir = tempDir()): Promise<App & { dir: string }> {
  const config = loadConfig({ NEWSDESK_DATA_DIR: dir, NEWSDESK_AUTO_SAMPLE: '0', ...env });
  const app = await createApp(config, { logger: createLogger('silent') });
  return Object.assign(app, { dir });
}

/** Write a file under `dir` and return its path. */
export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
