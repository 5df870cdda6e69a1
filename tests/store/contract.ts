// The one Store contract: every implementation (SQLite, PostgreSQL) runs exactly these tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analysisContract } from './contract-analysis.js';
import { outboxContract } from './contract-outbox.js';
import { at, feed } from './fixtures.js';
import { withStore, type MakeDatabase } from './harness.js';

export type { MakeDatabase, TestDatabase } from './harness.js';

export function runStoreContract(name: string, make: MakeDatabase): void {
  describe(`store contract: ${name}`, () => {
    feedContract(make);
    itemContract(make);
    analysisContract(make);
    outboxContract(make);
    settingsContract(make);
    lifecycleContract(make);
  });
}

function feedContract(make: MakeDatabase): void {
  describe('feeds', () => {
    test('upsert, get and list; optional fields absent; fetch state starts empty', () =>
      withStore(make, async (s) => {
        await s.upsertFeed(feed('b', { name: 'B News', language: 'it', fetchFullText: true, origin: 'chat' }));
        await s.upsertFeed(feed('a'));
        assert.deepEqual(await s.getFeed('a'), {
          id: 'a', url: 'https://example.org/a.xml', intervalMinutes: 30, fetchFullText: false, origin: 'config', failures: 0,
        });
        const b = await s.getFeed('b');
        assert.equal(b?.name, 'B News');
        assert.equal(b?.language, 'it');
        assert.equal(b?.fetchFullText, true);
        assert.equal(b?.origin, 'chat');
        assert.deepEqual((await s.listFeeds()).map((f) => f.id), ['a', 'b']);
        assert.equal(await s.getFeed('missing'), undefined);
      }));

    test('re-upsert updates the spec, keeps fetch state, drops validators when the URL changes', () =>
      withStore(make, async (s) => {
        await s.upsertFeed(feed('a'));
        await s.recordFetchSuccess('a', { at: at(0), etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 09:00:00 GMT', nextAttemptAt: at(30) });
        await s.upsertFeed(feed('a', { intervalMinutes: 60, name: 'Renamed' }));
        let a = await s.getFeed('a');
        assert.equal(a?.intervalMinutes, 60);
        assert.equal(a?.name, 'Renamed');
        assert.equal(a?.etag, '"v1"');
        assert.equal(a?.lastSuccessAt, at(0));
        await s.upsertFeed(feed('a', { url: 'https://example.org/moved.xml' }));
        a = await s.getFeed('a');
        assert.equal(a?.url, 'https://example.org/moved.xml');
        assert.equal(a?.etag, undefined);
        assert.equal(a?.lastModified, undefined);
        assert.equal(a?.name, undefined, 'the spec is replaced as a whole');
      }));

    test('fetch success resets failures; failure increments, stores the error and returns the record', () =>
      withStore(make, async (s) => {
        await s.upsertFeed(feed('a'));
        const f1 = await s.recordFetchFailure('a', { at: at(0), error: 'HTTP 503', nextAttemptAt: at(5) });
        assert.equal(f1.failures, 1);
        assert.equal(f1.lastError, 'HTTP 503');
        assert.equal(f1.lastFetchAt, at(0));
        assert.equal(f1.nextAttemptAt, at(5));
        assert.equal(f1.lastSuccessAt, undefined);
        const f2 = await s.recordFetchFailure('a', { at: at(5), error: 'timeout', nextAttemptAt: at(15) });
        assert.equal(f2.failures, 2);
        assert.equal(f2.lastError, 'timeout');
        await s.recordFetchSuccess('a', { at: at(20), etag: 'W/"x"', nextAttemptAt: at(50) });
        const ok = await s.getFeed('a');
        assert.equal(ok?.failures, 0);
        assert.equal(ok?.lastError, undefined);
        assert.equal(ok?.lastSuccessAt, at(20));
        assert.equal(ok?.etag, 'W/"x"');
        // A 304 without validators keeps the ones we have.
        await s.recordFetchSuccess('a', { at: at(50), nextAttemptAt: at(80) });
        assert.equal((await s.getFeed('a'))?.etag, 'W/"x"');
      }));

    test('times are returned as canonical ISO strings whatever ISO form went in', () =>
      withStore(make, async (s) => {
        await s.upsertFeed(feed('a'));
        await s.recordFetchSuccess('a', { at: '2026-03-01T10:00:00Z', nextAttemptAt: '2026-03-01T12:30:00+02:00' });
        const a = await s.getFeed('a');
        assert.equal(a?.lastFetchAt, '2026-03-01T10:00:00.000Z');
        assert.equal(a?.nextAttemptAt, '2026-03-01T10:30:00.000Z');
        await assert.rejects(s.recordFetchSuccess('a', { at: 'yesterday', nextAttemptAt: at(1) }));
      }));

    test('concurrent failures are all counted (atomic increment)', () =>
      withStore(make, async (s, open) => {
        await s.upsertFeed(feed('a'));
        const other = await open();
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? other : s).recordFetchFailure('a', { at: at(i), error: `e${i}`, nextAttemptAt: at(i + 1) }),
          ),
        );
        assert.equal((await s.getFeed('a'))?.failures, 20);
      }));

    test('unknown feeds: fetch results are rejected, removal says false', () =>
      withStore(make, async (s) => {
        await assert.rejects(s.recordFetchFailure('nope', { at: at(0), error: 'x', nextAttemptAt: at(1) }), /unknown feed/);
        await assert.rejects(s.recordFetchSuccess('nope', { at: at(0), nextAttemptAt: at(1) }), /unknown feed/);
        await s.upsertFeed(feed('a'));
        assert.equal(await s.removeFeed('a'), true);
        assert.equal(await s.removeFeed('a'), false);
        assert.equal(await s.getFeed('a'), undefined);
      }));
  });
}

function itemContract(make: MakeDatabase): void {
  describe('feed items', () => {
    test('unseen keys keep input order, drop duplicates and are per feed', () =>
      withStore(make, async (s) => {
        await s.markItemsSeen('f1', [{ key: 'k2', outcome: 'irrelevant' }, { key: 'k4', outcome: 'too-old' }], at(0));
        assert.deepEqual(await s.unseenItemKeys('f1', ['k5', 'k1', 'k2', 'k3', 'k1', 'k4']), ['k5', 'k1', 'k3']);
        assert.deepEqual(await s.unseenItemKeys('f2', ['k2', 'k4']), ['k2', 'k4']);
        assert.deepEqual(await s.unseenItemKeys('f1', []), []);
      }));

    test('marking twice is a no-op; items outlive their feed', () =>
      withStore(make, async (s) => {
        await s.upsertFeed(feed('f1'));
        const items = [{ key: 'k1', outcome: 'failed' as const }];
        await s.markItemsSeen('f1', items, at(0));
        await s.markItemsSeen('f1', items, at(1));
        await s.markItemsSeen('f1', [], at(2));
        await s.removeFeed('f1');
        assert.deepEqual(await s.unseenItemKeys('f1', ['k1', 'k2']), ['k2']);
      }));

    test('many keys at once (beyond SQL parameter limits)', () =>
      withStore(make, async (s) => {
        const keys = Array.from({ length: 5000 }, (_, i) => `https://example.org/item/${i}`);
        await s.markItemsSeen('f1', keys.filter((_, i) => i % 2 === 0).map((key) => ({ key, outcome: 'irrelevant' as const })), at(0));
        const unseen = await s.unseenItemKeys('f1', keys);
        assert.equal(unseen.length, 2500);
        assert.equal(unseen[0], keys[1]);
      }));
  });
}

function settingsContract(make: MakeDatabase): void {
  describe('targets, subscriptions, meta', () => {
    test('targets: unknown until used; disable and enable', () =>
      withStore(make, async (s) => {
        assert.equal(await s.getTarget('slack:C1'), undefined);
        await s.disableTarget('slack:C1', 'channel_not_found');
        assert.deepEqual(await s.getTarget('slack:C1'), { id: 'slack:C1', enabled: false, disabledReason: 'channel_not_found' });
        await s.enableTarget('slack:C1');
        assert.deepEqual(await s.getTarget('slack:C1'), { id: 'slack:C1', enabled: true });
        await s.upsertSubscription({ targetId: 'discord:9', mode: 'alerts', kinds: [], minChange: 'new' });
        assert.deepEqual(await s.getTarget('discord:9'), { id: 'discord:9', enabled: true });
      }));

    test('subscriptions: one per target and mode, updated in place, removed by mode or all', () =>
      withStore(make, async (s) => {
        await s.upsertSubscription({ targetId: 'slack:C1', mode: 'alerts', kinds: [], minChange: 'new', createdAt: at(0) });
        await s.upsertSubscription({ targetId: 'slack:C1', mode: 'digest', kinds: ['troops_killed'], minChange: 'new' });
        await s.upsertSubscription({ targetId: 'discord:1', mode: 'alerts', kinds: ['troops_deployed', 'workers_sent'], minChange: 'contradicts' });
        await s.upsertSubscription({ targetId: 'slack:C1', mode: 'alerts', kinds: ['missiles_supplied'], minChange: 'updates', createdAt: at(9) });
        const alerts = await s.listSubscriptions('alerts');
        assert.deepEqual(alerts.map((x) => [x.targetId, x.kinds, x.minChange]), [
          ['discord:1', ['troops_deployed', 'workers_sent'], 'contradicts'],
          ['slack:C1', ['missiles_supplied'], 'updates'],
        ]);
        assert.equal(alerts[1]?.createdAt, at(0), 'an update keeps the creation time');
        assert.equal((await s.listSubscriptions()).length, 3);
        assert.equal(await s.removeSubscription('slack:C1', 'digest'), 1);
        assert.equal(await s.removeSubscription('slack:C1', 'digest'), 0);
        await s.upsertSubscription({ targetId: 'slack:C1', mode: 'digest', kinds: [], minChange: 'new' });
        assert.equal(await s.removeSubscription('slack:C1'), 2);
        assert.deepEqual((await s.listSubscriptions()).map((x) => x.targetId), ['discord:1']);
      }));

    test('meta: get, set, overwrite', () =>
      withStore(make, async (s) => {
        assert.equal(await s.getMeta('digest.last'), undefined);
        await s.setMeta('digest.last', at(0));
        await s.setMeta('baseline', '{"claims":[1,2]}');
        await s.setMeta('digest.last', at(60));
        assert.equal(await s.getMeta('digest.last'), at(60));
        assert.equal(await s.getMeta('baseline'), '{"claims":[1,2]}');
      }));
  });
}

function lifecycleContract(make: MakeDatabase): void {
  describe('lifecycle', () => {
    test('migrate is idempotent and a reopened store finds the state (restart)', () =>
      withStore(make, async (s, open) => {
        await s.migrate();
        await s.upsertFeed(feed('a'));
        await s.markItemsSeen('a', [{ key: 'k1', outcome: 'irrelevant' }], at(0));
        await s.enqueueDeliveries([{ idempotencyKey: 'm1', targetId: 'discord:1', payload: '{}' }], at(0));
        await s.setMeta('k', 'v');
        await s.close();
        const again = await open();
        assert.equal(again.kind, s.kind);
        assert.equal((await again.getFeed('a'))?.url, 'https://example.org/a.xml');
        assert.deepEqual(await again.unseenItemKeys('a', ['k1', 'k2']), ['k2']);
        assert.equal((await again.listDeliveries()).length, 1);
        assert.equal(await again.getMeta('k'), 'v');
        await s.close(); // closing twice is harmless
      }));

    test('two stores migrating the same fresh database at once both succeed', async () => {
      const db = await make();
      const [a, b] = [await db.open(), await db.open()];
      try {
        await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
        await a.setMeta('x', '1');
        assert.equal(await b.getMeta('x'), '1');
      } finally {
        await a.close();
        await b.close();
        await db.dispose();
      }
    });
  });
}
