/** Per-user question budget: a sliding one-minute window. */

export type RateDecision =
  | { ok: true }
  /** `firstRefusal` is true once per window, so a mention flood gets one notice, not one each. */
  | { ok: false; retryAfterMs: number; firstRefusal: boolean };

export interface RateLimiter {
  readonly perMinute: number;
  /** Spend one question for `key` if the budget allows. */
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

/** A limiter allowing `perMinute` takes per key in any 60 s window. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const seen = new Map<string, { times: number[]; refused: boolean }>();
  let lastSweep = now();
  return {
    perMinute,
    take(key) {
      const t = now();
      if (t - lastSweep > WINDOW_MS) {
        // Forget idle users so the map does not grow with every user ever seen.
        for (const [k, v] of seen) if (v.times.every((x) => t - x >= WINDOW_MS)) seen.delete(k);
        lastSweep = t;
      }
      const entry = seen.get(key) ?? { times: [], refused: false };
      entry.times = entry.times.filter((x) => t - x < WINDOW_MS);
      seen.set(key, entry);
      if (entry.times.length < perMinute) {
        entry.times.push(t);
        entry.refused = false;
        return { ok: true };
      }
      const firstRefusal = !entry.refused;
      entry.refused = true;
      return { ok: false, retryAfterMs: WINDOW_MS - (t - entry.times[0]), firstRefusal };
    },
  };
}

/** A friendly one-liner for a refused question. */
export function rateLimitMessage(perMinute: number, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up with — up to ${perMinute} question${perMinute === 1 ? '' : 's'} a minute. Try again in ${seconds} s.`;
}
