// SQLite shared by separate processes (a CLI next to the bot): migrating at once and claiming deliveries at once.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/store.js';

const run = promisify(execFile);
const worker = fileURLToPath(new URL('./sqlite-worker.js', import.meta.url));
const NOW = '2026-03-01T10:00:00.000Z';

async function claim(file: string, enqueue = 0): Promise<number[]> {
  const { stdout } = await run(process.execPath, [worker, file, String(enqueue), NOW]);
  return JSON.parse(stdout) as number[];
}

test('two processes migrate a fresh file at once, then never claim the same delivery', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-procs-'));
  const file = join(dir, 'dprkwatch.sqlite');
  try {
    // Both start on a file that does not exist yet; only the first enqueues, both drain.
    const [a, b, c] = await Promise.all([claim(file, 400), claim(file), claim(file)]);
    assert.ok(a && b && c);
    const all = [...a, ...b, ...c];
    assert.equal(new Set(all).size, all.length, 'a delivery was claimed twice');
    const store = openSqliteStore(file);
    try {
      const sent = await store.listDeliveries({ status: 'sent' });
      assert.equal(sent.length, 400);
      assert.deepEqual([...all].sort((x, y) => x - y), sent.map((d) => d.id), 'every claimed row is sent and vice versa');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
