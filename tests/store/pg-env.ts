// The test PostgreSQL: where it is, whether it answers, and throwaway schemas. Shared by the store and queue tests.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.DPRKWATCH_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL without any password, for messages. */
export function safeUrl(url: string = TEST_DATABASE_URL): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Undefined when PostgreSQL answers, else why not. */
export async function pgUnavailable(url: string = TEST_DATABASE_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other run uses. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function dropSchema(schema: string, url: string = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function schemaExists(schema: string, url: string = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;
  } finally {
    await client.end();
  }
}

/**
 * Registers the tests when PostgreSQL answers. When it does not: a failing test saying so, or — with
 * DPRKWATCH_SKIP_PG=1 — a skipped one that says why.
 */
export async function whenPostgres(
  name: string,
  register: () => void,
  t: { test: (name: string, opts: { skip?: string }, fn: () => void) => unknown },
): Promise<void> {
  const why = await pgUnavailable();
  if (why === undefined) return register();
  const message = `PostgreSQL at ${safeUrl()} is unreachable (${why}); start it, set DPRKWATCH_TEST_DATABASE_URL, or set DPRKWATCH_SKIP_PG=1 to skip`;
  if (process.env.DPRKWATCH_SKIP_PG === '1') {
    t.test(name, { skip: `DPRKWATCH_SKIP_PG=1: ${message}` }, () => undefined);
  } else {
    t.test(name, {}, () => {
      throw new Error(message);
    });
  }
}
