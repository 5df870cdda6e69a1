// Applies the SQLite migrations not yet recorded. Each runs in an IMMEDIATE transaction that first re-reads the
// recorded versions, so two processes opening the same file at once apply each migration exactly once.
import type BetterSqlite3 from 'better-sqlite3';
import { checkMigrations, type Migration } from '../migrations/types.js';

export function migrateSqlite(db: BetterSqlite3.Database, migrations: readonly Migration[]): number[] {
  checkMigrations(migrations);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied: number[] = [];
  for (const m of migrations) {
    const apply = db.transaction(() => {
      const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (done) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      applied.push(m.version);
    });
    apply.immediate();
  }
  return applied;
}
