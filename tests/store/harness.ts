// What the contract suite needs from a dialect: a fresh, empty database per test and a way to open stores on it.
import type { Store } from '../../src/store/types.js';

export interface TestDatabase {
  /** A new Store on this database (not yet migrated); several may be open at once, as several processes would. */
  open(): Promise<Store>;
  /** Closes nothing it did not open; drops the database (temp file or schema). */
  dispose(): Promise<void>;
}

export type MakeDatabase = () => Promise<TestDatabase>;

/** Runs `fn` with a migrated store on a fresh database; closes every store opened through `open` and disposes. */
export async function withStore(
  make: MakeDatabase,
  fn: (store: Store, open: () => Promise<Store>) => Promise<void>,
): Promise<void> {
  const db = await make();
  const opened: Store[] = [];
  const open = async () => {
    const s = await db.open();
    opened.push(s);
    await s.migrate();
    return s;
  };
  try {
    await fn(await open(), open);
  } finally {
    for (const s of opened) await s.close();
    await db.dispose();
  }
}
