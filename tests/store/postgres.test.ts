// The store contract on PostgreSQL: each test gets its own fresh schema, dropped afterwards.
import { test } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/store.js';
import { runStoreContract } from './contract.js';
import { TEST_DATABASE_URL, dropSchema, uniqueSchema, whenPostgres } from './pg-env.js';

await whenPostgres(
  'store contract: postgres',
  () =>
    runStoreContract('postgres', async () => {
      const schema = uniqueSchema('dprkwatch_store_test');
      return {
        open: async () => openPostgresStore(TEST_DATABASE_URL, { schema, maxConnections: 4 }),
        dispose: () => dropSchema(schema),
      };
    }),
  { test },
);
