// One poll cycle: every due feed (bounded concurrency), then the outbox. Used by `poll --once`, the scheduler
// and the demo. Feeds are independent; one failing feed is recorded and the others go on.
import pLimit from 'p-limit';
import type { FeedRecord } from '../store/types.js';
import { dispatchDue } from '../notify/outbox.js';
import { Knowledge } from './knowledge.js';
import { pollFeed, type FeedPollResult } from './poll-feed.js';
import type { CycleState } from './cycle-state.js';
import type { PipelineDeps } from './deps.js';

export interface CycleReport {
  feeds: FeedPollResult[];
  delivered: { sent: number; retried: number; dead: number };
}

const SYNDICATION_WINDOW_DAYS = 14;

export function isDue(feed: FeedRecord, now: Date): boolean {
  return !feed.nextAttemptAt || Date.parse(feed.nextAttemptAt) <= now.getTime();
}

export async function startCycle(deps: PipelineDeps): Promise<CycleState> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - SYNDICATION_WINDOW_DAYS * 86_400_000).toISOString();
  return {
    knowledge: await Knowledge.load(deps.store, deps.baseline),
    simhashes: await deps.store.recentSimhashes(since),
    subscriptions: await deps.store.listSubscriptions('alerts'),
    cycleId: now.toISOString(),
    serial: pLimit(1),
  };
}

/** Sends what the outbox holds that is due, in batches, until nothing due is left. */
export async function drainOutbox(deps: PipelineDeps): Promise<CycleReport['delivered']> {
  const total = { sent: 0, retried: 0, dead: 0 };
  for (let round = 0; round < 100; round++) {
    const r = await dispatchDue({
      store: deps.store,
      senders: deps.senders,
      clock: deps.clock,
      logger: deps.logger,
      ...(deps.outboxMaxAttempts ? { maxAttempts: deps.outboxMaxAttempts } : {}),
    });
    total.sent += r.sent;
    total.retried += r.retried;
    total.dead += r.dead;
    // Retried deliveries are due later; only loop while this round made progress on due ones.
    if (r.sent + r.dead === 0) break;
  }
  return total;
}

export async function runPollCycle(deps: PipelineDeps, opts: { force?: boolean; feedIds?: string[] } = {}): Promise<CycleReport> {
  const now = deps.clock.now();
  const feeds = (await deps.store.listFeeds()).filter(
    (f) => (opts.feedIds ? opts.feedIds.includes(f.id) : true) && (opts.force || isDue(f, now)),
  );
  const cycle = await startCycle(deps);
  const limit = pLimit(deps.settings.concurrency);
  const results = await Promise.all(feeds.map((f) => limit(() => pollFeed(f, deps, cycle))));
  const delivered = await drainOutbox(deps);
  deps.logger.info(
    {
      feeds: results.length,
      failed: results.filter((r) => r.status === 'failed').length,
      newItems: results.reduce((n, r) => n + r.newItems, 0),
      alerts: results.reduce((n, r) => n + r.alerts, 0),
      ...delivered,
    },
    'poll cycle done',
  );
  return { feeds: results, delivered };
}
