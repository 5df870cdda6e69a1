// Chooses the store from configuration: a postgres:// URL means PostgreSQL, anything else the embedded SQLite file.
import { join } from 'node:path';
import type { Logger } from '../shared/logger.js';
import { openPostgresStore } from './postgres/store.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

export const SQLITE_FILE_NAME = 'dprkwatch.sqlite';

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens and migrates the store: PostgreSQL for a postgres:// or postgresql:// URL (tables in `postgresSchema`, or
 * the connection's search_path), otherwise SQLite at `<dataDir>/dprkwatch.sqlite`.
 */
export async function openStore(opts: {
  databaseUrl?: string;
  dataDir: string;
  postgresSchema?: string;
  logger?: Logger;
  /** How long a claimed delivery stays with its sender before another may take it (a crashed sender's rows come back). */
  leaseMs?: number;
}): Promise<Store> {
  const lease = opts.leaseMs === undefined ? {} : { leaseMs: opts.leaseMs };
  const store = isPostgresUrl(opts.databaseUrl)
    ? openPostgresStore(opts.databaseUrl, {
        ...(opts.postgresSchema === undefined ? {} : { schema: opts.postgresSchema }),
        ...(opts.logger === undefined ? {} : { logger: opts.logger }),
        ...lease,
      })
    : openSqliteStore(join(opts.dataDir, SQLITE_FILE_NAME), lease);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
