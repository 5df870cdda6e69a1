// A recording fake of Discord's REST API (the routes the bot uses), on 127.0.0.1. It can answer the next
// interaction callback with a 429 to check that the client waits `Retry-After` before trying again.
import type { IncomingMessage, Server } from 'node:http';
import { closeServer, listen, readBody, sendJson } from './http.js';

export interface RecordedRequest {
  method: string;
  /** Path without the /v10 prefix, e.g. /interactions/1/tok/callback. */
  path: string;
  query: string;
  authorization?: string;
  /** JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  files: { name: string; size: number }[];
  at: number;
  status: number;
}

export interface DiscordRestFake {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The next N interaction callbacks are refused with 429 and this Retry-After (seconds). */
  rateLimitNextCallbacks(count: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

async function parseBody(req: IncomingMessage): Promise<{ body: unknown; files: { name: string; size: number }[] }> {
  const raw = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: { name: string; size: number }[] = [];
    let body: unknown;
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value);
      else if (typeof value !== 'string') files.push({ name: value.name, size: value.size });
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

function messageObject(id: string, body: unknown): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    id,
    type: 0,
    channel_id: '300',
    author: { id: '100', username: 'dprkwatch', discriminator: '0', avatar: null, bot: true },
    content: typeof b.content === 'string' ? b.content : '',
    embeds: Array.isArray(b.embeds) ? b.embeds : [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: typeof b.flags === 'number' ? b.flags : 0,
    components: [],
  };
}

export async function startDiscordRestFake(opts: { gatewayUrl: () => string; token: string }): Promise<DiscordRestFake> {
  const requests: RecordedRequest[] = [];
  let limitedCallbacks = 0;
  let retryAfter = 0;
  let nextId = 9000;

  const { server, baseUrl } = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/v\d+/, '');
    const { body, files } = await parseBody(req);
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.search,
      body,
      files,
      at: Date.now(),
      status: 200,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    requests.push(rec);
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      sendJson(res, status, json, headers);
    };

    if (rec.method === 'GET' && path === '/gateway/bot') {
      if (rec.authorization !== `Bot ${opts.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(200, {
        url: opts.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (rec.method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      if (limitedCallbacks > 0) {
        limitedCallbacks--;
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
          { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
        );
      }
      return reply(204, undefined);
    }
    const webhook = /^\/webhooks\/[^/]+\/[^/]+(\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook) {
      if (rec.method === 'DELETE') return reply(204, undefined);
      return reply(200, messageObject(String(nextId++), body));
    }
    if (rec.method === 'PUT' && /^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      if (rec.authorization !== `Bot ${opts.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
      const list = Array.isArray(body) ? body : [];
      return reply(200, list.map((c: Record<string, unknown>) => ({ ...c, id: String(nextId++), version: '1' })));
    }
    return reply(404, { message: 'Unknown route (fake)', code: 0 });
  });

  return {
    baseUrl,
    requests,
    rateLimitNextCallbacks(count, seconds) {
      limitedCallbacks = count;
      retryAfter = seconds;
    },
    close: () => closeServer(server as Server),
  };
}
