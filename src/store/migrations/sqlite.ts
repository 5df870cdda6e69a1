// SQLite schema. Times are canonical ISO strings (TEXT) so that text order is time order; JSON is TEXT.
import type { Migration } from './types.js';

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE feeds (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  name TEXT,
  language TEXT,
  interval_minutes INTEGER NOT NULL CHECK (interval_minutes > 0),
  fetch_full_text INTEGER NOT NULL DEFAULT 0,
  origin TEXT NOT NULL CHECK (origin IN ('config', 'chat', 'cli')),
  etag TEXT,
  last_modified TEXT,
  last_fetch_at TEXT,
  last_success_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER REFERENCES articles (id),
  feed_id TEXT,
  item_key TEXT,
  url TEXT,
  title TEXT NOT NULL,
  outlet TEXT,
  published TEXT NOT NULL,
  language TEXT NOT NULL,
  relevant INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  simhash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_report ON articles (report_id);
CREATE INDEX articles_created ON articles (created_at);

-- Items are kept when a feed is removed, so re-adding it does not announce its old items again.
CREATE TABLE feed_items (
  feed_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('too-old', 'irrelevant', 'analyzed', 'syndicated', 'failed')),
  article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  direction TEXT,
  change_kind TEXT NOT NULL CHECK (change_kind IN ('new', 'confirms', 'updates', 'contradicts')),
  novelty TEXT NOT NULL CHECK (novelty IN ('new', 'confirms', 'updates', 'contradicts')),
  status TEXT NOT NULL,
  details TEXT NOT NULL CHECK (json_valid(details)),
  created_at TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_kind ON claims (kind);

CREATE TABLE targets (
  id TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL DEFAULT 1,
  disabled_reason TEXT
);

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  target_id TEXT NOT NULL REFERENCES targets (id),
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  lease_until TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);

CREATE TABLE subscriptions (
  target_id TEXT NOT NULL REFERENCES targets (id),
  mode TEXT NOT NULL CHECK (mode IN ('alerts', 'digest')),
  kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds)),
  min_change TEXT NOT NULL CHECK (min_change IN ('new', 'updates', 'contradicts')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (target_id, mode)
);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
];
