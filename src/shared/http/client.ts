// The one HTTP client for everything fetched from the outside (feeds, article pages): undici with the SSRF
// guard on every URL and every DNS answer, redirects followed by hand so each hop is checked, one total
// deadline per call, and a byte cap enforced while streaming and again after decompression.
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { AppError } from '../errors.js';
import { checkUrl, type AddressPolicy } from './address-guard.js';
import { readCappedBody } from './body.js';
import { guardedLookup, type Resolver } from './lookup.js';

export interface HttpClientOptions {
  /** Let every address through, loopback and LAN included (tests, a local demo). */
  allowPrivateAddresses: boolean;
  /** Exact IP addresses let through even when private, e.g. one local server (additive; for tests/demo). */
  allowAddresses?: string[];
  userAgent?: string;
  /** Default 10 s. */
  connectTimeoutMs?: number;
  /** Deadline for the whole call, redirects and body included. Default 30 s. */
  totalTimeoutMs?: number;
  /** Default 5 MB, counted on the wire and after gzip/deflate/br inflation. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** DNS resolver under the guard (default dns.lookup); tests inject one to simulate answers. */
  resolver?: Resolver;
}

export interface HttpGetOptions {
  headers?: Record<string, string>;
  maxBytes?: number;
  /** Value of the Accept header. */
  accept?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Decompressed body. */
  body: Uint8Array;
  /** Final URL after redirects. */
  url: string;
}

export interface HttpClient {
  /**
   * GET with redirects followed. Every status is returned (callers decide what non-2xx means); failures
   * throw AppError: blocked-address, bad-url, timeout, too-large, too-many-redirects, network.
   */
  get(url: string, opts?: HttpGetOptions): Promise<HttpResponse>;
  /** Closes pooled connections (optional for fakes). */
  close?(): Promise<void>;
}

export const DEFAULT_USER_AGENT = 'dprkwatch/0.1 (+feed reader)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const policy: AddressPolicy = { allowPrivateAddresses: opts.allowPrivateAddresses, allowAddresses: opts.allowAddresses ?? [] };
  const connectTimeoutMs = opts.connectTimeoutMs ?? 10_000;
  const totalTimeoutMs = opts.totalTimeoutMs ?? 30_000;
  const defaultMaxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const agent = new Agent({
    connect: { timeout: connectTimeoutMs, lookup: guardedLookup(policy, opts.resolver) },
    headersTimeout: totalTimeoutMs,
    bodyTimeout: totalTimeoutMs,
  });

  async function get(rawUrl: string, getOpts: HttpGetOptions = {}): Promise<HttpResponse> {
    const maxBytes = getOpts.maxBytes ?? defaultMaxBytes;
    let url = checkUrl(rawUrl, policy);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), totalTimeoutMs);
    let headers: Record<string, string> = {
      'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
      'accept-encoding': 'gzip, deflate, br',
      ...(getOpts.accept ? { accept: getOpts.accept } : {}),
      ...lowerKeys(getOpts.headers ?? {}),
    };
    try {
      for (let hop = 0; ; hop++) {
        const res = await request(url, { method: 'GET', headers, dispatcher: agent, signal: controller.signal });
        const location = headerValue(res.headers, 'location');
        if (REDIRECT_STATUSES.has(res.statusCode) && location) {
          await res.body.dump().catch(() => undefined);
          if (hop >= maxRedirects) throw new AppError('too-many-redirects', `more than ${maxRedirects} redirects from ${rawUrl}`);
          const next = checkUrl(resolveLocation(location, url), policy);
          if (next.origin !== url.origin) headers = withoutCredentials(headers);
          url = next;
          continue;
        }
        const flat = flattenHeaders(res.headers);
        const declared = Number(flat['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.body.destroy();
          throw new AppError('too-large', `${url.href} is ${declared} bytes, over the ${maxBytes}-byte cap`);
        }
        const body = await readCappedBody(res.body, flat['content-encoding'], maxBytes, url.href);
        return { status: res.statusCode, headers: flat, body, url: url.href };
      }
    } catch (err) {
      throw toAppError(err, url.href, controller.signal.aborted, totalTimeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  return { get, close: () => agent.close() };
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new AppError('bad-url', `bad redirect Location from ${base.href}: ${location.slice(0, 200)}`);
  }
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

function withoutCredentials(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).filter(([k]) => !CREDENTIAL_HEADERS.includes(k)));
}

function headerValue(h: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

function flattenHeaders(h: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Maps whatever undici, zlib or the guard threw to one AppError with a code callers can act on. */
function toAppError(err: unknown, url: string, aborted: boolean, totalTimeoutMs: number): AppError {
  if (err instanceof AppError) return err;
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof AppError) return cause;
  const code = (err as { code?: string })?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (aborted) return new AppError('timeout', `${url} took longer than ${totalTimeoutMs} ms`, { cause: err });
  if (/TIMEOUT/i.test(code) || /timeout/i.test(message)) return new AppError('timeout', `${url}: ${message}`, { cause: err });
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') return new AppError('bad-url', `${url}: ${message}`, { cause: err });
  return new AppError('network', `${url}: ${code ? `${code} ` : ''}${message}`, { cause: err });
}
