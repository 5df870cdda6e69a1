// A migration is a numbered SQL script; each dialect has its own list and applies the ones it has not recorded
// in `schema_migrations`. Never edit a released migration: add the next number.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Checks that versions are 1..n in order, so a mistake in the list fails at start-up, not halfway through. */
export function checkMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name}: version ${m.version}, expected ${i + 1}`);
  });
}
