// Fault injection against a real local server: timeouts, resets, caps, bombs, redirects, the SSRF guard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { createHttpClient, type HttpClient } from '../../src/shared/http/client.js';
import { AppError } from '../../src/shared/errors.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';

let server: FeedServer;
let client: HttpClient;

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError, `expected AppError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the request to fail');
}

before(async () => {
  server = await startFeedServer();
  client = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 2_000, maxBytes: 64 * 1024 });
});
after(async () => {
  await client.close?.();
  await server.close();
});

describe('createHttpClient', () => {
  test('returns status, lower-case headers, body and final URL; sends the user agent and Accept', async () => {
    server.setRoute('/ok', { body: 'hello', headers: { 'Content-Type': 'text/plain', 'X-Thing': 'y' } });
    const res = await client.get(server.url('/ok'), { accept: 'application/rss+xml', headers: { 'X-Test': '1' } });
    assert.equal(res.status, 200);
    assert.equal(new TextDecoder().decode(res.body), 'hello');
    assert.equal(res.headers['x-thing'], 'y');
    assert.equal(res.url, server.url('/ok'));
    const req = server.requests.at(-1);
    assert.match(String(req?.headers['user-agent']), /dprkwatch/);
    assert.equal(req?.headers['accept'], 'application/rss+xml');
    assert.equal(req?.headers['x-test'], '1');
  });

  test('non-2xx statuses are returned, not thrown', async () => {
    server.setRoute('/boom', { status: 500, body: 'internal error' });
    assert.equal((await client.get(server.url('/boom'))).status, 500);
    assert.equal((await client.get(server.url('/missing'))).status, 404);
  });

  for (const encoding of ['gzip', 'deflate', 'br'] as const) {
    test(`inflates ${encoding}`, async () => {
      server.setRoute(`/z-${encoding}`, { body: 'compressed '.repeat(100), encoding });
      const res = await client.get(server.url(`/z-${encoding}`));
      assert.equal(new TextDecoder().decode(res.body), 'compressed '.repeat(100));
    });
  }

  test('a slow drip hits the total timeout', async () => {
    server.setRoute('/drip', { body: 'x'.repeat(1000), dripMs: 50 });
    const quick = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 300 });
    const t0 = Date.now();
    const err = await failure(quick.get(server.url('/drip')));
    assert.equal(err.code, 'timeout');
    assert.ok(Date.now() - t0 < 2_000, 'gave up near the deadline');
    await quick.close?.();
  });

  test('a server that never answers hits the timeout too', async () => {
    server.setRoute('/silent', { body: 'late', delayMs: 5_000 });
    const quick = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 200 });
    assert.equal((await failure(quick.get(server.url('/silent')))).code, 'timeout');
    await quick.close?.();
  });

  test('a reset connection is a network error (before headers and mid-body)', async () => {
    server.setRoute('/reset', { reset: 'headers' });
    assert.equal((await failure(client.get(server.url('/reset')))).code, 'network');
    server.setRoute('/reset-mid', { body: 'y'.repeat(5000), reset: 100 });
    assert.equal((await failure(client.get(server.url('/reset-mid')))).code, 'network');
  });

  test('a body over the cap is refused: by Content-Length, and while streaming', async () => {
    server.setRoute('/huge', { body: new Uint8Array(200 * 1024) });
    assert.equal((await failure(client.get(server.url('/huge')))).code, 'too-large');
    server.setRoute('/huge-chunked', { body: new Uint8Array(200 * 1024), dripMs: 0, dripBytes: 16 * 1024 });
    assert.equal((await failure(client.get(server.url('/huge-chunked')))).code, 'too-large');
    // a per-call cap overrides the client's
    assert.equal((await client.get(server.url('/huge'), { maxBytes: 300 * 1024 })).body.length, 200 * 1024);
  });

  test('a gzip bomb is refused fast with bounded memory', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 }); // ~64 KB on the wire
    server.setRoute('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const big = createHttpClient({ allowPrivateAddresses: true, maxBytes: 1024 * 1024 });
    const rss0 = process.memoryUsage().rss;
    const t0 = Date.now();
    const err = await failure(big.get(server.url('/bomb')));
    assert.equal(err.code, 'too-large');
    assert.match(err.message, /decompressed/);
    assert.ok(Date.now() - t0 < 1_000, `took ${Date.now() - t0} ms`);
    assert.ok(process.memoryUsage().rss - rss0 < 48 * 1024 * 1024, 'did not inflate the whole bomb');
    await big.close?.();
  });

  test('a corrupt gzip body is a network error', async () => {
    server.setRoute('/badgzip', { body: 'this is not gzip', headers: { 'content-encoding': 'gzip' } });
    assert.equal((await failure(client.get(server.url('/badgzip')))).code, 'network');
  });

  test('follows redirects (relative too) and reports the final URL', async () => {
    server.setRoute('/old', { status: 301, redirect: '/mid' });
    server.setRoute('/mid', { status: 307, redirect: server.url('/new') });
    server.setRoute('/new', { body: 'moved' });
    const res = await client.get(server.url('/old'));
    assert.equal(res.status, 200);
    assert.equal(res.url, server.url('/new'));
  });

  test('too many redirects', async () => {
    server.setRoute('/loop', { redirect: '/loop' });
    assert.equal((await failure(client.get(server.url('/loop')))).code, 'too-many-redirects');
  });

  test('a redirect to a non-http scheme is bad-url', async () => {
    server.setRoute('/to-file', { redirect: 'file:///etc/passwd' });
    assert.equal((await failure(client.get(server.url('/to-file')))).code, 'bad-url');
  });
});

describe('SSRF guard in the client', () => {
  // The test server is on 127.0.0.1: this client lets exactly that address through and nothing else private.
  let guarded: HttpClient;
  before(() => {
    guarded = createHttpClient({ allowPrivateAddresses: false, allowAddresses: ['127.0.0.1'], totalTimeoutMs: 2_000 });
  });
  after(async () => guarded.close?.());

  test('a redirect to the cloud metadata address is refused before any connection', async () => {
    server.setRoute('/to-metadata', { redirect: 'http://169.254.169.254/latest/meta-data/' });
    const err = await failure(guarded.get(server.url('/to-metadata')));
    assert.equal(err.code, 'blocked-address');
    assert.match(err.message, /169\.254\.169\.254/);
  });

  test('redirects to private addresses in other spellings are refused', async () => {
    for (const target of ['http://2130706434/', 'http://0177.0.0.2/', 'http://0x7f.0.0.3/', 'http://[::ffff:10.0.0.1]/', 'http://localhost/']) {
      server.setRoute('/to-private', { redirect: target });
      assert.equal((await failure(guarded.get(server.url('/to-private')))).code, 'blocked-address', target);
    }
  });

  test('a host name whose DNS answer is private is refused at connect time', async () => {
    // The resolver answers 127.0.0.2: loopback, so even a broken guard could not send traffic off this machine.
    const viaDns = createHttpClient({
      allowPrivateAddresses: false,
      allowAddresses: ['127.0.0.1'],
      resolver: async () => [{ address: '127.0.0.2', family: 4 }],
    });
    const port = new URL(server.url('/')).port;
    const before = server.requests.length;
    const err = await failure(viaDns.get(`http://feeds.example:${port}/ok`));
    assert.equal(err.code, 'blocked-address');
    assert.equal(server.requests.length, before, 'no request reached a server');
    await viaDns.close?.();
  });

  test('with allowPrivateAddresses false and no exception, even the first hop to 127.0.0.1 is refused', async () => {
    const strict = createHttpClient({ allowPrivateAddresses: false });
    assert.equal((await failure(strict.get(server.url('/ok')))).code, 'blocked-address');
    await strict.close?.();
  });

  test('credentials in URLs are refused', async () => {
    assert.equal((await failure(guarded.get('http://user:secret@example.org/feed'))).code, 'bad-url');
  });
});
