// Posts to Discord channels as the bot (`discord:<channelId>` targets) through @discordjs/rest, which keeps track
// of Discord's rate-limit buckets. It is told not to wait out a limit nor retry on its own: the outbox owns retries,
// so a limit comes back as { retryAfterMs } and the delivery is rescheduled.
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, REST, type RESTOptions } from '@discordjs/rest';
import { fetch, FormData as UndiciFormData } from 'undici';
import { DEFAULT_RETRY_MS, networkFailure } from '../http-result.js';
import type { OutMessage, SendResult, Sender } from '../types.js';
import { discordJsonBody, renderDiscordMessage } from './render.js';

export interface DiscordChannelSenderOptions {
  token: string;
  /** Base URL without version, e.g. `http://127.0.0.1:1234/api` in tests (default `https://discord.com/api`). */
  apiBaseUrl?: string;
  timeoutMs?: number;
}

export const DISCORD_CHANNEL_PREFIX = 'discord:';

/** Discord error codes that mean the channel is unusable for us (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const GONE_CODES = new Set([10003 /* unknown channel */, 50001 /* missing access */, 50013 /* missing permissions */, 50007]);

/**
 * Discord drops a second message with the same nonce sent within a few minutes when `enforce_nonce` is set;
 * nonces are at most 25 characters, so the delivery's idempotency key is hashed down.
 */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
}

export function resultFromDiscordError(err: unknown): SendResult {
  if (err instanceof RateLimitError) {
    return { ok: false, retryAfterMs: Math.max(err.retryAfter, err.timeToReset, 1000), error: `Discord rate limited on ${err.route}` };
  }
  if (err instanceof DiscordAPIError) {
    const error = `Discord API ${err.status} (${err.code}): ${err.message.slice(0, 200)}`;
    if (err.status === 401 || err.status === 403 || err.status === 404 || GONE_CODES.has(Number(err.code))) {
      return { ok: false, permanent: true, error };
    }
    if (err.status === 429 || err.status === 408) return { ok: false, retryAfterMs: DEFAULT_RETRY_MS, error };
    return { ok: false, permanent: true, scope: 'message', error };
  }
  if (err instanceof HTTPError) return { ok: false, retryAfterMs: DEFAULT_RETRY_MS, error: `Discord HTTP ${err.status}` };
  return networkFailure('Discord', err);
}

/**
 * HTTP for @discordjs/rest through our undici (7) rather than the older copy it bundles: both share Node's global
 * dispatcher, and the old client's multipart requests fail ("action is not a function") once the newer one is
 * installed. REST builds multipart bodies with the global FormData, which undici 7 does not take as form data, so
 * the entries are moved into undici's own FormData. Exported for discord.js clients too:
 * `new Client({ rest: { makeRequest: discordRestRequest } })`.
 */
export const discordRestRequest = (async (url: string, init: Parameters<typeof fetch>[1] & { body?: unknown }) => {
  let body = init.body;
  if (body instanceof globalThis.FormData) {
    const form = new UndiciFormData();
    for (const [key, value] of body as unknown as Iterable<[string, string | (Blob & { name: string })]>) {
      if (typeof value === 'string') form.append(key, value);
      else form.append(key, value, value.name);
    }
    body = form;
  }
  return fetch(url, { ...init, body: body as NonNullable<Parameters<typeof fetch>[1]>['body'] });
}) as unknown as RESTOptions['makeRequest'];

export function createDiscordChannelSender(opts: DiscordChannelSenderOptions): Sender {
  const rest = new REST({
    ...(opts.apiBaseUrl ? { api: opts.apiBaseUrl } : {}),
    retries: 0,
    timeout: opts.timeoutMs ?? 15_000,
    // Throw instead of sleeping when a bucket is exhausted, whatever the route.
    rejectOnRateLimit: () => true,
    makeRequest: discordRestRequest,
  });
  return {
    prefix: DISCORD_CHANNEL_PREFIX,
    async send(targetId: string, message: OutMessage, idempotencyKey: string): Promise<SendResult> {
      const channelId = targetId.slice(DISCORD_CHANNEL_PREFIX.length);
      if (!/^\d{5,25}$/.test(channelId)) return { ok: false, permanent: true, error: `not a Discord channel id: ${targetId}` };
      const payload = renderDiscordMessage(message);
      const { flags: _ephemeralOnlyInReplies, ...body } = discordJsonBody(payload);
      // REST forgets the token after a 401; setting it each time keeps one bad answer from breaking every channel.
      rest.setToken(opts.token);
      try {
        await rest.post(`/channels/${channelId}/messages`, {
          body: { ...body, nonce: nonceFor(idempotencyKey), enforce_nonce: true },
          ...(payload.files?.length
            ? { files: payload.files.map((f) => ({ name: f.name, data: f.attachment, contentType: 'image/png' })) }
            : {}),
        });
        return { ok: true };
      } catch (err) {
        return resultFromDiscordError(err);
      }
    },
  };
}
