// When to try a feed again. No failure: its normal interval. After failures: exponential from baseMs,
// capped at maxMs, optionally jittered (deterministic when `random` is injected), never sooner than the
// server's Retry-After (itself bounded, so a hostile header cannot park a feed for years).

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** The feed's normal polling interval. */
  intervalMs: number;
  /** From a 429/503 Retry-After header. */
  retryAfterMs?: number;
  /** Fraction of the delay to randomise, 0–1 (default 0: no jitter). */
  jitter?: number;
  /** Random source in [0, 1) (default Math.random). */
  random?: () => number;
}

/** Longest Retry-After honoured. */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 3_600_000;

export function nextAttemptDelayMs(failures: number, opts: BackoffOptions): number {
  let delay: number;
  if (failures <= 0) delay = opts.intervalMs;
  else {
    const exp = opts.baseMs * 2 ** Math.min(failures - 1, 40);
    delay = Math.min(opts.maxMs, exp);
    const jitter = Math.min(Math.max(opts.jitter ?? 0, 0), 1);
    if (jitter > 0) delay = delay * (1 - jitter) + delay * jitter * (opts.random ?? Math.random)();
  }
  if (opts.retryAfterMs !== undefined && opts.retryAfterMs > 0) {
    delay = Math.max(delay, Math.min(opts.retryAfterMs, MAX_RETRY_AFTER_MS));
  }
  return Math.round(delay);
}
