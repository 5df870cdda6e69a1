// A recording fake of Slack's Web API (auth.test, users.info, chat.postMessage, chat.postEphemeral) and of
// response_url endpoints, on 127.0.0.1. Bolt's WebClient talks to it through `slackApiUrl`.
import type { Server } from 'node:http';
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

export async function startSlackApiFake(opts: { botToken: string; workspaceAdmins?: string[] }): Promise<SlackApiFake> {
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

  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/`,
    calls,
    responses,
    responseUrl(id, fail = false) {
      if (fail) failing.add(id);
      return `${baseUrl}/response/${id}`;
    },
    close: () => closeServer(server as Server),
  };
}
