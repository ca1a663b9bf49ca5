/**
 * A mistake the user can fix (bad input, refused URL, unknown article). Its message is shown
 * as-is, on one line; anything else is an internal error and is logged, not shown.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** One-line reason for any thrown value, safe to show to a user for UserErrors. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err).split('\n')[0] ?? 'unknown error';
}
