// The outbox on PostgreSQL. dueDeliveries claims rows with FOR UPDATE SKIP LOCKED and stamps a lease in the same
// statement, so concurrent workers (processes) each get different rows and a crashed worker's rows come back later.
import type pg from 'pg';
import { deliveryFromRow, iso, leaseEnd, type Row } from '../rows.js';
import type { DeliveryInput, Store } from '../types.js';
import { inTransaction, type Queryable } from './db.js';

type Outbox = Pick<
  Store,
  'enqueueDeliveries' | 'dueDeliveries' | 'markDeliverySent' | 'markDeliveryRetry' | 'markDeliveryDead' | 'listDeliveries'
>;

/** Inserts deliveries whose key is new (and their targets); returns how many were inserted. */
export async function insertDeliveries(c: Queryable, deliveries: DeliveryInput[], at: string): Promise<number> {
  if (deliveries.length === 0) return 0;
  // Sorted so that concurrent transactions lock target rows in the same order (no deadlock).
  const targets = [...new Set(deliveries.map((d) => d.targetId))].sort();
  await c.query('INSERT INTO targets (id) SELECT unnest($1::text[]) ON CONFLICT (id) DO NOTHING', [targets]);
  const r = await c.query(
    `INSERT INTO deliveries (idempotency_key, target_id, payload, next_attempt_at, created_at)
     SELECT k, t, p, $4, $4 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x (k, t, p, n)
     ORDER BY n
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [deliveries.map((d) => d.idempotencyKey), deliveries.map((d) => d.targetId), deliveries.map((d) => d.payload), at],
  );
  return r.rowCount ?? 0;
}

export function postgresOutbox(pool: pg.Pool, leaseMs: number): Outbox {
  return {
    async enqueueDeliveries(deliveries, at) {
      const t = iso(at);
      return inTransaction(pool, (c) => insertDeliveries(c, deliveries, t));
    },
    async dueDeliveries(now, limit) {
      const t = iso(now);
      const r = await pool.query<Row>(
        `WITH due AS (
           SELECT d.id FROM deliveries d JOIN targets tg ON tg.id = d.target_id
           WHERE d.status = 'pending' AND tg.enabled AND d.next_attempt_at <= $1
             AND (d.lease_until IS NULL OR d.lease_until <= $1)
           ORDER BY d.id LIMIT $2
           FOR UPDATE OF d SKIP LOCKED)
         UPDATE deliveries SET lease_until = $3 FROM due WHERE deliveries.id = due.id
         RETURNING deliveries.*`,
        [t, limit, leaseEnd(t, leaseMs)],
      );
      return r.rows.map(deliveryFromRow).sort((a, b) => a.id - b.id);
    },
    async markDeliverySent(id, at) {
      await pool.query(
        `UPDATE deliveries SET status = 'sent', sent_at = $1, attempts = attempts + 1, lease_until = NULL, last_error = NULL
         WHERE id = $2`,
        [iso(at), id],
      );
    },
    async markDeliveryRetry(id, r) {
      await pool.query(
        `UPDATE deliveries SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2, lease_until = NULL
         WHERE id = $3 AND status = 'pending'`,
        [r.error, iso(r.nextAttemptAt), id],
      );
    },
    async markDeliveryDead(id, error) {
      await pool.query(
        `UPDATE deliveries SET status = 'dead', attempts = attempts + 1, last_error = $1, lease_until = NULL
         WHERE id = $2 AND status = 'pending'`,
        [error, id],
      );
    },
    async listDeliveries(filter = {}) {
      const r = await pool.query<Row>(
        `SELECT * FROM deliveries WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR target_id = $2)
         ORDER BY id`,
        [filter.status ?? null, filter.targetId ?? null],
      );
      return r.rows.map(deliveryFromRow);
    },
  };
}
