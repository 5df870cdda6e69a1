// Polls one feed: conditional fetch → parse → new items → article → analysis → store + outbox in one transaction.
// A broken feed is marked and retried with backoff; it never throws out of here.
import pLimit from 'p-limit';
import type { FeedItem } from '../feeds/types.js';
import type { FeedRecord, ItemOutcome } from '../store/types.js';
import { fetchFeed } from '../feeds/fetch.js';
import { parseFeed } from '../feeds/parse.js';
import { nextAttemptDelayMs } from '../feeds/backoff.js';
import { AppError, errorMessage } from '../shared/errors.js';
import { targetsFor } from './alerts.js';
import { processItem } from './process-item.js';
import { deliveryKey, type CycleState } from './cycle-state.js';
import type { PipelineDeps } from './deps.js';
import type { OverflowMessage } from '../notify/types.js';

export interface FeedPollResult {
  feedId: string;
  status: 'ok' | 'not-modified' | 'failed';
  error?: string;
  items: number;
  newItems: number;
  alerts: number;
  overflow: number;
}

const HOUR = 3_600_000;


async function recordFailure(feed: FeedRecord, err: unknown, deps: PipelineDeps): Promise<string> {
  const now = deps.clock.now();
  const message = errorMessage(err);
  const retryAfterMs = err instanceof AppError ? err.details.retryAfterMs : undefined;
  const delay = nextAttemptDelayMs(feed.failures + 1, {
    baseMs: deps.settings.backoffBaseMinutes * 60_000,
    maxMs: deps.settings.backoffMaxMinutes * 60_000,
    intervalMs: feed.intervalMinutes * 60_000,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
  const rec = await deps.store.recordFetchFailure(feed.id, {
    at: now.toISOString(),
    error: message,
    nextAttemptAt: new Date(now.getTime() + delay).toISOString(),
  });
  deps.logger.warn(
    { feed: feed.id, url: feed.url, err: message, failures: rec.failures, retryInMinutes: Math.round(delay / 60_000) },
    'feed failed; will retry',
  );
  return message;
}

export async function pollFeed(feed: FeedRecord, deps: PipelineDeps, cycle: CycleState): Promise<FeedPollResult> {
  const result: FeedPollResult = { feedId: feed.id, status: 'ok', items: 0, newItems: 0, alerts: 0, overflow: 0 };
  const startedAt = deps.clock.now();
  let items: FeedItem[];
  let feedTitle: string | undefined;
  let validators: { etag?: string; lastModified?: string } = {};
  try {
    const fetched = await fetchFeed(deps.http, {
      url: feed.url,
      ...(feed.etag ? { etag: feed.etag } : {}),
      ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
    });
    if (fetched.status === 'not-modified') {
      await deps.store.recordFetchSuccess(feed.id, {
        at: startedAt.toISOString(),
        ...(fetched.etag ?? feed.etag ? { etag: fetched.etag ?? feed.etag } : {}),
        ...(fetched.lastModified ?? feed.lastModified ? { lastModified: fetched.lastModified ?? feed.lastModified } : {}),
        nextAttemptAt: new Date(startedAt.getTime() + feed.intervalMinutes * 60_000).toISOString(),
      });
      return { ...result, status: 'not-modified' };
    }
    const parsed = await parseFeed(fetched.body, {
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
      baseUrl: fetched.finalUrl,
    });
    items = parsed.items;
    feedTitle = parsed.title;
    validators = {
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
    };
  } catch (err) {
    return { ...result, status: 'failed', error: await recordFailure(feed, err, deps) };
  }

  result.items = items.length;
  const unseen = new Set(await deps.store.unseenItemKeys(feed.id, items.map((i) => i.key)));
  // Oldest first, so alerts arrive in the order things happened.
  const fresh = items
    .filter((i) => unseen.has(i.key))
    .sort((a, b) => (Date.parse(a.published ?? '') || 0) - (Date.parse(b.published ?? '') || 0));
  result.newItems = fresh.length;

  const firstPoll = !feed.lastSuccessAt;
  const cutoff = startedAt.getTime() - deps.settings.maxItemAgeHours * HOUR;
  const tooOld = fresh.filter((i) => {
    const t = Date.parse(i.published ?? '');
    // An undated item on a feed seen for the first time is history, not news.
    return Number.isNaN(t) ? firstPoll : t < cutoff;
  });
  if (tooOld.length) {
    await deps.store.markItemsSeen(feed.id, tooOld.map((i) => ({ key: i.key, outcome: 'too-old' as ItemOutcome })), startedAt.toISOString());
  }

  const limitFullText = pLimit(deps.settings.fullTextConcurrency);
  const overflow: OverflowMessage['items'] = [];
  for (const item of fresh.filter((i) => !tooOld.includes(i))) {
    try {
      const posted = await processItem(item, feed, feedTitle, deps, cycle, limitFullText, result.alerts >= deps.settings.maxAlertsPerFeedPerCycle);
      if (posted === 'alerted') result.alerts++;
      if (posted === 'held') overflow.push({ title: item.title, ...(item.link ? { url: item.link } : {}) });
    } catch (err) {
      // One bad item must not stop the feed; it is recorded so it is not retried forever.
      deps.logger.error({ feed: feed.id, item: item.key, err: errorMessage(err) }, 'item failed');
      await deps.store.markItemsSeen(feed.id, [{ key: item.key, outcome: 'failed' }], deps.clock.now().toISOString());
    }
  }
  if (overflow.length) {
    result.overflow = overflow.length;
    await enqueueOverflow(feed, overflow, deps, cycle);
  }
  await deps.store.recordFetchSuccess(feed.id, {
    at: startedAt.toISOString(),
    ...validators,
    nextAttemptAt: new Date(startedAt.getTime() + feed.intervalMinutes * 60_000).toISOString(),
  });
  return result;
}

async function enqueueOverflow(feed: FeedRecord, items: OverflowMessage['items'], deps: PipelineDeps, cycle: CycleState) {
  const message: OverflowMessage = { type: 'overflow', feed: feed.name ?? feed.id, count: items.length, items };
  const targets = targetsFor(deps.alertTargets, deps.alertMinChange, cycle.subscriptions);
  await deps.store.enqueueDeliveries(
    targets.map((t) => ({
      idempotencyKey: deliveryKey('overflow', feed.id, cycle.cycleId, t.targetId),
      targetId: t.targetId,
      payload: JSON.stringify(message),
    })),
    deps.clock.now().toISOString(),
  );
}

