// Job queue on pg-boss 10 for PostgreSQL deployments: several processes share the polling of all feeds.
// The queue uses the `short` policy with the feed id as singletonKey: at most one queued job per feed (a unique
// index in pg-boss). Two polls of one feed never run at once: the worker takes a per-feed advisory lock and skips
// the job when another worker is polling that feed. (The `stately`/`singleton` policies would enforce that too, but
// pg-boss then fails every fetch while the oldest queued job's feed is active, so one slow feed stalls all workers.)
// Failed polls are retried by pg-boss with exponential backoff.
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Logger } from '../../shared/logger.js';
import { errorMessage } from '../../shared/errors.js';
import { createFeedLocks, type FeedLocks } from './feed-lock.js';
import type { JobQueue, PollHandler, RetryOptions } from './types.js';

export interface PgBossQueueOptions extends RetryOptions {
  /** Schema of pg-boss's tables (default `dprkwatch_jobs`). */
  schema?: string;
  /** Queue name (default `dprkwatch-poll-feed`). */
  queueName?: string;
  /** Workers in this process, i.e. polls running here at once (default 2). One start/stop cycle per queue object. */
  concurrency?: number;
  /** How often an idle worker looks for jobs (default 2 s, pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** A poll running longer than this is failed and retried (default 600 s). */
  expireInSeconds?: number;
  /** stop() waits this long for running polls; pg-boss then fails them and they are retried (default 20 s). */
  stopTimeoutSeconds?: number;
  logger?: Logger;
}

const JobData = z.object({ feedId: z.string().min(1) });

/** Errors of two processes creating the queue at the same moment (pg-boss's create_queue is not safe against that). */
const CREATE_RACE_CODES = new Set(['40P01', '23505', '40001']);

/** Creates the queue (idempotent) and applies the current settings; retries when another process races us. */
async function ensureQueue(boss: PgBoss, q: PgBoss.Queue & { name: string }, attempts = 6): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await boss.createQueue(q.name, q);
      await boss.updateQueue(q.name, q);
      return;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (i >= attempts || typeof code !== 'string' || !CREATE_RACE_CODES.has(code)) throw err;
      await sleep(50 + Math.random() * 200 * i);
    }
  }
}

export function createPgBossQueue(connectionString: string, opts: PgBossQueueOptions = {}): JobQueue {
  const name = opts.queueName ?? 'dprkwatch-poll-feed';
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const boss = new PgBoss({
    connectionString,
    schema: opts.schema ?? 'dprkwatch_jobs',
    max: concurrency + 2,
  });
  boss.on('error', (err) => opts.logger?.error({ err: errorMessage(err) }, 'pg-boss error'));
  const workerIds: string[] = [];
  const lockNamespace = `${opts.schema ?? 'dprkwatch_jobs'}.${name}`;
  let locks: FeedLocks | undefined;
  let started = false;
  let bossStarted = false;

  const queueOptions: PgBoss.Queue & { name: string } = {
    name,
    policy: 'short',
    retryLimit: opts.retryLimit ?? 3,
    retryDelay: opts.retryDelaySeconds ?? 30,
    retryBackoff: opts.retryBackoff ?? true,
    expireInSeconds: opts.expireInSeconds ?? 600,
  };

  const stop = async () => {
    if (!started) return;
    started = false;
    if (bossStarted) await boss.stop({ graceful: true, wait: true, timeout: (opts.stopTimeoutSeconds ?? 20) * 1000 });
    bossStarted = false;
    await locks?.close();
    locks = undefined;
  };

  return {
    kind: 'pg-boss',
    async start() {
      if (started) return;
      locks = createFeedLocks(connectionString, lockNamespace, concurrency);
      started = true;
      try {
        await boss.start();
        bossStarted = true;
        await ensureQueue(boss, queueOptions);
      } catch (err) {
        await stop();
        throw err;
      }
    },
    stop,
    async schedulePoll(feedId, runAt) {
      const id = await boss.send(name, { feedId }, {
        singletonKey: feedId,
        ...(runAt === undefined ? {} : { startAfter: runAt }),
      });
      // Wake this process's idle workers instead of waiting for their next polling interval.
      if (id !== null && (runAt === undefined || runAt.getTime() <= Date.now())) for (const w of workerIds) boss.notifyWorker(w);
      return id !== null;
    },
    async work(handler: PollHandler) {
      if (!started) throw new Error('start the job queue before work()');
      if (workerIds.length > 0) throw new Error('queue already has a handler');
      for (let i = 0; i < concurrency; i++) {
        const id = await boss.work<unknown>(
          name,
          { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
          async (jobs) => {
            for (const job of jobs) {
              const { feedId } = JobData.parse(job.data);
              if (!locks) throw new Error('job queue is stopped');
              const ran = await locks.exclusive(feedId, () => handler(feedId));
              // The worker holding the lock is polling this feed right now: that poll serves this job too.
              if (!ran) opts.logger?.debug({ feedId }, 'feed poll skipped: another worker is polling it');
            }
          },
        );
        workerIds.push(id);
      }
    },
  };
}
