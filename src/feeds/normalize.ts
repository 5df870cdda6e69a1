// RawFeed → FeedItems: one stable key per item, absolute links, ISO dates, duplicates dropped, a cap.
import { createHash } from 'node:crypto';
import type { FeedItem } from './types.js';
import type { RawFeed, RawItem } from './raw.js';
import { plainTitle } from './text.js';

/** At most this many items are kept per document (the first ones, which feeds put newest first). */
export const MAX_ITEMS_PER_FEED = 500;

export interface NormalizeContext {
  /** URL the document was fetched from (final URL after redirects). */
  baseUrl?: string;
  /** xml:base on the root or channel element. */
  documentBase?: string;
  /** xml:base per item, in document order (used only when the count matches). */
  itemBases?: Array<string | undefined>;
  maxItems?: number;
}

export interface NormalizedItems {
  items: FeedItem[];
  /** The feed's own link, absolute. */
  link?: string;
  /** Items dropped because an earlier item in the same document had the same key. */
  duplicates: number;
  /** Items dropped by the per-feed cap. */
  truncated: number;
}

/** Resolves a reference against a base; only http(s) results count as links. */
export function absoluteUrl(ref: string | undefined, base?: string): string | undefined {
  const r = ref?.trim();
  if (!r) return undefined;
  try {
    const u = base ? new URL(r, base) : new URL(r);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A base usable for resolution: absolute itself, or made absolute against the outer base. */
function resolveBase(ref: string | undefined, outer: string | undefined): string | undefined {
  return absoluteUrl(ref, outer) ?? outer;
}

export function normalizeItems(raw: RawFeed, ctx: NormalizeContext = {}): NormalizedItems {
  const docBase = resolveBase(ctx.documentBase, ctx.baseUrl);
  const feedLink = absoluteUrl(raw.link, docBase);
  const feedBase = docBase ?? feedLink;
  const bases = ctx.itemBases && ctx.itemBases.length === raw.items.length ? ctx.itemBases : undefined;
  const max = ctx.maxItems ?? MAX_ITEMS_PER_FEED;

  const built = raw.items.map((r, i) => toFeedItem(r, resolveBase(r.base ?? bases?.[i], feedBase)));
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  let duplicates = 0;
  let truncated = 0;
  const meanings = candidateMeanings(built);
  for (const { item, candidates } of built) {
    item.key = candidates.find((c) => meanings.get(c)?.size === 1) ?? (candidates[candidates.length - 1] as string);
    if (seen.has(item.key)) {
      duplicates++;
      continue;
    }
    seen.add(item.key);
    if (items.length >= max) truncated++;
    else items.push(item);
  }
  return { items, link: feedLink, duplicates, truncated };
}

interface Built {
  item: FeedItem;
  /** Identity candidates, best first: guid/id, absolute link, content hash. */
  candidates: string[];
}

function toFeedItem(r: RawItem, base: string | undefined): Built {
  // RSS allows <guid> (a permalink by default) to stand in for <link>.
  const link = absoluteUrl(r.link, base) ?? (r.link ? undefined : absoluteUrl(r.id));
  const published = firstUsableDate(r.dates);
  const title = plainTitle(r.title);
  const hash = itemHash(title, r.dates.find(Boolean) ?? '', r.summary ?? r.content ?? '');
  const candidates = [r.id?.trim(), link, hash].filter((c): c is string => !!c);
  const item: FeedItem = { key: hash, title };
  if (link) item.link = link;
  if (published) item.published = published;
  if (r.content) item.content = r.content;
  const author = plainTitle(r.author);
  if (author) item.author = author;
  return { item, candidates };
}

/**
 * For each identity candidate, the distinct items (link + title) carrying it. Some feeds give every item
 * the same guid (the site's home page) or the same link; such a value, carried by items that differ,
 * identifies nothing and would collapse the feed into one item, so the next candidate is used. Items
 * sharing a value and also link and title are true duplicates: the value still has one meaning.
 */
function candidateMeanings(built: Built[]): Map<string, Set<string>> {
  const meanings = new Map<string, Set<string>>();
  for (const { item, candidates } of built) {
    const fingerprint = `${item.link ?? ''}\n${item.title}`;
    for (const c of candidates) {
      const set = meanings.get(c) ?? new Set<string>();
      set.add(fingerprint);
      meanings.set(c, set);
    }
  }
  return meanings;
}

function itemHash(title: string, date: string, summary: string): string {
  return `sha256:${createHash('sha256').update(`${title}\n${date}\n${summary}`).digest('hex')}`;
}

export function firstUsableDate(candidates: ReadonlyArray<string | undefined>): string | undefined {
  for (const c of candidates) {
    const d = c ? parseFeedDate(c) : undefined;
    if (d) return d;
  }
  return undefined;
}

/** Zone abbreviations Date.parse does not know, as seen in real feeds. */
const ZONES: Record<string, string> = {
  CET: '+0100', CEST: '+0200', BST: '+0100', EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100',
  MSK: '+0300', IST: '+0530', HKT: '+0800', SGT: '+0800', JST: '+0900', KST: '+0900', AEST: '+1000',
  AEDT: '+1100', NZST: '+1200', NZDT: '+1300', ICT: '+0700', PHT: '+0800',
};

/**
 * ISO 8601 for an RFC 822 / ISO 8601 / W3C-DTF date, or undefined when it is not usable (unparseable,
 * or outside 1990–2100: feeds did not exist before, and 1970 is a zero timestamp). A date without a zone is read as UTC, so the result does not depend on the host.
 */
export function parseFeedDate(s: string): string | undefined {
  let t = s.trim().replace(/\s+/g, ' ');
  if (t === '') return undefined;
  const zone = /\b([A-Z]{3,7})$/.exec(t)?.[1];
  if (zone && ZONES[zone]) t = `${t.slice(0, -zone.length)}${ZONES[zone]}`;
  if (/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(t)) t = `${t.replace(' ', 'T')}Z`;
  else if (/^(\w{3},? )?\d{1,2} \w{3,9} \d{2,4} \d\d:\d\d(:\d\d)?$/.test(t)) t = `${t} GMT`;
  let ms = Date.parse(t);
  if (Number.isNaN(ms)) ms = Date.parse(t.replace(/^[A-Za-z]+,?\s*/, '')); // a misspelt weekday
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return new Date(ms).toISOString();
}
