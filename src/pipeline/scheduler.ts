// The worker's clock: node-cron ticks poll the due feeds and send the digest. Ticks never overlap; an error in
// one tick is logged and the next tick runs as usual.
import cron, { type ScheduledTask } from 'node-cron';
import { errorMessage } from '../shared/errors.js';
import { runPollCycle } from './cycle.js';
import { runDigest } from './digest.js';
import type { PipelineDeps } from './deps.js';

export interface SchedulerOptions {
  poll: string;
  digest: string;
  timezone: string;
  /** Runs a cycle at start instead of waiting for the first tick. */
  pollAtStart?: boolean;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(deps: PipelineDeps, opts: SchedulerOptions): Scheduler {
  const pollOnce = async () => {
    try {
      await runPollCycle(deps);
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
  deps.logger.info({ poll: opts.poll, digest: opts.digest, timezone: opts.timezone }, 'scheduler started');
  const first = opts.pollAtStart ? pollOnce() : Promise.resolve();
  return {
    async stop() {
      for (const t of tasks) await t.stop();
      for (const t of tasks) await t.destroy();
      await first;
    },
  };
}
