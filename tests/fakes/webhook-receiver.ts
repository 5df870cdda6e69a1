// A real HTTP server on 127.0.0.1 that records every request and answers from a script: the stand-in for
// Discord and Slack webhooks (and the base of the fake Discord REST and Slack Web APIs).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedFile {
  field: string;
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/webhooks/1/abc?wait=true`. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  text: string;
  /** The JSON body, or the JSON of a multipart `payload_json` field, or url-encoded fields as an object. */
  json?: unknown;
  /** Non-file fields of a multipart or url-encoded body. */
  fields: Record<string, string>;
  files: RecordedFile[];
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | object;
}

export type Handler = (req: RecordedRequest) => ScriptedResponse | Promise<ScriptedResponse>;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  /** Answers for the next requests, in order, before the handler is consulted again. */
  enqueue(...responses: ScriptedResponse[]): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parseRequest(req: IncomingMessage, raw: Buffer): Promise<RecordedRequest> {
  const u = new URL(req.url ?? '/', 'http://127.0.0.1');
  const type = String(req.headers['content-type'] ?? '');
  const rec: RecordedRequest = {
    method: req.method ?? 'GET',
    url: u.pathname + u.search,
    path: u.pathname,
    query: u.searchParams,
    headers: req.headers,
    text: type.startsWith('multipart/') ? '' : raw.toString('utf8'),
    fields: {},
    files: [],
  };
  if (type.startsWith('application/json')) {
    rec.json = JSON.parse(rec.text || 'null');
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(rec.text)) rec.fields[k] = v;
    rec.json = rec.fields;
  } else if (type.startsWith('multipart/form-data')) {
    // The platform's Request parses multipart for us.
    const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
    for (const [k, v] of form.entries()) {
      if (typeof v === 'string') rec.fields[k] = v;
      else rec.files.push({ field: k, name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) });
    }
    if (rec.fields.payload_json) rec.json = JSON.parse(rec.fields.payload_json);
  }
  return rec;
}

function write(res: ServerResponse, r: ScriptedResponse): void {
  const isText = typeof r.body === 'string' || r.body === undefined;
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  res.writeHead(r.status, { 'content-type': isText ? 'text/plain' : 'application/json', ...r.headers });
  res.end(body);
}

/** Starts a recording server; without a handler every request gets 200 "ok" (what Slack webhooks answer). */
export async function startRecordingServer(handler: Handler = () => ({ status: 200, body: 'ok' })): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedResponse[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const rec = await parseRequest(req, await readBody(req));
        requests.push(rec);
        write(res, queue.shift() ?? (await handler(rec)));
      } catch (err) {
        write(res, { status: 500, body: `fake server error: ${String(err)}` });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...r) => queue.push(...r),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** A webhook receiver: Discord-style (`{ id }` JSON) or Slack-style ("ok") answers by default. */
export async function startWebhookReceiver(style: 'discord' | 'slack' = 'discord'): Promise<RecordingServer & { webhookUrl: string }> {
  let n = 0;
  const server = await startRecordingServer(() =>
    style === 'discord' ? { status: 200, body: { id: String(1_000_000_000_000_000_000n + BigInt(++n)), type: 0 } } : { status: 200, body: 'ok' },
  );
  const path = style === 'discord' ? '/api/webhooks/123456789012345678/secret-token' : '/services/T000/B000/secret';
  return Object.assign(server, { webhookUrl: `${server.origin}${path}` });
}
