// The job queue that spreads feed polls over workers: in-process (SQLite, one process) or pg-boss (PostgreSQL,
// several processes sharing the work). Both keep at most one pending poll per feed and never run two polls of the
// same feed at once.

/** Polls one feed; a rejection counts as a failed attempt and is retried with backoff. */
export type PollHandler = (feedId: string) => Promise<void>;

export interface JobQueue {
  readonly kind: 'local' | 'pg-boss';
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
  /** Queues a poll of the feed at `runAt` (default now). Returns false when a poll of it is already pending. */
  schedulePoll(feedId: string, runAt?: Date): Promise<boolean>;
  /** Registers the handler and starts working (call once, after start()). */
  work(handler: PollHandler): Promise<void>;
}

export interface RetryOptions {
  /** Further attempts after a failure (default 3). */
  retryLimit?: number;
  /** Delay before the first retry, in seconds (default 30); doubled each time when backoff is on. */
  retryDelaySeconds?: number;
  /** Exponential backoff (default true). */
  retryBackoff?: boolean;
}
