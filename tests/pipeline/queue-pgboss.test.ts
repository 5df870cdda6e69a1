// The pg-boss job queue on the test PostgreSQL: two queues (as two processes would) share the work, each feed once.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { createPgBossQueue, type PgBossQueueOptions } from '../../src/pipeline/queue/pgboss.js';
import type { JobQueue } from '../../src/pipeline/queue/types.js';
import { TEST_DATABASE_URL, dropSchema, uniqueSchema, whenPostgres } from '../store/pg-env.js';

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

/** Runs `fn` with `n` started queues on one fresh pg-boss schema; stops them and drops the schema afterwards. */
async function withQueues(n: number, opts: PgBossQueueOptions, fn: (qs: JobQueue[]) => Promise<void>): Promise<void> {
  const schema = uniqueSchema('dprkwatch_jobs_test');
  const qs = Array.from({ length: n }, () => createPgBossQueue(TEST_DATABASE_URL, { schema, pollingIntervalSeconds: 0.5, ...opts }));
  try {
    // Started together, as processes booting at once: pg-boss installs its schema under an advisory lock.
    await Promise.all(qs.map((q) => q.start()));
    await fn(qs);
  } finally {
    await Promise.all(qs.map((q) => q.stop()));
    await dropSchema(schema);
  }
}

await whenPostgres(
  'pg-boss job queue',
  () =>
    describe('pg-boss job queue', () => {
      test('two queues on one database share 20 feed jobs, each handled exactly once', () =>
        withQueues(2, { concurrency: 2 }, async ([a, b]) => {
          assert.ok(a && b);
          const handled: { feedId: string; by: string }[] = [];
          const handler = (by: string) => async (feedId: string) => {
            handled.push({ feedId, by });
            await sleep(40);
          };
          const feeds = Array.from({ length: 20 }, (_, i) => `feed-${i}`);
          for (const [i, f] of feeds.entries()) assert.equal(await (i % 2 ? b : a).schedulePoll(f), true);
          await a.work(handler('a'));
          await b.work(handler('b'));
          await until(() => handled.length >= 20, 20_000);
          await sleep(700); // room for a duplicate to show up (workers poll every 0.5 s)
          assert.deepEqual(handled.map((h) => h.feedId).sort(), [...feeds].sort());
          assert.ok(handled.some((h) => h.by === 'a') && handled.some((h) => h.by === 'b'), 'both processes took work');
        }));

      test('a feed already queued is not queued again, from either process', () =>
        withQueues(2, {}, async ([a, b]) => {
          assert.ok(a && b);
          const later = new Date(Date.now() + 60_000);
          assert.equal(await a.schedulePoll('feed-x', later), true);
          assert.equal(await a.schedulePoll('feed-x'), false);
          assert.equal(await b.schedulePoll('feed-x'), false);
          assert.equal(await b.schedulePoll('feed-y'), true);
        }));

      test('a feed being polled is never polled again at the same time, and does not hold up other feeds', () =>
        withQueues(2, { concurrency: 2 }, async ([a, b]) => {
          assert.ok(a && b);
          let release: () => void = () => undefined;
          const held = new Promise<void>((r) => (release = r));
          const calls: string[] = [];
          let slowRunning = 0;
          let overlap = false;
          const handler = async (feedId: string) => {
            calls.push(feedId);
            if (feedId !== 'slow') return;
            slowRunning++;
            if (slowRunning > 1) overlap = true;
            await held;
            slowRunning--;
          };
          try {
            await a.work(handler);
            await b.work(handler);
            await a.schedulePoll('slow');
            await until(() => slowRunning === 1, 10_000);
            assert.equal(await b.schedulePoll('slow'), true, 'the next poll may be queued while one runs');
            await a.schedulePoll('f1');
            await b.schedulePoll('f2');
            // Other feeds go ahead while 'slow' runs (they take ~50 ms here; a queue stalled behind 'slow' takes seconds).
            await until(() => calls.includes('f1') && calls.includes('f2'), 2500);
            await sleep(1200); // every worker has fetched by now: the queued 'slow' job was taken and skipped
            assert.equal(overlap, false);
            assert.deepEqual(calls.filter((c) => c === 'slow'), ['slow']);
            release();
            await sleep(600);
            assert.equal(overlap, false);
          } finally {
            release(); // a failed assertion must not leave the poll hanging (stop waits for it)
          }
        }));

      test('a failed poll is retried', () =>
        withQueues(1, { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false }, async ([q]) => {
          assert.ok(q);
          const calls: string[] = [];
          await q.work(async (feedId) => {
            calls.push(feedId);
            if (calls.length === 1) throw new Error('HTTP 503');
          });
          await q.schedulePoll('feed-r');
          await until(() => calls.length === 2, 10_000);
          assert.deepEqual(calls, ['feed-r', 'feed-r']);
        }));
    }),
  { test },
);
