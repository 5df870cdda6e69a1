// Posts to a Discord webhook (execute webhook, `?wait=true` so failures come back as errors, not silence).
// The webhook URL embeds its token: it is never logged nor put into error messages.
import { fetch, FormData } from 'undici';
import { UserError } from '../../shared/errors.js';
import { networkFailure, resultFromHttp } from '../http-result.js';
import type { OutMessage, SendResult, Sender } from '../types.js';
import { discordJsonBody, renderDiscordMessage, type DiscordPayload } from './render.js';

export interface DiscordWebhookSenderOptions {
  webhookUrl: string;
  /** The target this webhook serves (default `discord-webhook:default`). */
  targetId?: string;
  timeoutMs?: number;
}

/** Webhooks accept only these message flags; an ephemeral flag would make Discord reject the message. */
const SUPPRESS_FLAGS = (1 << 2) | (1 << 12);

/** JSON, or multipart with `payload_json` + `files[n]` when the message carries a file (the digest chart). */
export function discordRequestBody(payload: DiscordPayload): { body: string | FormData; contentType?: string } {
  const json = discordJsonBody(payload);
  if (json.flags !== undefined) {
    const flags = json.flags & SUPPRESS_FLAGS;
    if (flags) json.flags = flags;
    else delete json.flags;
  }
  if (!payload.files?.length) return { body: JSON.stringify(json), contentType: 'application/json' };
  const form = new FormData();
  form.append('payload_json', JSON.stringify(json));
  payload.files.forEach((f, i) => form.append(`files[${i}]`, new Blob([new Uint8Array(f.attachment)], { type: 'image/png' }), f.name));
  return { body: form };
}

export function createDiscordWebhookSender(opts: DiscordWebhookSenderOptions): Sender {
  // A bad URL must not end up in a log: URL's own error would carry the input (and the token in it).
  let url: URL;
  try {
    url = new URL(opts.webhookUrl);
  } catch {
    throw new UserError('the Discord webhook URL is not a valid URL');
  }
  url.searchParams.set('wait', 'true');
  const timeoutMs = opts.timeoutMs ?? 15_000;
  return {
    prefix: opts.targetId ?? 'discord-webhook:default',
    async send(_targetId: string, message: OutMessage): Promise<SendResult> {
      const { body, contentType } = discordRequestBody(renderDiscordMessage(message));
      try {
        const res = await fetch(url, {
          method: 'POST',
          body,
          headers: contentType ? { 'content-type': contentType } : {},
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        return resultFromHttp('Discord webhook', res.status, res.headers, text);
      } catch (err) {
        return networkFailure('Discord webhook', err);
      }
    },
  };
}
