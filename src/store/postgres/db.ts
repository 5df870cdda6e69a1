// The pg Pool for one store, pinned to a schema through search_path, and a transaction helper.
import pg from 'pg';
import type { Logger } from '../../shared/logger.js';

export type Queryable = Pick<pg.PoolClient, 'query'>;

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${JSON.stringify(schema)}`);
  return schema;
}

export function createPool(connectionString: string, opts: { schema?: string; max?: number; logger?: Logger }): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    // Every connection resolves unqualified table names in the store's schema (public unless told otherwise).
    ...(opts.schema === undefined ? {} : { options: `-c search_path=${checkSchemaName(opts.schema)}` }),
  });
  // An idle client losing its connection must not crash the process; the next query gets a fresh one.
  pool.on('error', (err) => opts.logger?.warn({ err: err.message }, 'postgres idle client error'));
  return pool;
}

/** Runs `fn` in BEGIN/COMMIT on one client; rolls back and rethrows on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
