// The store contract on SQLite: a fresh file in a temp directory per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { runStoreContract } from './contract.js';

runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-store-'));
  // A nested path that does not exist yet: the store creates its directory.
  const file = join(dir, 'data', 'dprkwatch.sqlite');
  return {
    open: async () => openSqliteStore(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
