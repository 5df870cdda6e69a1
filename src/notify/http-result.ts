// Maps an HTTP answer from a chat platform to a SendResult: retry later (429, 5xx, network), give up on this
// message (400: our payload is wrong; retrying will not fix it), or give up on the target (gone or forbidden).
import type { SendResult } from './types.js';

/** Used when a 429 or 5xx gives no hint of its own. */
export const DEFAULT_RETRY_MS = 30_000;

/** Retry-After is seconds (possibly fractional) or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs) && secs >= 0) return Math.ceil(secs * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** Discord puts `retry_after` (seconds, fractional) in the JSON body of a 429. */
function bodyRetryAfter(body: string): number | undefined {
  try {
    const parsed = JSON.parse(body) as { retry_after?: unknown };
    return typeof parsed.retry_after === 'number' && parsed.retry_after >= 0 ? Math.ceil(parsed.retry_after * 1000) : undefined;
  } catch {
    return undefined;
  }
}

/** Platform error text without echoing anything large: enough to log, never the request (it may carry secrets). */
export function shortError(prefix: string, status: number, body: string): string {
  const text = body.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `${prefix} HTTP ${status}${text ? `: ${text}` : ''}`;
}

export function resultFromHttp(
  platform: string,
  status: number,
  headers: { get(name: string): string | null },
  body: string,
  permanentErrors: readonly string[] = [],
): SendResult {
  if (status >= 200 && status < 300) return { ok: true };
  const error = shortError(platform, status, body);
  if (status === 429) {
    const retryAfterMs = bodyRetryAfter(body) ?? parseRetryAfter(headers.get('retry-after')) ?? DEFAULT_RETRY_MS;
    return { ok: false, retryAfterMs, error };
  }
  if (status === 401 || status === 403 || status === 404 || status === 410) return { ok: false, permanent: true, error };
  if (permanentErrors.some((code) => body.includes(code))) return { ok: false, permanent: true, error };
  if (status >= 500 || status === 408) {
    return { ok: false, retryAfterMs: parseRetryAfter(headers.get('retry-after')) ?? DEFAULT_RETRY_MS, error };
  }
  // Other 4xx: the request itself is wrong. The target is fine; only this message cannot be delivered.
  return { ok: false, permanent: true, scope: 'message', error };
}

export function networkFailure(platform: string, err: unknown): SendResult {
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
  return { ok: false, retryAfterMs: DEFAULT_RETRY_MS, error: `${platform} network error: ${err instanceof Error ? err.message : String(err)}${cause}` };
}
