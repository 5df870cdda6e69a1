// The migration runners on their own: versions applied once and in order, later versions added on top, a broken
// migration leaves nothing half-applied, a mis-numbered list is refused.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Migration } from '../../src/store/migrations/types.js';
import { createPool } from '../../src/store/postgres/db.js';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { migrateSqlite } from '../../src/store/sqlite/migrate.js';
import { TEST_DATABASE_URL, dropSchema, uniqueSchema, whenPostgres } from './pg-env.js';

const V1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)' };
const V2: Migration = { version: 2, name: 'two', sql: 'ALTER TABLE t ADD COLUMN b TEXT; CREATE INDEX t_b ON t (b)' };
const BROKEN: Migration = { version: 3, name: 'broken', sql: 'ALTER TABLE t ADD COLUMN c TEXT; SELECT * FROM missing_table' };

describe('sqlite migration runner', () => {
  test('applies new versions only, in order; a failing one is rolled back whole; bad numbering refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-mig-'));
    const db = new Database(join(dir, 'm.sqlite'));
    try {
      assert.deepEqual(migrateSqlite(db, [V1]), [1]);
      assert.deepEqual(migrateSqlite(db, [V1]), []);
      assert.deepEqual(migrateSqlite(db, [V1, V2]), [2]);
      assert.throws(() => migrateSqlite(db, [V1, V2, BROKEN]), /missing_table/);
      const cols = (db.prepare('PRAGMA table_info(t)').all() as { name: string }[]).map((c) => c.name);
      assert.deepEqual(cols, ['id', 'a', 'b'], 'the failed migration left no column behind');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
      assert.deepEqual(versions.map((v) => v.version), [1, 2]);
      assert.throws(() => migrateSqlite(db, [V2]), /expected 1/);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

await whenPostgres(
  'postgres migration runner',
  () =>
    describe('postgres migration runner', () => {
      test('applies new versions only, in order; a failing one is rolled back whole; bad numbering refused', async () => {
        const schema = uniqueSchema('dprkwatch_mig_test');
        const pool = createPool(TEST_DATABASE_URL, { schema, max: 3 });
        try {
          // Three at once on a fresh schema: the advisory lock lets one apply, the others find it done.
          const runs = await Promise.all([1, 2, 3].map(() => migratePostgres(pool, schema, [V1])));
          assert.deepEqual(runs.flat(), [1]);
          assert.deepEqual(await migratePostgres(pool, schema, [V1, V2]), [2]);
          await assert.rejects(migratePostgres(pool, schema, [V1, V2, BROKEN]), /missing_table/);
          const cols = await pool.query<{ column_name: string }>(
            `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 't' ORDER BY ordinal_position`,
            [schema],
          );
          assert.deepEqual(cols.rows.map((c) => c.column_name), ['id', 'a', 'b']);
          const versions = await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
          assert.deepEqual(versions.rows.map((v) => v.version), [1, 2]);
          await assert.rejects(migratePostgres(pool, schema, [V2]), /expected 1/);
          // The lock was released after the failure: another session can take it at once.
          const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
          await other.connect();
          const got = await other.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [`dprkwatch.migrate:${schema}`]);
          await other.end();
          assert.equal(got.rows[0]?.ok, true);
        } finally {
          await pool.end();
          await dropSchema(schema);
        }
      });
    }),
  { test },
);
