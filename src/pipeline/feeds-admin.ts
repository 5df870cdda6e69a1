// Adding and removing feeds at run time (CLI and chat share this): the URL is checked with the same address
// guard as fetching, and the feed is tried once so a user learns at once whether the bot can read it.
import type { FeedRecord, FeedOrigin, Store } from '../store/types.js';
import type { HttpClient } from '../shared/http/client.js';
import { checkUrl } from '../shared/http/address-guard.js';
import { fetchFeed } from '../feeds/fetch.js';
import { parseFeed } from '../feeds/parse.js';
import { AppError, UserError, errorMessage } from '../shared/errors.js';

export interface AddFeedInput {
  url: string;
  id?: string;
  name?: string;
  language?: string;
  intervalMinutes?: number;
  fetchFullText?: boolean;
}

/** A readable id from the URL's host and path: "www.example.com/rss/world" → "example-com-rss-world". */
export function feedIdFromUrl(url: URL): string {
  const base = `${url.hostname.replace(/^www\./, '')}${url.pathname}`
    .toLowerCase()
    .replace(/\.(xml|rss|atom|php|aspx?)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, 63).replace(/-+$/, '') || 'feed';
}

export async function addFeed(
  input: AddFeedInput,
  deps: { store: Store; http: HttpClient; allowPrivateAddresses: boolean; defaultIntervalMinutes: number; origin: FeedOrigin },
): Promise<{ feed: FeedRecord; items: number; title?: string }> {
  let url: URL;
  try {
    url = checkUrl(input.url, { allowPrivateAddresses: deps.allowPrivateAddresses });
  } catch (err) {
    throw new UserError(`cannot add ${input.url}: ${errorMessage(err)}`);
  }
  if (input.id !== undefined && !/^[a-z0-9][a-z0-9._-]{0,62}$/.test(input.id)) {
    throw new UserError('feed id: lower-case letters, digits, dot, dash, underscore (max 63)');
  }
  if (input.language !== undefined && !/^[a-z]{2}$/.test(input.language)) {
    throw new UserError('language: an ISO 639-1 code such as en, it, de');
  }
  const existing = await deps.store.listFeeds();
  if (existing.some((f) => f.url === url.href)) throw new UserError(`already followed: ${url.href}`);
  const taken = (id: string) => existing.some((f) => f.id === id);
  let id = input.id ?? feedIdFromUrl(url);
  if (taken(id)) {
    if (input.id) throw new UserError(`a feed with id '${id}' exists`);
    const base = id.slice(0, 58);
    let n = 2;
    while (taken(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
  }
  // Try it now: a feed that cannot be read is refused with the reason, not added to fail silently later.
  let parsed;
  try {
    const fetched = await fetchFeed(deps.http, { url: url.href });
    if (fetched.status !== 'ok') throw new AppError('http-status', 'unexpected 304 on first fetch');
    parsed = await parseFeed(fetched.body, {
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
      baseUrl: fetched.finalUrl,
    });
  } catch (err) {
    throw new UserError(`cannot add ${url.href}: ${errorMessage(err)}`);
  }
  const name = input.name ?? parsed.title;
  await deps.store.upsertFeed({
    id,
    url: url.href,
    ...(name ? { name } : {}),
    ...(input.language ? { language: input.language } : {}),
    intervalMinutes: input.intervalMinutes ?? deps.defaultIntervalMinutes,
    fetchFullText: input.fetchFullText ?? true,
    origin: deps.origin,
  });
  const feed = await deps.store.getFeed(id);
  if (!feed) throw new Error(`feed ${id} was not stored`);
  return { feed, items: parsed.items.length, ...(parsed.title ? { title: parsed.title } : {}) };
}

export async function removeFeed(id: string, store: Store): Promise<void> {
  const feed = await store.getFeed(id);
  if (!feed) throw new UserError(`no feed with id '${id}'`);
  if (feed.origin === 'config') {
    throw new UserError(`'${id}' comes from the config file; remove it there (it would come back at the next start)`);
  }
  await store.removeFeed(id);
}
