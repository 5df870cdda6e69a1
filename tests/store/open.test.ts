// openStore picks the dialect from the URL and returns a migrated store.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isPostgresUrl, openStore } from '../../src/store/open.js';
import { TEST_DATABASE_URL, dropSchema, schemaExists, uniqueSchema, whenPostgres } from './pg-env.js';

describe('openStore', () => {
  test('recognises PostgreSQL URLs only', () => {
    assert.equal(isPostgresUrl('postgres://u@h/db'), true);
    assert.equal(isPostgresUrl('postgresql://u@h:5432/db?sslmode=require'), true);
    assert.equal(isPostgresUrl('POSTGRES://u@h/db'), true);
    assert.equal(isPostgresUrl(undefined), false);
    assert.equal(isPostgresUrl('sqlite:///var/db'), false);
    assert.equal(isPostgresUrl('/data/postgres://x'), false);
  });

  test('without a PostgreSQL URL: a migrated SQLite file in the data directory, reopened with its state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-open-'));
    try {
      const dataDir = join(dir, 'nested', 'data');
      const s = await openStore({ dataDir });
      assert.equal(s.kind, 'sqlite');
      await s.setMeta('k', 'v');
      await s.close();
      assert.ok(existsSync(join(dataDir, 'dprkwatch.sqlite')));
      const again = await openStore({ dataDir, databaseUrl: '' });
      assert.equal(await again.getMeta('k'), 'v');
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

await whenPostgres(
  'openStore on PostgreSQL',
  () =>
    test('openStore on PostgreSQL: a migrated store in the given schema', async () => {
      const schema = uniqueSchema('dprkwatch_open_test');
      try {
        const s = await openStore({ databaseUrl: TEST_DATABASE_URL, dataDir: '/nonexistent', postgresSchema: schema });
        assert.equal(s.kind, 'postgres');
        await s.setMeta('k', 'v');
        assert.equal(await s.getMeta('k'), 'v');
        await s.close();
        assert.equal(await schemaExists(schema), true);
      } finally {
        await dropSchema(schema);
      }
    }),
  { test },
);
