// The Store on SQLite (better-sqlite3, synchronous): one connection, WAL, foreign keys on, a busy timeout so a
// second process (CLI next to the bot) waits for the write lock instead of failing at once.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { DEFAULT_LEASE_MS, feedFromRow, iso, subscriptionFromRow, targetFromRow, type Row } from '../rows.js';
import type { Store } from '../types.js';
import { sqliteAnalysis } from './analysis.js';
import { migrateSqlite } from './migrate.js';
import { sqliteOutbox } from './outbox.js';
import { statementCache } from './statements.js';

export interface SqliteStoreOptions {
  /** How long deliveries returned by dueDeliveries stay claimed (default 5 minutes). */
  leaseMs?: number;
  /** Milliseconds to wait for another connection's write lock (default 5000). */
  busyTimeoutMs?: number;
}

export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: opts.busyTimeoutMs ?? 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const q = statementCache(db);

  const feedById = (id: string) => {
    const row = q('SELECT * FROM feeds WHERE id = ?').get(id) as Row | undefined;
    return row ? feedFromRow(row) : undefined;
  };
  const mustChange = (changes: number, id: string) => {
    if (changes === 0) throw new AppError('store', `unknown feed: ${id}`);
  };

  return {
    kind: 'sqlite',
    async migrate() {
      migrateSqlite(db, sqliteMigrations);
    },
    async close() {
      if (db.open) db.close();
    },

    async upsertFeed(f) {
      // A changed URL is another resource: its validators (etag, last-modified) no longer apply.
      q(
        `INSERT INTO feeds (id, url, name, language, interval_minutes, fetch_full_text, origin)
         VALUES (@id, @url, @name, @language, @interval, @fullText, @origin)
         ON CONFLICT (id) DO UPDATE SET
           etag = CASE WHEN feeds.url = excluded.url THEN feeds.etag END,
           last_modified = CASE WHEN feeds.url = excluded.url THEN feeds.last_modified END,
           url = excluded.url, name = excluded.name, language = excluded.language,
           interval_minutes = excluded.interval_minutes, fetch_full_text = excluded.fetch_full_text,
           origin = excluded.origin`,
      ).run({
        id: f.id,
        url: f.url,
        name: f.name ?? null,
        language: f.language ?? null,
        interval: f.intervalMinutes,
        fullText: f.fetchFullText ? 1 : 0,
        origin: f.origin,
      });
    },
    async removeFeed(id) {
      return q('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
    },
    async getFeed(id) {
      return feedById(id);
    },
    async listFeeds() {
      return (q('SELECT * FROM feeds ORDER BY id').all() as Row[]).map(feedFromRow);
    },
    async recordFetchSuccess(id, r) {
      const at = iso(r.at);
      const changes = q(
          `UPDATE feeds SET last_fetch_at = ?, last_success_at = ?, failures = 0, last_error = NULL,
             etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), next_attempt_at = ?
           WHERE id = ?`,
        )
        .run(at, at, r.etag ?? null, r.lastModified ?? null, iso(r.nextAttemptAt), id).changes;
      mustChange(changes, id);
    },
    async recordFetchFailure(id, r) {
      const row = q(
          `UPDATE feeds SET last_fetch_at = ?, failures = failures + 1, last_error = ?, next_attempt_at = ?
           WHERE id = ? RETURNING *`,
        )
        .get(iso(r.at), r.error, iso(r.nextAttemptAt), id) as Row | undefined;
      mustChange(row ? 1 : 0, id);
      return feedFromRow(row as Row);
    },

    async unseenItemKeys(feedId, keys) {
      const seen = new Set(
        (
          q('SELECT item_key FROM feed_items WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?))')
            .all(feedId, JSON.stringify(keys)) as Row[]
        ).map((r) => String(r.item_key)),
      );
      return [...new Set(keys)].filter((k) => !seen.has(k));
    },
    async markItemsSeen(feedId, items, at) {
      const t = iso(at);
      const insert = q(
        `INSERT INTO feed_items (feed_id, item_key, outcome, seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (feed_id, item_key) DO NOTHING`,
      );
      db.transaction(() => {
        for (const i of items) insert.run(feedId, i.key, i.outcome, t);
      })();
    },

    ...sqliteAnalysis(db, q),
    ...sqliteOutbox(db, q, opts.leaseMs ?? DEFAULT_LEASE_MS),

    async getTarget(id) {
      const row = q('SELECT * FROM targets WHERE id = ?').get(id) as Row | undefined;
      return row ? targetFromRow(row) : undefined;
    },
    async disableTarget(id, reason) {
      q(
        `INSERT INTO targets (id, enabled, disabled_reason) VALUES (?, 0, ?)
         ON CONFLICT (id) DO UPDATE SET enabled = 0, disabled_reason = excluded.disabled_reason`,
      ).run(id, reason);
    },
    async enableTarget(id) {
      q(
        `INSERT INTO targets (id, enabled) VALUES (?, 1)
         ON CONFLICT (id) DO UPDATE SET enabled = 1, disabled_reason = NULL`,
      ).run(id);
    },
    async upsertSubscription(s) {
      db.transaction(() => {
        q('INSERT INTO targets (id) VALUES (?) ON CONFLICT (id) DO NOTHING').run(s.targetId);
        q(
          `INSERT INTO subscriptions (target_id, mode, kinds, min_change, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (target_id, mode) DO UPDATE SET kinds = excluded.kinds, min_change = excluded.min_change`,
        ).run(s.targetId, s.mode, JSON.stringify(s.kinds), s.minChange, iso(s.createdAt ?? new Date()));
      })();
    },
    async removeSubscription(targetId, mode) {
      return q('DELETE FROM subscriptions WHERE target_id = ? AND (? IS NULL OR mode = ?)')
        .run(targetId, mode ?? null, mode ?? null).changes;
    },
    async listSubscriptions(mode) {
      const rows = q('SELECT * FROM subscriptions WHERE (? IS NULL OR mode = ?) ORDER BY target_id, mode')
        .all(mode ?? null, mode ?? null) as Row[];
      return rows.map(subscriptionFromRow);
    },

    async getMeta(key) {
      const row = q('SELECT value FROM meta WHERE key = ?').get(key) as Row | undefined;
      return row ? String(row.value) : undefined;
    },
    async setMeta(key, value) {
      q('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        key,
        value,
      );
    },
  };
}
