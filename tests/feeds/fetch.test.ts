import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchFeed, parseRetryAfter } from '../../src/feeds/fetch.js';
import { nextAttemptDelayMs } from '../../src/feeds/backoff.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { createHttpClient, type HttpClient } from '../../src/shared/http/client.js';
import { AppError } from '../../src/shared/errors.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';

const FEED = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
<item><guid>1</guid><title>First</title><link>/one</link></item></channel></rss>`;

let server: FeedServer;
let client: HttpClient;
before(async () => {
  server = await startFeedServer();
  client = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 2_000 });
});
after(async () => {
  await client.close?.();
  await server.close();
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError);
    return err;
  }
  assert.fail('expected a failure');
}

describe('fetchFeed', () => {
  test('ok: body, validators, final URL; then a conditional GET gets 304 → not-modified', async () => {
    server.setRoute('/feed.xml', { body: FEED, etag: '"v1"', lastModified: 'Wed, 19 Jun 2024 10:00:00 GMT', headers: { 'content-type': 'application/rss+xml' } });
    const first = await fetchFeed(client, { url: server.url('/feed.xml') });
    assert.equal(first.status, 'ok');
    if (first.status !== 'ok') return;
    assert.equal(first.etag, '"v1"');
    assert.equal(first.lastModified, 'Wed, 19 Jun 2024 10:00:00 GMT');
    assert.equal(first.contentType, 'application/rss+xml');
    assert.match(String(server.requests.at(-1)?.headers['accept']), /application\/rss\+xml/);
    // the same path polling takes: fetchFeed then parseFeed with the final URL as base
    const parsed = await parseFeed(first.body, { contentType: first.contentType, baseUrl: first.finalUrl });
    assert.equal(parsed.items[0]?.link, server.url('/one'));

    const second = await fetchFeed(client, { url: server.url('/feed.xml'), etag: first.etag, lastModified: first.lastModified });
    assert.deepEqual(second, { status: 'not-modified', etag: '"v1"', lastModified: 'Wed, 19 Jun 2024 10:00:00 GMT' });
    const req = server.requests.at(-1);
    assert.equal(req?.headers['if-none-match'], '"v1"');
    assert.equal(req?.headers['if-modified-since'], 'Wed, 19 Jun 2024 10:00:00 GMT');
  });

  test('If-Modified-Since alone also yields 304', async () => {
    server.setRoute('/lm.xml', { body: FEED, lastModified: 'Wed, 19 Jun 2024 10:00:00 GMT' });
    const res = await fetchFeed(client, { url: server.url('/lm.xml'), lastModified: 'Wed, 19 Jun 2024 10:00:00 GMT' });
    assert.equal(res.status, 'not-modified');
  });

  test('gzip-encoded feeds arrive inflated', async () => {
    server.setRoute('/gz.xml', { body: FEED, encoding: 'gzip' });
    const res = await fetchFeed(client, { url: server.url('/gz.xml') });
    assert.equal(res.status === 'ok' && (await parseFeed(res.body)).items.length, 1);
  });

  test('429 with Retry-After in seconds', async () => {
    server.setRoute('/busy', { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' });
    const err = await failure(fetchFeed(client, { url: server.url('/busy') }));
    assert.equal(err.code, 'http-status');
    assert.equal(err.details.status, 429);
    assert.equal(err.details.retryAfterMs, 120_000);
  });

  test('503 with Retry-After as an HTTP date', async () => {
    server.setRoute('/down', { status: 503, headers: { 'retry-after': 'Wed, 19 Jun 2024 10:05:00 GMT' } });
    const now = () => Date.parse('Wed, 19 Jun 2024 10:00:00 GMT');
    const err = await failure(fetchFeed(client, { url: server.url('/down') }, { now }));
    assert.equal(err.details.status, 503);
    assert.equal(err.details.retryAfterMs, 300_000);
  });

  test('500 and 404 throw http-status without Retry-After', async () => {
    server.setRoute('/err', { status: 500, body: 'oops' });
    const err = await failure(fetchFeed(client, { url: server.url('/err') }));
    assert.equal(err.code, 'http-status');
    assert.equal(err.details.status, 500);
    assert.equal(err.details.retryAfterMs, undefined);
    assert.equal((await failure(fetchFeed(client, { url: server.url('/nothing-here') }))).details.status, 404);
  });
});

test('parseRetryAfter', () => {
  assert.equal(parseRetryAfter('30', 0), 30_000);
  assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 0), 60_000);
  assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 120_000), 0, 'a date in the past means now');
  assert.equal(parseRetryAfter('soon', 0), undefined);
  assert.equal(parseRetryAfter(undefined, 0), undefined);
});

describe('nextAttemptDelayMs', () => {
  const base = { baseMs: 60_000, maxMs: 3_600_000, intervalMs: 900_000 };
  test('no failure: the normal interval', () => assert.equal(nextAttemptDelayMs(0, base), 900_000));
  test('exponential from baseMs, capped at maxMs', () => {
    assert.deepEqual([1, 2, 3, 4, 7, 8, 50].map((f) => nextAttemptDelayMs(f, base)), [60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000, 3_600_000]);
  });
  test('Retry-After is honoured when longer, within a week', () => {
    assert.equal(nextAttemptDelayMs(1, { ...base, retryAfterMs: 7_200_000 }), 7_200_000);
    assert.equal(nextAttemptDelayMs(5, { ...base, retryAfterMs: 1_000 }), 960_000);
    assert.equal(nextAttemptDelayMs(1, { ...base, retryAfterMs: 365 * 86_400_000 }), 7 * 86_400_000);
  });
  test('jitter stays within its fraction and is deterministic with an injected random', () => {
    assert.equal(nextAttemptDelayMs(3, { ...base, jitter: 0.5, random: () => 0 }), 120_000);
    assert.equal(nextAttemptDelayMs(3, { ...base, jitter: 0.5, random: () => 0.5 }), 180_000);
    for (let i = 0; i < 20; i++) {
      const d = nextAttemptDelayMs(3, { ...base, jitter: 0.25 });
      assert.ok(d >= 180_000 && d <= 240_000, String(d));
    }
  });
});
