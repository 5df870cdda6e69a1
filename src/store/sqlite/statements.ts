// Prepared statements, prepared on first use (tables may not exist before migrate()) and then reused.
import type BetterSqlite3 from 'better-sqlite3';

export type Prepare = (sql: string) => BetterSqlite3.Statement;

export function statementCache(db: BetterSqlite3.Database): Prepare {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
}
