// What the bot makes of one feed (URL or local file): format, encoding, parser, items, or the exact reason
// it is rejected. It goes through fetchFeed + parseFeed exactly as polling does.
import { readFile as fsReadFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../shared/errors.js';
import type { HttpClient } from '../shared/http/client.js';
import { fetchFeed } from './fetch.js';
import { parseFeed } from './parse.js';
import type { ParsedFeed } from './types.js';

export interface FeedCheckReport {
  target: string;
  source: 'url' | 'file';
  ok: boolean;
  /** URL after redirects (URL targets). */
  finalUrl?: string;
  contentType?: string;
  bytes?: number;
  format?: ParsedFeed['format'];
  encoding?: string;
  parser?: ParsedFeed['parser'];
  title?: string;
  link?: string;
  itemCount?: number;
  duplicates?: number;
  truncated?: number;
  /** The first five items. */
  items: Array<{ key: string; published?: string; link?: string; title: string }>;
  /** Why the feed was rejected (ok: false). */
  error?: { code: AppError['code']; message: string; status?: number; retryAfterMs?: number };
}

export interface CheckFeedDeps {
  client: HttpClient;
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Base directory for relative file paths (default process.cwd()). */
  cwd?: string;
}

export function isUrlTarget(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

/** Never throws for a bad feed (the reason is in the report); only unexpected bugs propagate. */
export async function checkFeed(target: string, deps: CheckFeedDeps): Promise<FeedCheckReport> {
  const source = isUrlTarget(target) ? 'url' : 'file';
  const report: Omit<FeedCheckReport, 'items'> = { target, source, ok: false };
  let items: FeedCheckReport['items'] = [];
  try {
    let bytes: Uint8Array;
    let contentType: string | undefined;
    let baseUrl: string | undefined;
    if (source === 'url') {
      const fetched = await fetchFeed(deps.client, { url: target });
      if (fetched.status !== 'ok') throw new AppError('http-status', 'unexpected 304 without a conditional request', { status: 304 });
      bytes = fetched.body;
      contentType = fetched.contentType;
      baseUrl = fetched.finalUrl;
      report.finalUrl = fetched.finalUrl;
      if (contentType) report.contentType = contentType;
    } else {
      bytes = await (deps.readFile ?? fsReadFile)(resolve(deps.cwd ?? process.cwd(), target));
    }
    report.bytes = bytes.byteLength;
    const feed = await parseFeed(bytes, { contentType, baseUrl });
    Object.assign(report, {
      ok: true,
      format: feed.format,
      encoding: feed.encoding,
      parser: feed.parser,
      itemCount: feed.items.length,
      duplicates: feed.duplicates ?? 0,
      truncated: feed.truncated ?? 0,
    });
    if (feed.title) report.title = feed.title;
    if (feed.link) report.link = feed.link;
    items = feed.items.slice(0, 5).map((i) => ({ key: i.key, published: i.published, link: i.link, title: i.title }));
  } catch (err) {
    if (err instanceof AppError) {
      const { status, retryAfterMs } = err.details;
      report.error = { code: err.code, message: err.message };
      if (status !== undefined) report.error.status = status;
      if (retryAfterMs !== undefined) report.error.retryAfterMs = retryAfterMs;
    } else if (isFsError(err)) report.error = { code: 'bad-url', message: `cannot read ${target}: ${(err as Error).message}` };
    else throw err;
  }
  return { ...report, items };
}

function isFsError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^(ENOENT|EACCES|EISDIR|ENOTDIR|EPERM)$/.test(code);
}
