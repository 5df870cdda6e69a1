// Applies the PostgreSQL migrations not yet recorded, holding a session advisory lock (one per schema) so that
// processes starting at the same time take turns: the first applies, the others find nothing left to do.
import type pg from 'pg';
import { checkMigrations, type Migration } from '../migrations/types.js';

export async function migratePostgres(pool: pg.Pool, schema: string | undefined, migrations: readonly Migration[]): Promise<number[]> {
  checkMigrations(migrations);
  const client = await pool.connect();
  const lockKey = `dprkwatch.migrate:${schema ?? 'default'}`;
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version),
      );
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    client.release();
  }
  return applied;
}
