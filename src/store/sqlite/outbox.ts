// The outbox on SQLite: deliveries, their targets and the lease that keeps two senders off the same row.
import type BetterSqlite3 from 'better-sqlite3';
import { deliveryFromRow, iso, leaseEnd, type Row } from '../rows.js';
import type { DeliveryInput, Store } from '../types.js';
import type { Prepare } from './statements.js';

type Outbox = Pick<
  Store,
  'enqueueDeliveries' | 'dueDeliveries' | 'markDeliverySent' | 'markDeliveryRetry' | 'markDeliveryDead' | 'listDeliveries'
>;

/** Inserts deliveries whose key is new (and their targets); returns how many were inserted. Call inside a transaction. */
export function insertDeliveries(q: Prepare, deliveries: DeliveryInput[], at: string): number {
  const target = q('INSERT INTO targets (id) VALUES (?) ON CONFLICT (id) DO NOTHING');
  const insert = q(
    `INSERT INTO deliveries (idempotency_key, target_id, payload, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  let inserted = 0;
  for (const d of deliveries) {
    target.run(d.targetId);
    inserted += insert.run(d.idempotencyKey, d.targetId, d.payload, at, at).changes;
  }
  return inserted;
}

export function sqliteOutbox(db: BetterSqlite3.Database, q: Prepare, leaseMs: number): Outbox {
  const due = (): BetterSqlite3.Statement => q(
    `SELECT d.* FROM deliveries d JOIN targets t ON t.id = d.target_id
     WHERE d.status = 'pending' AND t.enabled = 1 AND d.next_attempt_at <= ?
       AND (d.lease_until IS NULL OR d.lease_until <= ?)
     ORDER BY d.id LIMIT ?`,
  );
  const lease = (): BetterSqlite3.Statement => q('UPDATE deliveries SET lease_until = ? WHERE id = ?');
  // IMMEDIATE takes the write lock before reading, so another process cannot claim the same rows in between.
  const claimDue = db.transaction((now: string, limit: number) => {
    const rows = due().all(now, now, limit) as Row[];
    const until = leaseEnd(now, leaseMs);
    for (const r of rows) lease().run(until, r.id);
    return rows.map(deliveryFromRow);
  });

  return {
    async enqueueDeliveries(deliveries, at) {
      const t = iso(at);
      return db.transaction(() => insertDeliveries(q, deliveries, t))();
    },
    async dueDeliveries(now, limit) {
      return claimDue.immediate(iso(now), limit);
    },
    async markDeliverySent(id, at) {
      q(
        `UPDATE deliveries SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL, last_error = NULL
         WHERE id = ?`,
      ).run(iso(at), id);
    },
    async markDeliveryRetry(id, r) {
      q(
        `UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, lease_until = NULL
         WHERE id = ? AND status = 'pending'`,
      ).run(r.error, iso(r.nextAttemptAt), id);
    },
    async markDeliveryDead(id, error) {
      q(
        `UPDATE deliveries SET status = 'dead', attempts = attempts + 1, last_error = ?, lease_until = NULL
         WHERE id = ? AND status = 'pending'`,
      ).run(error, id);
    },
    async listDeliveries(filter = {}) {
      const rows = q(
          `SELECT * FROM deliveries WHERE (@status IS NULL OR status = @status)
           AND (@target IS NULL OR target_id = @target) ORDER BY id`,
        )
        .all({ status: filter.status ?? null, target: filter.targetId ?? null }) as Row[];
      return rows.map(deliveryFromRow);
    },
  };
}
