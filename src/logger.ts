import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stderr, so stdout stays clean for `--json` output. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { app: 'newsdesk' } }, pino.destination(2));
}
