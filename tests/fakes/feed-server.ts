// A real HTTP server on 127.0.0.1 (port 0) serving feeds for tests, recording every request.
// A route is a handler, or a static response with behaviours real feed servers show: ETag/Last-Modified
// with 304s, gzip/deflate/br, a slow drip, a reset connection, redirects, 429 with Retry-After.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import zlib from 'node:zlib';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface StaticRoute {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as ETag; a request whose If-None-Match matches gets 304. */
  etag?: string;
  /** Sent as Last-Modified; a request whose If-Modified-Since is not older gets 304. */
  lastModified?: string;
  /** Compress the body and say so in Content-Encoding. */
  encoding?: 'gzip' | 'deflate' | 'br';
  /** Redirect here (status defaults to 302). */
  redirect?: string;
  /** Send the body `dripBytes` (default 1) at a time, every `dripMs`. */
  dripMs?: number;
  dripBytes?: number;
  /** Destroy the connection: before any response ('headers') or after this many body bytes. */
  reset?: 'headers' | number;
  /** Wait before answering at all. */
  delayMs?: number;
}

export type Route = RouteHandler | StaticRoute;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FeedServer {
  /** Absolute URL of a path on this server, e.g. url('/feed.xml'). */
  url(path: string): string;
  setRoute(path: string, route: Route): void;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Upper bound on any drip so a forgotten test cannot keep a connection open for long. */
const MAX_DRIP_MS = 30_000;

export async function startFeedServer(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      Promise.resolve(route(req, res)).catch(() => res.destroy());
      return;
    }
    const answer = () => serveStatic(route, req, res, timers);
    if (route.delayMs) later(timers, route.delayMs, answer);
    else answer();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    setRoute: (path, route) => void table.set(path, route),
    requests,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function later(timers: Set<NodeJS.Timeout>, ms: number, fn: () => void): void {
  const t = setTimeout(() => {
    timers.delete(t);
    fn();
  }, ms);
  timers.add(t);
}

function compress(body: Buffer, encoding: StaticRoute['encoding']): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body);
  if (encoding === 'deflate') return zlib.deflateSync(body);
  if (encoding === 'br') return zlib.brotliCompressSync(body);
  return body;
}

function notModified(route: StaticRoute, req: http.IncomingMessage): boolean {
  const inm = req.headers['if-none-match'];
  if (route.etag && inm) return inm.split(',').some((t) => t.trim() === route.etag || t.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (route.lastModified && ims) return Date.parse(ims) >= Date.parse(route.lastModified);
  return false;
}

function serveStatic(route: StaticRoute, req: http.IncomingMessage, res: http.ServerResponse, timers: Set<NodeJS.Timeout>): void {
  if (route.reset === 'headers') {
    req.socket.destroy();
    return;
  }
  const validators: Record<string, string> = {};
  if (route.etag) validators['etag'] = route.etag;
  if (route.lastModified) validators['last-modified'] = route.lastModified;
  if (notModified(route, req)) {
    res.writeHead(304, validators).end();
    return;
  }
  if (route.redirect) {
    res.writeHead(route.status ?? 302, { location: route.redirect, ...route.headers }).end();
    return;
  }
  const raw = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array());
  const body = compress(raw, route.encoding);
  const headers: Record<string, string> = { ...validators, ...(route.encoding ? { 'content-encoding': route.encoding } : {}), ...route.headers };
  const streamed = route.dripMs !== undefined || typeof route.reset === 'number';
  if (!streamed) headers['content-length'] ??= String(body.length);
  res.writeHead(route.status ?? 200, headers);
  if (!streamed) {
    res.end(body);
    return;
  }
  const cut = typeof route.reset === 'number' ? route.reset : body.length;
  const step = route.dripBytes ?? (route.dripMs !== undefined ? 1 : cut);
  const started = Date.now();
  let sent = 0;
  const pump = () => {
    if (res.destroyed) return;
    if (sent >= cut) {
      if (typeof route.reset === 'number') req.socket.destroy();
      else res.end();
      return;
    }
    if (Date.now() - started > MAX_DRIP_MS) {
      req.socket.destroy();
      return;
    }
    const chunk = body.subarray(sent, Math.min(cut, sent + step));
    sent += chunk.length;
    res.write(chunk);
    if (route.dripMs) later(timers, route.dripMs, pump);
    else setImmediate(pump);
  };
  pump();
}
