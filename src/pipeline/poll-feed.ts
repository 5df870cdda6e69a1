// Polls one feed: conditional fetch → parse → new items → article → analysis → store + outbox in one transaction.
// A broken feed is marked and retried with backoff; it never throws out of here.
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import type { FeedItem } from '../feeds/types.js';
import type { FeedRecord, ItemOutcome, DeliveryInput, Subscription } from '../store/types.js';
import { fetchFeed } from '../feeds/fetch.js';
import { parseFeed } from '../feeds/parse.js';
import { nextAttemptDelayMs } from '../feeds/backoff.js';
import { AppError, errorMessage } from '../shared/errors.js';
import { contentHash, findNearDuplicate, simhash } from '../articles/near-duplicate.js';
import { analyzeArticle } from './analyze.js';
import { itemToArticle } from './feed-item.js';
import { alertLines, alertMessage, alertChange, linesForTarget, passes, targetsFor } from './alerts.js';
import type { Knowledge, KnownClaim } from './knowledge.js';
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

/** Recent articles' simhashes, shared across the feeds of one cycle so copies in two feeds are caught. */
export interface CycleState {
  knowledge: Knowledge;
  simhashes: { articleId: number; reportId: number; simhash: string }[];
  subscriptions: Subscription[];
  cycleId: string;
}

const HOUR = 3_600_000;

export function deliveryKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

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

type ItemFate = 'alerted' | 'held' | 'quiet';

async function processItem(
  item: FeedItem,
  feed: FeedRecord,
  feedTitle: string | undefined,
  deps: PipelineDeps,
  cycle: CycleState,
  limitFullText: <T>(fn: () => Promise<T>) => Promise<T>,
  overCap: boolean,
): Promise<ItemFate> {
  const at = () => deps.clock.now().toISOString();
  // The same article reached through another feed (an aggregator and the outlet itself) is one article.
  if (item.link && (await deps.store.findArticleByUrl(item.link))) {
    await deps.store.markItemsSeen(feed.id, [{ key: item.key, outcome: 'syndicated' }], at());
    return 'quiet';
  }
  const article = await itemToArticle(item, feed, feedTitle, deps, limitFullText);
  const analysis = analyzeArticle(article, { pack: deps.pack, baseline: deps.baseline, known: cycle.knowledge.all() });
  const body = `${article.title}\n\n${article.text}`;
  const hash = simhash(article.text || article.title);
  const copyOf = analysis.relevant ? findNearDuplicate(hash, cycle.simhashes) : undefined;
  const record = {
    feedId: feed.id,
    itemKey: item.key,
    ...(article.url ? { url: article.url } : {}),
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    published: article.published,
    language: analysis.language,
    relevant: analysis.relevant,
    contentHash: contentHash(body),
    simhash: hash,
    ...(copyOf ? { reportOf: copyOf.reportId } : {}),
  };
  if (!analysis.relevant) {
    await deps.store.markItemsSeen(feed.id, [{ key: item.key, outcome: 'irrelevant' }], at());
    return 'quiet';
  }

  const ownReport = copyOf ? `report:${copyOf.reportId}` : `item:${feed.id}:${item.key}`;
  const lines = alertLines(analysis.claims, (c) => cycle.knowledge.corroboration(c, ownReport));
  const worthy = analysis.claims.some((c) => passes(alertChange(c), 'new'));
  const deliveries: DeliveryInput[] = [];
  let fate: ItemFate = 'quiet';
  if (!copyOf && worthy) {
    if (overCap) fate = 'held';
    else {
      const message = alertMessage({ ...article, language: analysis.language }, []);
      for (const target of targetsFor(deps.alertTargets, deps.alertMinChange, cycle.subscriptions)) {
        const changes = linesForTarget(lines, target);
        if (!changes.length) continue;
        deliveries.push({
          idempotencyKey: deliveryKey('alert', feed.id, item.key, target.targetId),
          targetId: target.targetId,
          payload: JSON.stringify({ ...message, changes }),
        });
      }
      if (deliveries.length) fate = 'alerted';
    }
  }
  const saved = await deps.store.saveAnalysis({
    article: record,
    claims: analysis.claims.map((c) => ({ ...c, novelty: alertChange(c) })),
    deliveries,
    outcome: copyOf ? 'syndicated' : 'analyzed',
    at: at(),
  });
  cycle.simhashes.push({ articleId: saved.articleId, reportId: saved.reportId, simhash: hash });
  const learned: KnownClaim[] = analysis.claims.map((c) => ({
    ...c,
    docId: `article:${saved.articleId}`,
    published: article.published,
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.url ? { url: article.url } : {}),
    reportKey: `report:${saved.reportId}`,
  }));
  cycle.knowledge.add(learned);
  deps.logger.info(
    { feed: feed.id, title: article.title, claims: analysis.claims.length, deliveries: deliveries.length, syndicated: Boolean(copyOf) },
    'article analysed',
  );
  return fate;
}
