// The in-process job queue: dedupe of pending polls, bounded concurrency, no overlapping polls of a feed, retries.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { createLocalQueue, retryDelayMs } from '../../src/pipeline/queue/local.js';

/** Resolves when `cond` holds, polling every few ms; fails after `ms`. */
async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(5);
  }
}

describe('local job queue', () => {
  test('runs each scheduled feed once; a pending feed is not queued twice', async () => {
    const q = createLocalQueue();
    const seen: string[] = [];
    assert.equal(await q.schedulePoll('a'), true);
    assert.equal(await q.schedulePoll('a'), false);
    assert.equal(await q.schedulePoll('b'), true);
    await q.start();
    await q.work(async (id) => {
      seen.push(id);
    });
    await until(() => seen.length === 2);
    await sleep(20);
    assert.deepEqual(seen.sort(), ['a', 'b']);
    await q.stop();
  });

  test('bounded concurrency', async () => {
    const q = createLocalQueue({ concurrency: 2 });
    let active = 0;
    let peak = 0;
    let done = 0;
    await q.start();
    await q.work(async () => {
      active++;
      peak = Math.max(peak, active);
      await sleep(15);
      active--;
      done++;
    });
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) await q.schedulePoll(id);
    await until(() => done === 6);
    assert.equal(peak, 2);
    await q.stop();
  });

  test('a feed being polled may be queued again but its polls never overlap', async () => {
    const q = createLocalQueue({ concurrency: 4 });
    let running = 0;
    let overlap = false;
    let calls = 0;
    await q.start();
    await q.work(async () => {
      running++;
      if (running > 1) overlap = true;
      await sleep(20);
      running--;
      calls++;
    });
    await q.schedulePoll('a');
    await until(() => running === 1);
    assert.equal(await q.schedulePoll('a'), true, 'the next poll can be queued while one runs');
    assert.equal(await q.schedulePoll('a'), false);
    await until(() => calls === 2);
    assert.equal(overlap, false);
    await q.stop();
  });

  test('runAt in the future waits', async () => {
    const q = createLocalQueue();
    const at: number[] = [];
    await q.start();
    await q.work(async () => {
      at.push(Date.now());
    });
    const t0 = Date.now();
    await q.schedulePoll('a', new Date(t0 + 60));
    await sleep(20);
    assert.equal(at.length, 0);
    await until(() => at.length === 1);
    assert.ok((at[0] ?? 0) >= t0 + 55);
    await q.stop();
  });

  test('failed polls are retried up to the limit with backoff', async () => {
    const q = createLocalQueue({ retryLimit: 2, retryDelaySeconds: 0.02, retryBackoff: true });
    const calls: Record<string, number[]> = { flaky: [], broken: [] };
    await q.start();
    await q.work(async (id) => {
      const c = calls[id];
      assert.ok(c);
      c.push(Date.now());
      if (id === 'broken' || c.length < 2) throw new Error(`${id} failed`);
    });
    await q.schedulePoll('flaky');
    await q.schedulePoll('broken');
    await until(() => calls.flaky?.length === 2 && calls.broken?.length === 3);
    await sleep(120);
    assert.equal(calls.flaky?.length, 2, 'success ends the retries');
    const b = calls.broken ?? [];
    assert.equal(b.length, 3, 'one try and two retries');
    assert.ok((b[2] ?? 0) - (b[1] ?? 0) >= 35, 'second retry waits about twice as long as the first');
    await q.stop();
  });

  test('stop waits for running polls and runs nothing afterwards', async () => {
    const q = createLocalQueue();
    let finished = 0;
    await q.start();
    await q.work(async () => {
      await sleep(30);
      finished++;
    });
    await q.schedulePoll('a');
    await q.schedulePoll('b', new Date(Date.now() + 40));
    await sleep(5);
    await q.stop();
    assert.equal(finished, 1);
    await sleep(60);
    assert.equal(finished, 1);
  });

  test('retry delays: fixed or doubling', () => {
    const o = { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true };
    assert.deepEqual([1, 2, 3].map((n) => retryDelayMs(n, o)), [30_000, 60_000, 120_000]);
    assert.deepEqual([1, 2, 3].map((n) => retryDelayMs(n, { ...o, retryBackoff: false })), [30_000, 30_000, 30_000]);
  });
});
