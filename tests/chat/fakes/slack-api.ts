// A recording fake of Slack's Web API (auth.test, users.info, chat.postMessage, chat.postEphemeral,
// apps.connections.open), of response_url endpoints and of the Socket Mode WebSocket, on 127.0.0.1.
// Bolt's WebClient talks to it through `slackApiUrl`.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeServer, listen, readBody, sendJson } from './http.js';

export interface SlackCall {
  method: string;
  authorization?: string;
  args: Record<string, unknown>;
}

export interface SlackResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export interface SlackApiFake {
  baseUrl: string;
  /** For `clientOptions.slackApiUrl` (with the trailing slash WebClient expects). */
  apiUrl: string;
  calls: SlackCall[];
  responses: SlackResponsePost[];
  /** A response_url for one command; `fail` makes it answer 404 (expired). */
  responseUrl(id: string, fail?: boolean): string;
  /** Socket Mode: sends an envelope to the connected client and resolves with its ack. */
  sendEnvelope(type: string, payload: Record<string, unknown>): Promise<{ envelope_id: string; payload?: unknown }>;
  socketConnections(): number;
  close(): Promise<void>;
}

function parseArgs(raw: string, type: string): Record<string, unknown> {
  if (type.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // WebClient sends structured arguments (blocks) as JSON strings inside the form.
    args[k] = k === 'blocks' || k === 'attachments' ? JSON.parse(v) : v;
  }
  return args;
}

export async function startSlackApiFake(opts: { botToken: string; appToken?: string; workspaceAdmins?: string[] }): Promise<SlackApiFake> {
  const calls: SlackCall[] = [];
  const responses: SlackResponsePost[] = [];
  const failing = new Set<string>();
  let ts = 1700000000;
  const admins = new Set(opts.workspaceAdmins ?? []);

  const { server, baseUrl } = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = (await readBody(req)).toString('utf8');
    const type = req.headers['content-type'] ?? '';
    const response = /^\/response\/([\w-]+)$/.exec(url.pathname);
    if (response?.[1]) {
      const id = response[1];
      if (failing.has(id)) return sendJson(res, 404, { ok: false, error: 'expired_url' });
      responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!api?.[1]) return sendJson(res, 404, { ok: false, error: 'unknown_path' });
    const method = api[1];
    const args = parseArgs(raw, type);
    const call: SlackCall = { method, args };
    if (req.headers.authorization) call.authorization = req.headers.authorization;
    calls.push(call);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? String(args.token ?? '');
    if (method === 'apps.connections.open') {
      if (!opts.appToken || token !== opts.appToken) return sendJson(res, 200, { ok: false, error: 'invalid_auth' });
      return sendJson(res, 200, { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/link?ticket=fake` });
    }
    if (token !== opts.botToken) return sendJson(res, 200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'auth.test':
        return sendJson(res, 200, { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'dprkwatch', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' });
      case 'users.info': {
        const id = String(args.user);
        return sendJson(res, 200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: admins.has(id), is_owner: false } });
      }
      case 'chat.postMessage':
        return sendJson(res, 200, { ok: true, channel: args.channel, ts: `${ts++}.000100`, message: { text: args.text } });
      case 'chat.postEphemeral':
        return sendJson(res, 200, { ok: true, message_ts: `${ts++}.000100` });
      default:
        return sendJson(res, 200, { ok: false, error: 'unknown_method' });
    }
  });

  // Socket Mode: Slack says hello, then sends envelopes; the client acks each with its envelope_id.
  const wss = new WebSocketServer({ server: server as Server, path: '/link' });
  const sockets = new Set<WebSocket>();
  const acks = new Map<string, (ack: { envelope_id: string; payload?: unknown }) => void>();
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) acks.get(msg.envelope_id)?.({ envelope_id: msg.envelope_id, payload: msg.payload });
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake' } }));
  });

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    sendEnvelope(type, payload) {
      const envelope_id = randomUUID();
      const acked = new Promise<{ envelope_id: string; payload?: unknown }>((resolve) => acks.set(envelope_id, resolve));
      const frame = JSON.stringify({ envelope_id, type, payload, accepts_response_payload: true, retry_attempt: 0 });
      for (const ws of sockets) ws.send(frame);
      return acked;
    },
    socketConnections: () => sockets.size,
    calls,
    responses,
    responseUrl(id, fail = false) {
      if (fail) failing.add(id);
      return `${baseUrl}/response/${id}`;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await closeServer(server as Server);
    },
  };
}
