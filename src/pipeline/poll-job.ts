// Polling through a job queue (pg-boss on PostgreSQL): each tick queues the due feeds, and whichever worker takes
// a feed's job polls it and sends what its outbox holds. pg-boss keeps one pending job per feed, so several workers
// ticking at once queue each feed once.
import type { JobQueue } from './queue/types.js';
import { drainOutbox, isDue, startCycle } from './cycle.js';
import { pollFeed } from './poll-feed.js';
import type { PipelineDeps } from './deps.js';

export async function enqueueDueFeeds(deps: PipelineDeps, queue: JobQueue): Promise<number> {
  const now = deps.clock.now();
  let queued = 0;
  for (const feed of await deps.store.listFeeds()) {
    if (isDue(feed, now) && (await queue.schedulePoll(feed.id))) queued++;
  }
  return queued;
}

/** The job handler: polls one feed. Feed failures are recorded by pollFeed; only store errors reject (and retry). */
export async function pollOneFeed(deps: PipelineDeps, feedId: string): Promise<void> {
  const feed = await deps.store.getFeed(feedId);
  if (!feed) return; // removed since it was queued
  if (!isDue(feed, deps.clock.now())) return; // another worker polled it meanwhile
  const result = await pollFeed(feed, deps, await startCycle(deps));
  await drainOutbox(deps);
  deps.logger.info({ feed: feedId, status: result.status, newItems: result.newItems, alerts: result.alerts }, 'feed job done');
}
