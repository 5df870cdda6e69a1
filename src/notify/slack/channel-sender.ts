// Posts to Slack channels as the bot (`slack:<channelId>` targets) with @slack/web-api: chat.postMessage, and for a
// digest its chart through files.uploadV2. The client is told not to retry nor to wait out rate limits: the outbox
// owns retries, so a limit comes back as { retryAfterMs } and the delivery is rescheduled.
import {
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebClient,
  type Logger as SlackLogger,
} from '@slack/web-api';
import { DEFAULT_RETRY_MS, networkFailure } from '../http-result.js';
import type { Logger } from '../../shared/logger.js';
import type { OutMessage, SendResult, Sender } from '../types.js';
import { renderSlackMessage } from './render.js';

export interface SlackChannelSenderOptions {
  token: string;
  /** Base URL of the Web API, ending in `/` (default `https://slack.com/api/`); tests point it at a fake. */
  apiUrl?: string;
  timeoutMs?: number;
  logger?: Logger;
}

export const SLACK_CHANNEL_PREFIX = 'slack:';
export const CHART_FILENAME = 'figures.png';

/** Errors that mean the channel (or the bot's access to it) is gone: disable the target. */
const GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'restricted_action',
  'team_access_not_granted',
]);
const RETRY = new Set(['ratelimited', 'rate_limited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Routes the Web API client's own logging to pino, quietly: only warnings and errors are worth keeping. */
function slackLogger(logger: Logger | undefined): SlackLogger {
  let level = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg: unknown[]) => logger?.warn({ slack: msg.map(String).join(' ') }, 'slack web api warning'),
    error: (...msg: unknown[]) => logger?.error({ slack: msg.map(String).join(' ') }, 'slack web api error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function resultFromSlackError(err: unknown): SendResult {
  if (err instanceof WebAPIRateLimitedError) {
    return { ok: false, retryAfterMs: Math.max(1, err.retryAfter) * 1000, error: `Slack rate limited (retry after ${err.retryAfter}s)` };
  }
  if (err instanceof WebAPIPlatformError) {
    const code = err.data.error;
    const error = `Slack API error: ${code}`;
    if (GONE.has(code)) return { ok: false, permanent: true, error };
    if (RETRY.has(code)) {
      const after = err.data.response_metadata?.retryAfter;
      return { ok: false, retryAfterMs: after ? after * 1000 : DEFAULT_RETRY_MS, error };
    }
    // invalid_blocks, msg_too_long and the like: this message will never go through; the channel is fine.
    return { ok: false, permanent: true, scope: 'message', error };
  }
  if (err instanceof WebAPIHTTPError) {
    const error = `Slack HTTP ${err.statusCode}`;
    if (err.statusCode >= 500 || err.statusCode === 408) return { ok: false, retryAfterMs: DEFAULT_RETRY_MS, error };
    if (err.statusCode === 401 || err.statusCode === 403 || err.statusCode === 404 || err.statusCode === 410) {
      return { ok: false, permanent: true, error };
    }
    return { ok: false, permanent: true, scope: 'message', error };
  }
  return networkFailure('Slack', err);
}

export function createSlackChannelSender(opts: SlackChannelSenderOptions): Sender {
  const client = new WebClient(opts.token, {
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? 15_000,
    logger: slackLogger(opts.logger),
  });
  return {
    prefix: SLACK_CHANNEL_PREFIX,
    async send(targetId: string, message: OutMessage): Promise<SendResult> {
      const channel = targetId.slice(SLACK_CHANNEL_PREFIX.length);
      if (!/^[A-Z0-9]{5,30}$/i.test(channel)) return { ok: false, permanent: true, error: `not a Slack channel id: ${targetId}` };
      const payload = renderSlackMessage(message);
      try {
        await client.chat.postMessage({ channel, ...payload });
      } catch (err) {
        return resultFromSlackError(err);
      }
      if (message.type === 'digest' && message.chartPng?.length) {
        // The message is out; a failed chart upload must not make the outbox post the digest twice.
        try {
          await client.files.uploadV2({
            channel_id: channel,
            file: Buffer.from(message.chartPng),
            filename: CHART_FILENAME,
            title: 'Figures over time',
            alt_text: 'Chart of reported troop figures over time, by source',
          });
        } catch (err) {
          const r = resultFromSlackError(err);
          opts.logger?.warn({ targetId, error: r.ok ? '' : r.error }, 'digest chart upload failed; digest posted without it');
        }
      }
      return { ok: true };
    },
  };
}
