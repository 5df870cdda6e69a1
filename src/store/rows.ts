// Row ↔ record mapping shared by both dialects. Columns are snake_case in both; the dialects differ only in
// how values come back (SQLite: 0/1, TEXT times, JSON as TEXT; PostgreSQL: booleans, Date, parsed jsonb),
// so the readers below accept either form and the records out of both stores are identical.
import type { ChangeKind, ComparedClaim } from '../claims/model.js';
import { AppError } from '../shared/errors.js';
import type { ArticleRecord, Delivery, DeliveryStatus, FeedOrigin, FeedRecord, StoredClaim, Subscription, Target } from './types.js';

export type Row = Record<string, unknown>;

/** A time as the canonical ISO 8601 UTC string (`toISOString`), so that text comparison orders times in SQLite. */
export function iso(t: string | Date): string {
  const d = t instanceof Date ? t : new Date(t);
  if (Number.isNaN(d.getTime())) throw new AppError('store', `not a valid time: ${String(t)}`);
  return d.toISOString();
}

/** The day part of a time or date, for comparing with article `published` (YYYY-MM-DD or longer). */
export function day(t: string): string {
  return t.length > 10 ? iso(t).slice(0, 10) : t;
}

function str(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}

function time(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  return v instanceof Date ? v.toISOString() : String(v);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function bool(v: unknown): boolean {
  return v === true || v === 1 || v === '1';
}

export function json<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Drops undefined-valued keys so optional fields are absent, not `undefined` (deepEqual-friendly). */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function feedFromRow(r: Row): FeedRecord {
  return compact({
    id: String(r.id),
    url: String(r.url),
    name: str(r.name),
    language: str(r.language),
    intervalMinutes: num(r.interval_minutes),
    fetchFullText: bool(r.fetch_full_text),
    origin: String(r.origin) as FeedOrigin,
    etag: str(r.etag),
    lastModified: str(r.last_modified),
    lastFetchAt: time(r.last_fetch_at),
    lastSuccessAt: time(r.last_success_at),
    failures: num(r.failures),
    nextAttemptAt: time(r.next_attempt_at),
    lastError: str(r.last_error),
  });
}

export function articleFromRow(r: Row): ArticleRecord {
  return compact({
    id: num(r.id),
    reportId: num(r.report_id),
    feedId: str(r.feed_id),
    itemKey: str(r.item_key),
    url: str(r.url),
    title: String(r.title),
    outlet: str(r.outlet),
    published: String(r.published),
    language: String(r.language),
    relevant: bool(r.relevant),
    contentHash: String(r.content_hash),
    simhash: String(r.simhash),
    createdAt: time(r.created_at) ?? '',
  });
}

/** The claim as stored in the `details` JSON column: everything but the row's own bookkeeping. */
export function claimDetails(c: ComparedClaim & { novelty: ChangeKind }): string {
  const { novelty: _novelty, ...rest } = c;
  return JSON.stringify(rest);
}

/** Expects the claim columns plus the joined article columns `a_url`, `a_outlet`, `a_title`, `a_published`. */
export function claimFromRow(r: Row): StoredClaim {
  const details = json<ComparedClaim>(r.details);
  return compact({
    ...details,
    comparedWith: details.comparedWith ?? [],
    id: num(r.id),
    articleId: num(r.article_id),
    reportId: num(r.report_id),
    published: String(r.a_published),
    novelty: String(r.novelty) as ChangeKind,
    createdAt: time(r.created_at) ?? '',
    url: str(r.a_url),
    outlet: str(r.a_outlet),
    title: str(r.a_title),
  });
}

export function deliveryFromRow(r: Row): Delivery {
  return compact({
    id: num(r.id),
    idempotencyKey: String(r.idempotency_key),
    targetId: String(r.target_id),
    payload: String(r.payload),
    status: String(r.status) as DeliveryStatus,
    attempts: num(r.attempts),
    nextAttemptAt: time(r.next_attempt_at) ?? '',
    lastError: str(r.last_error),
    createdAt: time(r.created_at) ?? '',
    sentAt: time(r.sent_at),
  });
}

export function subscriptionFromRow(r: Row): Subscription {
  return compact({
    targetId: String(r.target_id),
    mode: String(r.mode) as Subscription['mode'],
    kinds: json<string[]>(r.kinds),
    minChange: String(r.min_change) as Subscription['minChange'],
    createdAt: time(r.created_at),
  });
}

export function targetFromRow(r: Row): Target {
  return compact({ id: String(r.id), enabled: bool(r.enabled), disabledReason: str(r.disabled_reason) });
}

/** How long a delivery returned by `dueDeliveries` stays claimed by that caller before it is due again. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

export function leaseEnd(now: string, leaseMs: number): string {
  return new Date(new Date(now).getTime() + leaseMs).toISOString();
}
