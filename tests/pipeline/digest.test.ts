import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFeedServer } from '../fakes/feed-server.js';
import { runPollCycle } from '../../src/pipeline/cycle.js';
import { runDigest, LAST_DIGEST_META } from '../../src/pipeline/digest.js';
import { makeDeps, rssFeed } from './harness.js';

test('the digest groups what was learned, carries the chart, goes to digest subscribers once per slot', async () => {
  const { deps, clock, sender, cleanup } = await makeDeps({ digestChart: true });
  const now = clock.now().getTime();
  const server = await startFeedServer({
    '/d.xml': {
      body: rssFeed([
        { title: 'a', guid: 'd1', date: new Date(now - 7_200_000), text: 'Seoul says Pyongyang now has 12,000 troops in Russia.' },
        { title: 'b', guid: 'd2', date: new Date(now - 3_600_000), text: 'Kyiv says Pyongyang now has 13,000 troops in Russia.' },
      ]),
    },
  });
  try {
    await deps.store.upsertFeed({ id: 'd', url: server.url('/d.xml'), intervalMinutes: 10, fetchFullText: false, origin: 'config' });
    await deps.store.upsertSubscription({ targetId: 'test:subscriber', mode: 'digest', kinds: [], minChange: 'new' });
    await runPollCycle(deps);
    const alerts = sender.sent.length;
    clock.advance(3_600_000);

    const first = await runDigest(deps, { key: '2026-01-10T13:00' });
    assert.equal(first.queued, 2, 'the configured digest target and the subscriber');
    const digests = sender.sent.slice(alerts);
    assert.deepEqual(digests.map((d) => d.targetId).sort(), ['test:digest', 'test:subscriber']);
    const msg = digests[0]!.message;
    assert.equal(msg.type, 'digest');
    if (msg.type === 'digest') {
      assert.deepEqual(msg.groups.map((g) => g.kind), ['troops_deployed']);
      assert.equal(msg.groups[0]!.lines.length, 2);
      assert.ok(msg.chartPng && Buffer.from(msg.chartPng).subarray(1, 4).toString() === 'PNG', 'the chart survives the outbox as a PNG');
    }
    assert.equal(await deps.store.getMeta(LAST_DIGEST_META), clock.now().toISOString());

    const again = await runDigest(deps, { key: '2026-01-10T13:00', since: '2026-01-10T00:00:00Z' });
    assert.equal(again.queued, 0, 'the same slot is not queued twice (a restart at digest time)');
    assert.equal(sender.sent.length, alerts + 2);
  } finally {
    await server.close();
    await cleanup();
  }
});
