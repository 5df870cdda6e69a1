// The outbox dispatcher: sends due deliveries through the sender whose prefix matches the target, and records
// what happened. Retries live here, not in the platform clients: a retryable failure is rescheduled (the later of
// the platform's advice and exponential backoff), a permanent one kills the delivery and disables the target.
import type { Clock } from '../shared/clock.js';
import { errorMessage } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Delivery, Store } from '../store/types.js';
import { parseOutMessage } from './codec.js';
import type { OutMessage, SendResult, Sender } from './types.js';

export type OutboxStore = Pick<Store, 'dueDeliveries' | 'markDeliverySent' | 'markDeliveryRetry' | 'markDeliveryDead' | 'disableTarget'>;

export interface DispatchDeps {
  store: OutboxStore;
  senders: Sender[];
  clock: Clock;
  logger: Logger;
  /** Attempts before a delivery is given up (default 8: about 2 hours of backoff). */
  maxAttempts?: number;
  /** Deliveries taken per call (default 50). */
  batch?: number;
  /** First backoff step (default 30 s), doubled per attempt up to `maxBackoffMs` (default 1 h). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  dead: number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** Backoff before attempt `attempts + 1`, doubling from `base`. */
export function backoffMs(attempts: number, base = 30_000, max = 3_600_000): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts));
}

/** The sender with the longest prefix matching the target, so `discord-webhook:alerts` beats `discord-webhook:`. */
export function senderFor(senders: readonly Sender[], targetId: string): Sender | undefined {
  let best: Sender | undefined;
  for (const s of senders) {
    if (targetId.startsWith(s.prefix) && (!best || s.prefix.length > best.prefix.length)) best = s;
  }
  return best;
}

async function attempt(sender: Sender, d: Delivery, message: OutMessage): Promise<SendResult> {
  try {
    return await sender.send(d.targetId, message, d.idempotencyKey);
  } catch (err) {
    // Senders report failures as results; a throw is a bug or an unexpected client error: retry it.
    return { ok: false, retryAfterMs: 0, error: `sender threw: ${errorMessage(err)}` };
  }
}

export async function dispatchDue(deps: DispatchDeps): Promise<DispatchResult> {
  const { store, senders, clock, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const result: DispatchResult = { sent: 0, retried: 0, dead: 0 };
  const due = await store.dueDeliveries(clock.now().toISOString(), deps.batch ?? 50);
  // Targets disabled during this batch: their remaining deliveries are left pending (the store skips them later).
  const disabled = new Set<string>();

  for (const d of due) {
    if (disabled.has(d.targetId)) continue;
    const log = logger.child({ deliveryId: d.id, targetId: d.targetId, attempt: d.attempts + 1 });

    let message: OutMessage;
    try {
      message = parseOutMessage(d.payload);
    } catch (err) {
      await store.markDeliveryDead(d.id, errorMessage(err));
      log.error({ err: errorMessage(err) }, 'delivery payload is not a valid message; dropped');
      result.dead++;
      continue;
    }

    const sender = senderFor(senders, d.targetId);
    const r: SendResult = sender
      ? await attempt(sender, d, message)
      : // Not configured right now (e.g. no Slack token): keep the message, it may be configured later.
        { ok: false, retryAfterMs: 0, error: `no sender configured for target ${d.targetId}` };

    const now = clock.now();
    if (r.ok) {
      await store.markDeliverySent(d.id, now.toISOString());
      log.info('delivered');
      result.sent++;
      continue;
    }
    if ('permanent' in r) {
      await store.markDeliveryDead(d.id, r.error);
      result.dead++;
      if (r.scope === 'message') {
        log.error({ error: r.error }, 'platform rejected the message; dropped, target kept');
      } else {
        await store.disableTarget(d.targetId, r.error);
        disabled.add(d.targetId);
        log.error({ error: r.error }, 'target is gone or forbidden; delivery dropped and target disabled');
      }
      continue;
    }
    if (d.attempts + 1 >= maxAttempts) {
      await store.markDeliveryDead(d.id, `gave up after ${d.attempts + 1} attempts: ${r.error}`);
      log.error({ error: r.error }, 'delivery failed too often; dropped');
      result.dead++;
      continue;
    }
    const delay = Math.max(r.retryAfterMs, backoffMs(d.attempts, deps.baseBackoffMs, deps.maxBackoffMs));
    const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
    await store.markDeliveryRetry(d.id, { error: r.error, nextAttemptAt });
    log.warn({ error: r.error, nextAttemptAt }, 'delivery failed; will retry');
    result.retried++;
  }
  return result;
}
