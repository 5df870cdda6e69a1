// A fake Discord REST API on 127.0.0.1: records messages posted to channels (JSON or multipart with files),
// honours `enforce_nonce` like Discord does, and answers with scripted failures per channel.
import { startRecordingServer, type RecordedRequest, type RecordingServer, type ScriptedResponse } from './webhook-receiver.js';

export interface PostedDiscordMessage {
  channelId: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
  files: RecordedRequest['files'];
}

export interface FakeDiscordRest extends RecordingServer {
  /** Base URL to give the client (`api` option of @discordjs/rest), without version. */
  apiBaseUrl: string;
  messages: PostedDiscordMessage[];
  /** Next answers for one channel, consumed in order, before it succeeds again. */
  failNext(channelId: string, ...responses: ScriptedResponse[]): void;
}

export function discordRateLimited(retryAfterSeconds: number): ScriptedResponse {
  return {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
  };
}

export function discordUnknownChannel(): ScriptedResponse {
  return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
}

export async function startFakeDiscordRest(): Promise<FakeDiscordRest> {
  const messages: PostedDiscordMessage[] = [];
  const scripted = new Map<string, ScriptedResponse[]>();
  const nonces = new Map<string, string>();
  let nextId = 1_100_000_000_000_000_000n;
  const server = await startRecordingServer((req) => {
    const m = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    const channelId = m[1]!;
    const failure = scripted.get(channelId)?.shift();
    if (failure) return failure;
    const body = (req.json ?? {}) as Record<string, unknown>;
    const nonceKey = typeof body.nonce === 'string' && body.enforce_nonce ? `${channelId}:${body.nonce}` : undefined;
    const seen = nonceKey ? nonces.get(nonceKey) : undefined;
    if (seen) return { status: 200, body: { id: seen, channel_id: channelId } };
    const id = String(nextId++);
    if (nonceKey) nonces.set(nonceKey, id);
    messages.push({ channelId, authorization: req.headers.authorization, body, files: req.files });
    return { status: 200, body: { id, channel_id: channelId, content: body.content ?? '' } };
  });
  return Object.assign(server, {
    apiBaseUrl: `${server.origin}/api`,
    messages,
    failNext(channelId: string, ...responses: ScriptedResponse[]) {
      scripted.set(channelId, [...(scripted.get(channelId) ?? []), ...responses]);
    },
  });
}
