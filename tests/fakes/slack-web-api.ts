// A fake Slack Web API on 127.0.0.1: chat.postMessage and the three steps of files.uploadV2
// (getUploadURLExternal → upload → completeUploadExternal), with scripted errors per channel.
import { startRecordingServer, type RecordingServer, type ScriptedResponse } from './webhook-receiver.js';

export interface PostedSlackMessage {
  channel: string;
  text: string;
  blocks: unknown[];
  authorization: string | undefined;
}

export interface UploadedSlackFile {
  fileId: string;
  filename: string;
  channel?: string;
  bytes: Uint8Array;
}

export interface FakeSlackWebApi extends RecordingServer {
  /** Give this to WebClient's `slackApiUrl`. */
  apiUrl: string;
  token: string;
  messages: PostedSlackMessage[];
  files: UploadedSlackFile[];
  /** Next answers to chat.postMessage for one channel: a Slack error code, or a raw HTTP response (e.g. 429). */
  failNext(channel: string, ...answers: (string | ScriptedResponse)[]): void;
}

export function slackRateLimited(retryAfterSeconds: number): ScriptedResponse {
  return { status: 429, headers: { 'retry-after': String(retryAfterSeconds) }, body: { ok: false, error: 'ratelimited' } };
}

export async function startFakeSlackWebApi(token = 'xoxb-test-token'): Promise<FakeSlackWebApi> {
  const messages: PostedSlackMessage[] = [];
  const files: UploadedSlackFile[] = [];
  const pending = new Map<string, { filename: string; bytes?: Uint8Array }>();
  const scripted = new Map<string, (string | ScriptedResponse)[]>();
  let n = 0;
  let origin = '';
  const ok = (body: object): ScriptedResponse => ({ status: 200, body: { ok: true, ...body } });
  const fail = (error: string): ScriptedResponse => ({ status: 200, body: { ok: false, error } });

  const server = await startRecordingServer((req) => {
    if (req.path.startsWith('/upload/')) {
      const id = req.path.slice('/upload/'.length);
      const p = pending.get(id);
      if (!p) return { status: 404, body: 'no such upload' };
      p.bytes = req.files[0]?.bytes ?? new Uint8Array(Buffer.from(req.text, 'utf8'));
      return { status: 200, body: 'OK' };
    }
    if (req.headers.authorization !== `Bearer ${token}`) return fail('invalid_auth');
    const f = req.fields;
    switch (req.path) {
      case '/api/chat.postMessage': {
        const channel = f.channel ?? '';
        const next = scripted.get(channel)?.shift();
        if (typeof next === 'string') return fail(next);
        if (next) return next;
        messages.push({ channel, text: f.text ?? '', blocks: JSON.parse(f.blocks ?? '[]') as unknown[], authorization: req.headers.authorization });
        return ok({ channel, ts: `1700000000.${String(++n).padStart(6, '0')}` });
      }
      case '/api/files.getUploadURLExternal': {
        const id = `F${String(++n).padStart(8, '0')}`;
        pending.set(id, { filename: f.filename ?? '' });
        return ok({ upload_url: `${origin}/upload/${id}`, file_id: id });
      }
      case '/api/files.completeUploadExternal': {
        const list = JSON.parse(f.files ?? '[]') as { id: string; title?: string }[];
        for (const item of list) {
          const p = pending.get(item.id);
          if (!p?.bytes) return fail('file_not_found');
          files.push({ fileId: item.id, filename: p.filename, ...(f.channel_id ? { channel: f.channel_id } : {}), bytes: p.bytes });
        }
        return ok({ files: list.map((i) => ({ id: i.id, title: i.title ?? '' })) });
      }
      default:
        return fail('unknown_method');
    }
  });
  origin = server.origin;
  return Object.assign(server, {
    apiUrl: `${server.origin}/api/`,
    token,
    messages,
    files,
    failNext(channel: string, ...answers: (string | ScriptedResponse)[]) {
      scripted.set(channel, [...(scripted.get(channel) ?? []), ...answers]);
    },
  });
}
