// The store port. SQLite (embedded default) and PostgreSQL implement it and pass the same contract suite.
// Every method is async so that both implementations fit; all times are ISO 8601 strings (UTC).
import type { ChangeKind, ComparedClaim } from '../claims/model.js';
import type { FeedSpec } from '../feeds/types.js';

export type FeedOrigin = 'config' | 'chat' | 'cli';

export interface FeedRecord extends FeedSpec {
  origin: FeedOrigin;
  etag?: string;
  lastModified?: string;
  lastFetchAt?: string;
  lastSuccessAt?: string;
  /** Consecutive failures; 0 when the last fetch worked. */
  failures: number;
  /** Not polled before this time (interval or backoff). */
  nextAttemptAt?: string;
  lastError?: string;
}

/** What happened to one feed item; every item seen is recorded once, whatever became of it. */
export type ItemOutcome = 'too-old' | 'irrelevant' | 'analyzed' | 'syndicated' | 'failed';

export interface ArticleRecordInput {
  feedId?: string;
  itemKey?: string;
  url?: string;
  title: string;
  outlet?: string;
  published: string;
  language: string;
  relevant: boolean;
  contentHash: string;
  /** 64-bit simhash of the body as 16 hex digits, for near-duplicate (syndication) detection. */
  simhash: string;
  /** The report (first article of a syndicated story) this article is a copy of; its own id when original. */
  reportOf?: number;
}

export interface ArticleRecord extends Omit<ArticleRecordInput, 'reportOf'> {
  id: number;
  /** Id of the first article of the same story (itself when original). */
  reportId: number;
  createdAt: string;
}

/** A claim as stored: the compared claim plus where it came from and what it meant for alerting. */
export interface StoredClaim extends ComparedClaim {
  id: number;
  articleId: number;
  reportId: number;
  published: string;
  /** Change against everything known when it arrived (baseline + learned): decides alerting. */
  novelty: ChangeKind;
  createdAt: string;
  url?: string;
  outlet?: string;
  title?: string;
}

export interface DeliveryInput {
  /** Unique per message and target: the same key is never enqueued or sent twice. */
  idempotencyKey: string;
  targetId: string;
  /** The neutral message (notify/types.ts OutMessage) as JSON. */
  payload: string;
}

export type DeliveryStatus = 'pending' | 'sent' | 'dead';

export interface Delivery extends DeliveryInput {
  id: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  createdAt: string;
  sentAt?: string;
}

export interface Subscription {
  /** e.g. `discord:<channelId>`, `slack:<channelId>`, `discord-webhook:default`. */
  targetId: string;
  mode: 'alerts' | 'digest';
  /** Empty: every kind. */
  kinds: string[];
  /** Lowest change that is posted: new < updates < contradicts (confirmations are digest-only). */
  minChange: 'new' | 'updates' | 'contradicts';
  createdAt?: string;
}

export interface Target {
  id: string;
  enabled: boolean;
  disabledReason?: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;

  // feeds
  upsertFeed(feed: FeedSpec & { origin: FeedOrigin }): Promise<void>;
  removeFeed(id: string): Promise<boolean>;
  getFeed(id: string): Promise<FeedRecord | undefined>;
  listFeeds(): Promise<FeedRecord[]>;
  /** Resets `failures`; keeps the stored etag/lastModified when none are given (a 304). Unknown id: rejects. */
  recordFetchSuccess(id: string, r: { at: string; etag?: string; lastModified?: string; nextAttemptAt: string }): Promise<void>;
  /** Increments `failures` (atomically), stores the error and when to try again; returns the updated record. Unknown id: rejects. */
  recordFetchFailure(id: string, r: { at: string; error: string; nextAttemptAt: string }): Promise<FeedRecord>;

  // items
  /** Keys of the given items not yet recorded for this feed, in input order. */
  unseenItemKeys(feedId: string, keys: string[]): Promise<string[]>;
  /** Records items without an article (too old, irrelevant, failed). Idempotent. */
  markItemsSeen(feedId: string, items: { key: string; outcome: ItemOutcome }[], at: string): Promise<void>;

  // articles, claims and the outbox: written together
  /**
   * In one transaction: the article, its claims, the feed item as seen (when feedId/itemKey are set) and
   * the deliveries (ignoring any whose idempotency key exists). Returns the new article's id and report id.
   */
  saveAnalysis(input: {
    article: ArticleRecordInput;
    claims: (ComparedClaim & { novelty: ChangeKind })[];
    deliveries: DeliveryInput[];
    outcome: ItemOutcome;
    at: string;
  }): Promise<{ articleId: number; reportId: number }>;
  getArticle(id: number): Promise<ArticleRecord | undefined>;
  findArticleByUrl(url: string): Promise<ArticleRecord | undefined>;
  /** Articles of a report (the original first). */
  reportArticles(reportId: number): Promise<ArticleRecord[]>;
  /** Simhashes of articles created since a time, for near-duplicate detection. */
  recentSimhashes(since: string): Promise<{ articleId: number; reportId: number; simhash: string }[]>;
  /** Claims, newest article first; filters are optional. `since` compares with the article's publication day;
   * `recordedSince` with the time the claim was stored (what the bot learned since: digests, `changes`). */
  listClaims(filter?: { kind?: string; since?: string; recordedSince?: string; limit?: number }): Promise<StoredClaim[]>;

  // outbox
  enqueueDeliveries(deliveries: DeliveryInput[], at: string): Promise<number>;
  /**
   * Pending deliveries due at `now`, oldest first, of enabled targets only. The rows returned are leased to the
   * caller (5 minutes by default): no other caller gets them until they are marked or the lease ends, so several
   * senders (processes) never send the same delivery.
   */
  dueDeliveries(now: string, limit: number): Promise<Delivery[]>;
  /** Each mark* ends one attempt: `attempts` is incremented and the lease released. */
  markDeliverySent(id: number, at: string): Promise<void>;
  markDeliveryRetry(id: number, r: { error: string; nextAttemptAt: string }): Promise<void>;
  markDeliveryDead(id: number, error: string): Promise<void>;
  listDeliveries(filter?: { status?: DeliveryStatus; targetId?: string }): Promise<Delivery[]>;

  // targets and subscriptions
  getTarget(id: string): Promise<Target | undefined>;
  disableTarget(id: string, reason: string): Promise<void>;
  enableTarget(id: string): Promise<void>;
  upsertSubscription(s: Subscription): Promise<void>;
  removeSubscription(targetId: string, mode?: Subscription['mode']): Promise<number>;
  listSubscriptions(mode?: Subscription['mode']): Promise<Subscription[]>;

  // small key/value state: baseline cache, last digest time
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}
