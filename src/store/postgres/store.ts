// The Store on PostgreSQL: a pg Pool pinned to a schema; several processes may share the database.
import type { Logger } from '../../shared/logger.js';
import { AppError } from '../../shared/errors.js';
import { postgresMigrations } from '../migrations/postgres.js';
import { DEFAULT_LEASE_MS, feedFromRow, iso, subscriptionFromRow, targetFromRow, type Row } from '../rows.js';
import type { Store } from '../types.js';
import { postgresAnalysis } from './analysis.js';
import { checkSchemaName, createPool, inTransaction } from './db.js';
import { migratePostgres } from './migrate.js';
import { postgresOutbox } from './outbox.js';

export interface PostgresStoreOptions {
  /** Schema holding the tables (created by migrate); default: the server's search_path (normally public). */
  schema?: string;
  /** How long deliveries returned by dueDeliveries stay claimed (default 5 minutes). */
  leaseMs?: number;
  /** Pool size (default 10). */
  maxConnections?: number;
  logger?: Logger;
}

export function openPostgresStore(connectionString: string, opts: PostgresStoreOptions = {}): Store {
  const schema = opts.schema === undefined ? undefined : checkSchemaName(opts.schema);
  const pool = createPool(connectionString, {
    ...(schema === undefined ? {} : { schema }),
    ...(opts.maxConnections === undefined ? {} : { max: opts.maxConnections }),
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  let closed = false;
  const rows = async (sql: string, args: unknown[] = []) => (await pool.query<Row>(sql, args)).rows;
  const unknownFeed = (id: string) => new AppError('store', `unknown feed: ${id}`);

  return {
    kind: 'postgres',
    async migrate() {
      await migratePostgres(pool, schema, postgresMigrations);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },

    async upsertFeed(f) {
      // A changed URL is another resource: its validators (etag, last-modified) no longer apply.
      await pool.query(
        `INSERT INTO feeds (id, url, name, language, interval_minutes, fetch_full_text, origin)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET
           etag = CASE WHEN feeds.url = excluded.url THEN feeds.etag END,
           last_modified = CASE WHEN feeds.url = excluded.url THEN feeds.last_modified END,
           url = excluded.url, name = excluded.name, language = excluded.language,
           interval_minutes = excluded.interval_minutes, fetch_full_text = excluded.fetch_full_text,
           origin = excluded.origin`,
        [f.id, f.url, f.name ?? null, f.language ?? null, f.intervalMinutes, f.fetchFullText, f.origin],
      );
    },
    async removeFeed(id) {
      return ((await pool.query('DELETE FROM feeds WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async getFeed(id) {
      const [row] = await rows('SELECT * FROM feeds WHERE id = $1', [id]);
      return row ? feedFromRow(row) : undefined;
    },
    async listFeeds() {
      return (await rows('SELECT * FROM feeds ORDER BY id COLLATE "C"')).map(feedFromRow);
    },
    async recordFetchSuccess(id, r) {
      const at = iso(r.at);
      const res = await pool.query(
        `UPDATE feeds SET last_fetch_at = $1, last_success_at = $1, failures = 0, last_error = NULL,
           etag = coalesce($2, etag), last_modified = coalesce($3, last_modified), next_attempt_at = $4
         WHERE id = $5`,
        [at, r.etag ?? null, r.lastModified ?? null, iso(r.nextAttemptAt), id],
      );
      if (!res.rowCount) throw unknownFeed(id);
    },
    async recordFetchFailure(id, r) {
      const [row] = await rows(
        `UPDATE feeds SET last_fetch_at = $1, failures = failures + 1, last_error = $2, next_attempt_at = $3
         WHERE id = $4 RETURNING *`,
        [iso(r.at), r.error, iso(r.nextAttemptAt), id],
      );
      if (!row) throw unknownFeed(id);
      return feedFromRow(row);
    },

    async unseenItemKeys(feedId, keys) {
      if (keys.length === 0) return [];
      const seen = new Set(
        (await rows('SELECT item_key FROM feed_items WHERE feed_id = $1 AND item_key = ANY($2::text[])', [feedId, keys])).map(
          (r) => String(r.item_key),
        ),
      );
      return [...new Set(keys)].filter((k) => !seen.has(k));
    },
    async markItemsSeen(feedId, items, at) {
      if (items.length === 0) return;
      await pool.query(
        `INSERT INTO feed_items (feed_id, item_key, outcome, seen_at)
         SELECT $1, k, o, $4 FROM unnest($2::text[], $3::text[]) AS x (k, o)
         ON CONFLICT (feed_id, item_key) DO NOTHING`,
        [feedId, items.map((i) => i.key), items.map((i) => i.outcome), iso(at)],
      );
    },

    ...postgresAnalysis(pool),
    ...postgresOutbox(pool, opts.leaseMs ?? DEFAULT_LEASE_MS),

    async getTarget(id) {
      const [row] = await rows('SELECT * FROM targets WHERE id = $1', [id]);
      return row ? targetFromRow(row) : undefined;
    },
    async disableTarget(id, reason) {
      await pool.query(
        `INSERT INTO targets (id, enabled, disabled_reason) VALUES ($1, false, $2)
         ON CONFLICT (id) DO UPDATE SET enabled = false, disabled_reason = excluded.disabled_reason`,
        [id, reason],
      );
    },
    async enableTarget(id) {
      await pool.query(
        `INSERT INTO targets (id, enabled) VALUES ($1, true)
         ON CONFLICT (id) DO UPDATE SET enabled = true, disabled_reason = NULL`,
        [id],
      );
    },
    async upsertSubscription(s) {
      await inTransaction(pool, async (c) => {
        await c.query('INSERT INTO targets (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [s.targetId]);
        await c.query(
          `INSERT INTO subscriptions (target_id, mode, kinds, min_change, created_at) VALUES ($1, $2, $3::jsonb, $4, $5)
           ON CONFLICT (target_id, mode) DO UPDATE SET kinds = excluded.kinds, min_change = excluded.min_change`,
          [s.targetId, s.mode, JSON.stringify(s.kinds), s.minChange, iso(s.createdAt ?? new Date())],
        );
      });
    },
    async removeSubscription(targetId, mode) {
      const r = await pool.query('DELETE FROM subscriptions WHERE target_id = $1 AND ($2::text IS NULL OR mode = $2)', [
        targetId,
        mode ?? null,
      ]);
      return r.rowCount ?? 0;
    },
    async listSubscriptions(mode) {
      const r = await rows('SELECT * FROM subscriptions WHERE ($1::text IS NULL OR mode = $1) ORDER BY target_id COLLATE "C", mode', [
        mode ?? null,
      ]);
      return r.map(subscriptionFromRow);
    },

    async getMeta(key) {
      const [row] = await rows('SELECT value FROM meta WHERE key = $1', [key]);
      return row ? String(row.value) : undefined;
    },
    async setMeta(key, value) {
      await pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
        key,
        value,
      ]);
    },
  };
}
