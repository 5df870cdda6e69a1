// The poll cycle's behaviour on a real SQLite store and real loopback feeds, with a predictable extractor:
// alerts once, backoff and recovery of broken feeds, no flood from a new feed, the per-feed cap, 304s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFeedServer } from '../fakes/feed-server.js';
import { runPollCycle } from '../../src/pipeline/cycle.js';
import { makeDeps, rssFeed } from './harness.js';

const NOW = new Date('2026-01-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const relevant = (n: number) => `Seoul says Pyongyang now has ${n.toLocaleString('en-US')} troops in Russia.`;

test('a new figure alerts once; the next cycle and a repeat in another item do not alert again', async () => {
  const { deps, sender, cleanup } = await makeDeps();
  const server = await startFeedServer({
    '/a.xml': { body: rssFeed([{ title: 'Troops', guid: 'a1', date: hoursAgo(1), text: relevant(12000) }]) },
  });
  try {
    await deps.store.upsertFeed({ id: 'a', url: server.url('/a.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    const first = await runPollCycle(deps);
    assert.equal(first.feeds[0]!.status, 'ok');
    assert.equal(sender.sent.length, 1);
    const msg = sender.sent[0]!.message;
    assert.equal(msg.type, 'alert');
    if (msg.type === 'alert') {
      assert.equal(msg.changes[0]!.change, 'updates');
      assert.match(msg.changes[0]!.value, /12,000/);
      assert.match(msg.changes[0]!.previous ?? '', /11,000/);
    }
    // A second, independent report of the same figure confirms it: no alert, corroboration counted in the store.
    server.setRoute('/a.xml', {
      body: rssFeed([
        { title: 'Troops', guid: 'a1', date: hoursAgo(1), text: relevant(12000) },
        { title: 'Again', guid: 'a2', date: hoursAgo(0.5), text: `A different outlet writes that 12,000 troops from Pyongyang are there.` },
      ]),
    });
    await runPollCycle(deps, { force: true });
    assert.equal(sender.sent.length, 1, 'a confirmation does not alert');
    const claims = await deps.store.listClaims({ kind: 'troops_deployed' });
    assert.equal(claims.length, 2);
    assert.equal(claims.find((c) => c.evidence.includes('different outlet'))?.novelty, 'confirms');
  } finally {
    await server.close();
    await cleanup();
  }
});

test('a broken feed is marked, backs off exponentially, does not stop the others, and recovers', async () => {
  const { deps, clock, sender, cleanup } = await makeDeps();
  const server = await startFeedServer({
    '/ok.xml': { body: rssFeed([{ title: 'Ok', guid: 'o1', date: hoursAgo(1), text: relevant(13000) }]) },
    '/broken.xml': { status: 500, body: 'oops' },
  });
  try {
    await deps.store.upsertFeed({ id: 'ok', url: server.url('/ok.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    await deps.store.upsertFeed({ id: 'broken', url: server.url('/broken.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    const r1 = await runPollCycle(deps);
    assert.deepEqual(Object.fromEntries(r1.feeds.map((f) => [f.feedId, f.status])), { ok: 'ok', broken: 'failed' });
    assert.equal(sender.sent.length, 1, 'the healthy feed still alerts');
    let broken = await deps.store.getFeed('broken');
    assert.equal(broken?.failures, 1);
    assert.match(broken?.lastError ?? '', /500/);
    assert.equal(broken?.nextAttemptAt, new Date(NOW.getTime() + 5 * 60_000).toISOString());

    clock.advance(5 * 60_000);
    await runPollCycle(deps);
    broken = await deps.store.getFeed('broken');
    assert.equal(broken?.failures, 2);
    assert.equal(broken?.nextAttemptAt, new Date(clock.now().getTime() + 10 * 60_000).toISOString(), 'the wait doubles');

    // 429 with Retry-After: the server's word wins when it asks for longer.
    server.setRoute('/broken.xml', { status: 429, headers: { 'retry-after': '3600' }, body: 'slow down' });
    clock.advance(10 * 60_000);
    await runPollCycle(deps);
    broken = await deps.store.getFeed('broken');
    assert.equal(broken?.nextAttemptAt, new Date(clock.now().getTime() + 3_600_000).toISOString());

    server.setRoute('/broken.xml', { body: rssFeed([{ title: 'Back', guid: 'b1', date: new Date(clock.now().getTime() - 60_000), text: 'Nothing relevant.' }]) });
    clock.advance(3_600_000);
    const r4 = await runPollCycle(deps);
    assert.equal(r4.feeds.find((f) => f.feedId === 'broken')?.status, 'ok');
    broken = await deps.store.getFeed('broken');
    assert.equal(broken?.failures, 0, 'recovered by itself');
  } finally {
    await server.close();
    await cleanup();
  }
});

test('a new feed does not flood: old and undated items are recorded without posting', async () => {
  const { deps, sender, cleanup } = await makeDeps();
  const server = await startFeedServer({
    '/new.xml': {
      body: rssFeed([
        { title: 'Old', guid: 'n1', date: hoursAgo(48), text: relevant(14000) },
        { title: 'Undated', guid: 'n2', text: relevant(15000) },
        { title: 'Fresh', guid: 'n3', date: hoursAgo(2), text: relevant(16000) },
      ]),
    },
  });
  try {
    await deps.store.upsertFeed({ id: 'new', url: server.url('/new.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'chat' });
    await runPollCycle(deps);
    assert.equal(sender.sent.length, 1);
    const msg = sender.sent[0]!.message;
    assert.ok(msg.type === 'alert' && /16,000/.test(msg.changes[0]!.value), 'only the fresh item is posted');
    assert.deepEqual(await deps.store.unseenItemKeys('new', ['n1', 'n2', 'n3']), [], 'all three are recorded');
  } finally {
    await server.close();
    await cleanup();
  }
});

test('beyond the per-cycle cap, one summary message lists the rest', async () => {
  const { deps, sender, cleanup } = await makeDeps();
  const items = Array.from({ length: 8 }, (_, i) => ({
    title: `Report ${i + 1}`,
    guid: `c${i}`,
    date: hoursAgo(8 - i),
    text: relevant(20000 + i * 1000),
  }));
  const server = await startFeedServer({ '/many.xml': { body: rssFeed(items) } });
  try {
    await deps.store.upsertFeed({ id: 'many', url: server.url('/many.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    const r = await runPollCycle(deps);
    assert.equal(r.feeds[0]!.alerts, 5);
    assert.equal(r.feeds[0]!.overflow, 3);
    const types = sender.sent.map((s) => s.message.type);
    assert.deepEqual(types.filter((t) => t === 'alert').length, 5);
    const overflow = sender.sent.find((s) => s.message.type === 'overflow')?.message;
    assert.ok(overflow && overflow.type === 'overflow' && overflow.count === 3);
    assert.deepEqual(overflow.items.map((i) => i.title), ['Report 6', 'Report 7', 'Report 8'], 'oldest first: the newest are summarised');
  } finally {
    await server.close();
    await cleanup();
  }
});

test('conditional GET: a 304 reads nothing and keeps the validators', async () => {
  const { deps, clock, cleanup } = await makeDeps();
  const server = await startFeedServer({
    '/etag.xml': { etag: '"v1"', body: rssFeed([{ title: 'x', guid: 'e1', date: hoursAgo(1), text: 'Nothing here.' }]) },
  });
  try {
    await deps.store.upsertFeed({ id: 'etag', url: server.url('/etag.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    await runPollCycle(deps);
    assert.equal((await deps.store.getFeed('etag'))?.etag, '"v1"');
    clock.advance(10 * 60_000);
    const r = await runPollCycle(deps);
    assert.equal(r.feeds[0]!.status, 'not-modified');
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], '"v1"');
    assert.equal((await deps.store.getFeed('etag'))?.etag, '"v1"');
  } finally {
    await server.close();
    await cleanup();
  }
});
