// One conditional GET of a feed through the guarded client. 304 → not-modified; 429/503 → AppError with
// the server's Retry-After; any other non-2xx → AppError('http-status').
import { AppError } from '../shared/errors.js';
import type { HttpClient } from '../shared/http/client.js';
import type { FeedFetchResult } from './types.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export interface FetchFeedOptions {
  /** Current time in ms, for Retry-After given as an HTTP date (default Date.now). */
  now?: () => number;
}

export async function fetchFeed(
  client: HttpClient,
  feed: { url: string; etag?: string; lastModified?: string },
  opts: FetchFeedOptions = {},
): Promise<FeedFetchResult> {
  const headers: Record<string, string> = {};
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  const res = await client.get(feed.url, { headers, accept: FEED_ACCEPT });
  const etag = res.headers['etag'] ?? feed.etag;
  const lastModified = res.headers['last-modified'] ?? feed.lastModified;
  if (res.status === 304) return { status: 'not-modified', ...optional({ etag, lastModified }) };
  if (res.status === 429 || res.status === 503) {
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], (opts.now ?? Date.now)());
    const wait = retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`;
    throw new AppError('http-status', `${feed.url} answered HTTP ${res.status}${wait}`, {
      status: res.status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (res.status < 200 || res.status > 299) {
    throw new AppError('http-status', `${feed.url} answered HTTP ${res.status}`, { status: res.status });
  }
  return {
    status: 'ok',
    body: res.body,
    finalUrl: res.url,
    ...optional({ contentType: res.headers['content-type'], etag: res.headers['etag'], lastModified: res.headers['last-modified'] }),
  };
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Drops undefined values so optional properties stay absent (exactOptionalPropertyTypes-friendly). */
function optional<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
