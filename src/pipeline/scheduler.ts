// The worker's clock: node-cron ticks poll the due feeds and send the digest. Ticks never overlap; an error in
// one tick is logged and the next tick runs as usual.
import cron, { type ScheduledTask } from 'node-cron';
import { errorMessage } from '../shared/errors.js';
import { drainOutbox, runPollCycle } from './cycle.js';
import { enqueueDueFeeds, pollOneFeed } from './poll-job.js';
import type { JobQueue } from './queue/types.js';
import { runDigest } from './digest.js';
import type { PipelineDeps } from './deps.js';

export interface SchedulerOptions {
  poll: string;
  digest: string;
  timezone: string;
  /** Runs a cycle at start instead of waiting for the first tick. */
  pollAtStart?: boolean;
  /** With a queue (pg-boss), ticks queue the due feeds and this process works on the queue with the others. */
  queue?: JobQueue;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export async function startScheduler(deps: PipelineDeps, opts: SchedulerOptions): Promise<Scheduler> {
  const queue = opts.queue;
  if (queue) {
    await queue.start();
    await queue.work((feedId) => pollOneFeed(deps, feedId));
  }
  const pollOnce = async () => {
    try {
      if (queue) {
        await enqueueDueFeeds(deps, queue);
        await drainOutbox(deps); // retries that came due since the last job
      } else await runPollCycle(deps);
    } catch (err) {
      deps.logger.error({ err: errorMessage(err) }, 'poll cycle failed');
    }
  };
  const tasks: ScheduledTask[] = [
    cron.schedule(opts.poll, pollOnce, { name: 'poll', noOverlap: true, timezone: opts.timezone }),
    cron.schedule(
      opts.digest,
      async (ctx) => {
        try {
          await runDigest(deps, { key: ctx.date.toISOString().slice(0, 16) });
        } catch (err) {
          deps.logger.error({ err: errorMessage(err) }, 'digest failed');
        }
      },
      { name: 'digest', noOverlap: true, timezone: opts.timezone },
    ),
  ];
  deps.logger.info({ poll: opts.poll, digest: opts.digest, timezone: opts.timezone, queue: queue?.kind ?? 'in-process' }, 'scheduler started');
  const first = opts.pollAtStart ? pollOnce() : Promise.resolve();
  return {
    async stop() {
      for (const t of tasks) await t.stop();
      for (const t of tasks) await t.destroy();
      await first;
      if (queue) await queue.stop();
    },
  };
}
