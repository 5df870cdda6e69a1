// Cross-process "one poll of a feed at a time": a PostgreSQL session advisory lock per feed, held on its own
// connection while the poll runs. A crashed process's connection closes and its locks go with it.
import { createHash } from 'node:crypto';
import pg from 'pg';

export interface FeedLocks {
  /** Runs `fn` holding the feed's lock; returns false without running it when another worker holds the lock. */
  exclusive(feedId: string, fn: () => Promise<void>): Promise<boolean>;
  close(): Promise<void>;
}

/** A 64-bit lock key from namespace and feed id (hashtext's 32 bits would make collisions plausible). */
export function feedLockKey(namespace: string, feedId: string): string {
  return createHash('sha256').update(`${namespace}\u0000${feedId}`).digest().readBigInt64BE(0).toString();
}

export function createFeedLocks(connectionString: string, namespace: string, maxConnections: number): FeedLocks {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  pool.on('error', () => undefined); // an idle lock connection dropping holds no lock; the next use reconnects
  return {
    async exclusive(feedId, fn) {
      const key = feedLockKey(namespace, feedId);
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [key]);
        if (!r.rows[0]?.ok) return false;
        try {
          await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch((err: Error) => {
            broken = err; // drop the connection below: that releases the lock for sure
          });
        }
        return true;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
