// State shared by the feeds polled in one cycle, and the delivery idempotency key.
import { createHash } from 'node:crypto';
import type { Subscription } from '../store/types.js';
import type { Knowledge } from './knowledge.js';

/** Recent articles' simhashes, shared across the feeds of one cycle so copies in two feeds are caught. */
export interface CycleState {
  knowledge: Knowledge;
  simhashes: { articleId: number; reportId: number; simhash: string }[];
  subscriptions: Subscription[];
  cycleId: string;
  /**
   * Serialises analysis and saving across the feeds polled in parallel: an article must see the claims and
   * simhashes of the ones saved before it, or a story and its copy in two feeds would both alert.
   */
  serial: <T>(fn: () => Promise<T>) => Promise<T>;
}

/** A delivery's idempotency key: the same parts always give the same key, so a message is queued once. */
export function deliveryKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
