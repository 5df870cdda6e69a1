// Child process for sqlite-processes.test.ts: opens (and migrates) the given SQLite file, optionally enqueues
// deliveries, then claims and marks deliveries until none is due; prints the ids it claimed as JSON.
import { openSqliteStore } from '../../src/store/sqlite/store.js';

const [file, enqueue = '0', now = new Date().toISOString()] = process.argv.slice(2);
if (!file) throw new Error('usage: sqlite-worker FILE [ENQUEUE_COUNT] [NOW]');
const store = openSqliteStore(file);
await store.migrate();
const n = Number(enqueue);
if (n > 0) {
  const ds = Array.from({ length: n }, (_, i) => ({ idempotencyKey: `k${i}`, targetId: 'discord:1', payload: '{}' }));
  await store.enqueueDeliveries(ds, now);
}
const claimed: number[] = [];
for (;;) {
  const batch = await store.dueDeliveries(now, 5);
  if (batch.length === 0) break;
  for (const d of batch) {
    claimed.push(d.id);
    await store.markDeliverySent(d.id, now);
  }
}
await store.close();
process.stdout.write(JSON.stringify(claimed));
