// The neutral message model: what the pipeline and chat commands say, before any platform renders it.
// Renderers (discord/, slack/, console/) turn it into payloads within each platform's limits.
import type { ChangeKind, ClaimKind, ClaimStatus, Direction, Qualifier } from '../claims/model.js';

/** One changed fact: `kind: old → new (source, evidence)`. */
export interface ChangeLine {
  kind: ClaimKind;
  change: ChangeKind;
  direction?: Direction;
  /** The new value, formatted for people (e.g. "about 12,000", "KN-23", "signed (2024-06)"). */
  value: string;
  qualifier?: Qualifier;
  /** The earlier value it differs from or confirms, formatted; absent for `new`. */
  previous?: string;
  /** Where the earlier value came from (outlet or document title, and date). */
  previousFrom?: string;
  source?: string;
  status: ClaimStatus;
  evidence: string;
  /** Independent reports that carry this claim, this one included. */
  corroboration: number;
}

export interface AlertMessage {
  type: 'alert';
  title: string;
  url?: string;
  outlet?: string;
  published: string;
  language: string;
  changes: ChangeLine[];
  /** Other outlets that republished the same story. */
  alsoAt?: { outlet?: string; url: string }[];
}

/** When a cycle finds more alerts for one feed than the per-cycle cap: one message for the rest. */
export interface OverflowMessage {
  type: 'overflow';
  feed: string;
  count: number;
  items: { title: string; url?: string }[];
}

export interface DigestMessage {
  type: 'digest';
  since: string;
  until: string;
  groups: { kind: ClaimKind; lines: ChangeLine[] }[];
  /** PNG chart of figures over time, when one was rendered. */
  chartPng?: Uint8Array;
}

/** A plain answer to a chat command: title, fields and text blocks. */
export interface TextMessage {
  type: 'text';
  title?: string;
  lines: string[];
  /** Shown only to the user who asked (chat errors). */
  ephemeral?: boolean;
}

export type OutMessage = AlertMessage | OverflowMessage | DigestMessage | TextMessage;

export type SendResult =
  | { ok: true }
  /** Retry after the advised delay (429, 5xx, network). */
  | { ok: false; retryAfterMs: number; error: string }
  /**
   * The target is gone or forbidden (404, 401, 403): disable it, do not retry. With `scope: 'message'` only this
   * message is undeliverable (e.g. a 400 for a payload the platform rejects): drop it, keep the target.
   */
  | { ok: false; permanent: true; error: string; scope?: 'target' | 'message' };

/** One destination of messages: a webhook or a chat channel. Implementations live in notify/<platform>/. */
export interface Sender {
  /** Matches Target ids with this prefix, e.g. `discord-webhook:`, `slack:`. */
  readonly prefix: string;
  send(targetId: string, message: OutMessage, idempotencyKey: string): Promise<SendResult>;
}
