// Load: 1,000 local feeds in one cycle. Concurrency stays within the configured bound, every feed is polled once,
// every item recorded once, and memory stays bounded. (A bounded test, not a benchmark: no timing is asserted.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFeedServer } from '../fakes/feed-server.js';
import { runPollCycle } from '../../src/pipeline/cycle.js';
import { makeDeps, rssFeed } from './harness.js';

const FEEDS = 1000;
const CONCURRENCY = 16;

test('1,000 feeds in one cycle with bounded concurrency and memory', { timeout: 180_000 }, async () => {
  const { deps, sender, cleanup } = await makeDeps();
  deps.settings.concurrency = CONCURRENCY;
  let inFlight = 0;
  let peak = 0;
  const now = deps.clock.now().getTime();
  const server = await startFeedServer();
  for (let i = 0; i < FEEDS; i++) {
    const body = rssFeed(
      Array.from({ length: 5 }, (_, k) => ({
        title: `Item ${k} of feed ${i}`,
        guid: `f${i}-i${k}`,
        date: new Date(now - (k + 1) * 3_600_000),
        text: k === 0 && i % 100 === 0 ? `Pyongyang has ${20_000 + i} troops there.` : `Weather and sport news number ${k}.`,
      })),
    );
    server.setRoute(`/feed/${i}.xml`, async (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 2)); // keep requests overlapping
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body, () => inFlight--);
    });
  }
  try {
    for (let i = 0; i < FEEDS; i++) {
      await deps.store.upsertFeed({ id: `feed-${i}`, url: server.url(`/feed/${i}.xml`), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const report = await runPollCycle(deps);
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    assert.equal(report.feeds.length, FEEDS);
    assert.equal(report.feeds.filter((f) => f.status === 'ok').length, FEEDS, 'every feed polled');
    assert.equal(server.requests.length, FEEDS, 'each feed fetched once');
    assert.ok(peak <= CONCURRENCY, `at most ${CONCURRENCY} fetches at once (peak ${peak})`);
    assert.ok(peak > 1, 'fetches do overlap');
    assert.equal(report.feeds.reduce((n, f) => n + f.newItems, 0), FEEDS * 5);
    assert.equal(sender.sent.length, FEEDS / 100, 'one alert per relevant item');
    assert.deepEqual(await deps.store.unseenItemKeys('feed-999', ['f999-i0', 'f999-i4']), []);
    assert.ok(heapGrowthMb < 256, `heap grew ${heapGrowthMb.toFixed(0)} MB`);
  } finally {
    await server.close();
    await cleanup();
  }
});
