// In-process job queue for the embedded (SQLite) setup: one process, timers, bounded concurrency.
// A feed has at most one pending poll; a feed being polled may have one pending next poll but never runs twice at once.
import type { Logger } from '../../shared/logger.js';
import { errorMessage } from '../../shared/errors.js';
import type { JobQueue, PollHandler, RetryOptions } from './types.js';

export interface LocalQueueOptions extends RetryOptions {
  /** Polls running at the same time (default 4). */
  concurrency?: number;
  logger?: Logger;
}

interface Pending {
  runAt: number;
  /** 0 for a scheduled poll, n for the n-th retry. */
  attempt: number;
}

/** Delay before retry number `attempt` (1-based): fixed, or doubling with backoff. */
export function retryDelayMs(attempt: number, opts: Required<RetryOptions>): number {
  const base = opts.retryDelaySeconds * 1000;
  return opts.retryBackoff ? base * 2 ** Math.min(attempt - 1, 16) : base;
}

export function createLocalQueue(opts: LocalQueueOptions = {}): JobQueue {
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const retry: Required<RetryOptions> = {
    retryLimit: opts.retryLimit ?? 3,
    retryDelaySeconds: opts.retryDelaySeconds ?? 30,
    retryBackoff: opts.retryBackoff ?? true,
  };
  const pending = new Map<string, Pending>();
  const running = new Map<string, Promise<void>>();
  let handler: PollHandler | undefined;
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const run = (feedId: string, job: Pending, h: PollHandler) => {
    const done = h(feedId)
      .catch((err: unknown) => {
        const attempt = job.attempt + 1;
        const willRetry = attempt <= retry.retryLimit && !stopping;
        opts.logger?.warn({ feedId, attempt, willRetry, err: errorMessage(err) }, 'feed poll failed');
        // A poll scheduled meanwhile already covers the retry.
        if (willRetry && !pending.has(feedId)) pending.set(feedId, { runAt: Date.now() + retryDelayMs(attempt, retry), attempt });
      })
      .finally(() => {
        running.delete(feedId);
        dispatch();
      });
    running.set(feedId, done);
  };

  const dispatch = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const h = handler;
    if (!started || stopping || !h) return;
    const now = Date.now();
    const due = [...pending.entries()]
      .filter(([id, p]) => p.runAt <= now && !running.has(id))
      .sort((a, b) => a[1].runAt - b[1].runAt);
    for (const [feedId, job] of due) {
      if (running.size >= concurrency) break;
      pending.delete(feedId);
      run(feedId, job, h);
    }
    const next = Math.min(...[...pending.entries()].filter(([id]) => !running.has(id)).map(([, p]) => p.runAt));
    if (Number.isFinite(next)) {
      timer = setTimeout(dispatch, Math.max(0, next - Date.now()));
    }
  };

  return {
    kind: 'local',
    async start() {
      started = true;
      stopping = false;
      dispatch();
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await Promise.all(running.values());
      started = false;
    },
    async schedulePoll(feedId, runAt) {
      if (pending.has(feedId)) return false;
      pending.set(feedId, { runAt: runAt?.getTime() ?? Date.now(), attempt: 0 });
      dispatch();
      return true;
    },
    async work(h) {
      if (handler) throw new Error('queue already has a handler');
      handler = h;
      dispatch();
    },
  };
}
