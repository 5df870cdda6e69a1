// The digest: the period's changes grouped by kind, with corroboration and a chart of figures over time,
// queued for every digest target (configured ones and channels subscribed with `subscribe digest`).
import type { DigestMessage } from '../notify/types.js';
import { buildDigest } from '../notify/digest.js';
import { renderFigureChart } from '../notify/chart.js';
import { errorMessage } from '../shared/errors.js';
import { deliveryKey } from './cycle-state.js';
import { drainOutbox } from './cycle.js';
import type { PipelineDeps } from './deps.js';

export const LAST_DIGEST_META = 'digest:last';

export interface DigestRun {
  message: DigestMessage;
  queued: number;
  delivered: { sent: number; retried: number; dead: number };
}

/**
 * Builds the digest of [since, now) and queues it. `key` makes a scheduled run idempotent (the scheduled
 * time): run twice for the same slot, e.g. after a restart, it is queued once.
 */
export async function runDigest(deps: PipelineDeps, opts: { since?: string; key?: string } = {}): Promise<DigestRun> {
  const until = deps.clock.now().toISOString();
  const since =
    opts.since ?? (await deps.store.getMeta(LAST_DIGEST_META)) ?? new Date(Date.parse(until) - 86_400_000).toISOString();
  // buildDigest makes lines of the claims stored in the period and counts corroboration over all of them.
  const claims = await deps.store.listClaims();
  const message = buildDigest(claims, since, until);
  if (deps.digestChart) {
    try {
      // The chart shows the history of figures, not just the period: a single day's points say little.
      const history = await deps.store.listClaims({ kind: 'troops_deployed' });
      if (history.length) message.chartPng = renderFigureChart(history);
    } catch (err) {
      deps.logger.warn({ err: errorMessage(err) }, 'digest chart failed; sending the digest without it');
    }
  }
  const subs = await deps.store.listSubscriptions('digest');
  const targets = [...new Set([...deps.digestTargets, ...subs.map((s) => s.targetId)])];
  const slot = opts.key ?? until;
  const payload = JSON.stringify(message, (_k, v: unknown) =>
    v instanceof Uint8Array ? { base64: Buffer.from(v).toString('base64') } : v,
  );
  const queued = await deps.store.enqueueDeliveries(
    targets.map((targetId) => ({ idempotencyKey: deliveryKey('digest', slot, targetId), targetId, payload })),
    until,
  );
  await deps.store.setMeta(LAST_DIGEST_META, until);
  const delivered = await drainOutbox(deps);
  return { message, queued, delivered };
}
