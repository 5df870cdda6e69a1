// What the feed layer hands downstream: parsed items with one stable identity each.

export interface FeedItem {
  /** Stable identity: guid/id, else absolute link, else a hash of title+date+summary. */
  key: string;
  title: string;
  /** Absolute link to the article, when the item has one. */
  link?: string;
  /** Publication time as ISO 8601, when the item states a usable one. */
  published?: string;
  /** Summary or full content as given by the feed (may contain HTML). */
  content?: string;
  author?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'unknown';

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  /** Encoding the bytes were decoded with (e.g. utf-8, windows-1252, utf-16le). */
  encoding: string;
  items: FeedItem[];
  /** Which parser produced the items: rss-parser, or feedsmith recovering where it failed. */
  parser: 'rss-parser' | 'feedsmith';
  /** Items dropped because an earlier item in the same document had the same key. */
  duplicates?: number;
  /** Items dropped by the per-feed item cap. */
  truncated?: number;
}

/** Result of one conditional GET of a feed. */
export type FeedFetchResult =
  | {
      status: 'ok';
      body: Uint8Array;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      finalUrl: string;
    }
  | { status: 'not-modified'; etag?: string; lastModified?: string };

export type { FeedSpec } from '../config/feed-spec.js';
