// Posts to a Slack incoming webhook. Its answers are plain text: "ok", or an error code such as
// `invalid_blocks` (400), `no_service` (404) or `channel_is_archived` (410). The URL is a secret: never logged.
import { fetch } from 'undici';
import { networkFailure, resultFromHttp } from '../http-result.js';
import type { OutMessage, SendResult, Sender } from '../types.js';
import { renderSlackMessage } from './render.js';

export interface SlackWebhookSenderOptions {
  webhookUrl: string;
  /** The target this webhook serves (default `slack-webhook:default`). */
  targetId?: string;
  timeoutMs?: number;
}

/** Error codes that mean the webhook will never work again, whatever its HTTP status. */
const GONE = ['channel_not_found', 'no_service', 'channel_is_archived', 'invalid_token', 'no_team', 'team_disabled', 'action_prohibited'];

export function createSlackWebhookSender(opts: SlackWebhookSenderOptions): Sender {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return {
    prefix: opts.targetId ?? 'slack-webhook:default',
    async send(_targetId: string, message: OutMessage): Promise<SendResult> {
      // Incoming webhooks cannot upload files: a digest goes out without its chart.
      const payload = renderSlackMessage(message);
      try {
        const res = await fetch(opts.webhookUrl, {
          method: 'POST',
          body: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        return resultFromHttp('Slack webhook', res.status, res.headers, text, GONE);
      } catch (err) {
        return networkFailure('Slack webhook', err);
      }
    },
  };
}
