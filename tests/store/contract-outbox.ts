// Store contract, part 3: the outbox — idempotent enqueue, due order, leases, retries, disabled targets, and
// several stores (processes) claiming deliveries at once without ever sharing a row.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, delivery } from './fixtures.js';
import { withStore, type MakeDatabase } from './harness.js';

/** The stores' default lease (rows.ts DEFAULT_LEASE_MS); the tests open stores with defaults. */
const LEASE_MS = 5 * 60_000;

export function outboxContract(make: MakeDatabase): void {
  describe('outbox', () => {
    test('enqueue is idempotent by key and returns how many rows were inserted', () =>
      withStore(make, async (s) => {
        assert.equal(await s.enqueueDeliveries([delivery('k1'), delivery('k2', 'slack:C1'), delivery('k1')], at(0)), 2);
        assert.equal(await s.enqueueDeliveries([delivery('k1'), delivery('k2'), delivery('k3')], at(1)), 1);
        assert.equal(await s.enqueueDeliveries([], at(2)), 0);
        const all = await s.listDeliveries();
        assert.deepEqual(all.map((d) => d.idempotencyKey), ['k1', 'k2', 'k3']);
        const first = all[0];
        assert.ok(first);
        assert.deepEqual(
          { ...first, id: 0 },
          { id: 0, idempotencyKey: 'k1', targetId: 'discord:1', payload: '{"key":"k1"}', status: 'pending', attempts: 0, nextAttemptAt: at(0), createdAt: at(0) },
        );
        assert.deepEqual((await s.listDeliveries({ targetId: 'slack:C1' })).map((d) => d.idempotencyKey), ['k2']);
      }));

    test('due: pending and due only, oldest first, limited; a returned row is leased, then due again', () =>
      withStore(make, async (s) => {
        await s.enqueueDeliveries([delivery('k1'), delivery('k2'), delivery('k3')], at(0));
        await s.enqueueDeliveries([delivery('later')], at(3));
        assert.deepEqual((await s.dueDeliveries(at(-1), 10)).length, 0, 'nothing is due before it was enqueued');
        assert.deepEqual((await s.dueDeliveries(at(1), 2)).map((d) => d.idempotencyKey), ['k1', 'k2']);
        assert.deepEqual((await s.dueDeliveries(at(1), 10)).map((d) => d.idempotencyKey), ['k3'], 'k1 and k2 are leased');
        assert.deepEqual((await s.dueDeliveries(at(2), 10)).map((d) => d.idempotencyKey), [], 'later is not due yet');
        assert.deepEqual((await s.dueDeliveries(at(3), 10)).map((d) => d.idempotencyKey), ['later']);
        // Nobody marked k1..k3 (a crashed sender): once the lease ends they are due again.
        const again = await s.dueDeliveries(new Date(new Date(at(1)).getTime() + LEASE_MS).toISOString(), 10);
        assert.deepEqual(again.map((d) => d.idempotencyKey), ['k1', 'k2', 'k3']);
      }));

    test('sent, retry and dead: attempts counted, errors kept, retries due at their time', () =>
      withStore(make, async (s) => {
        await s.enqueueDeliveries([delivery('ok'), delivery('flaky'), delivery('broken')], at(0));
        const [ok, flaky, broken] = await s.dueDeliveries(at(0), 10);
        assert.ok(ok && flaky && broken);
        await s.markDeliverySent(ok.id, at(1));
        await s.markDeliveryRetry(flaky.id, { error: 'HTTP 429', nextAttemptAt: at(3) });
        await s.markDeliveryDead(broken.id, 'HTTP 404 unknown channel');
        assert.deepEqual(await s.dueDeliveries(at(2), 10), []);
        const [retried] = await s.dueDeliveries(at(3), 10);
        assert.equal(retried?.idempotencyKey, 'flaky');
        assert.equal(retried?.attempts, 1);
        assert.equal(retried?.lastError, 'HTTP 429');
        assert.equal(retried?.nextAttemptAt, at(3));
        await s.markDeliverySent(flaky.id, at(4));
        const byKey = new Map((await s.listDeliveries()).map((d) => [d.idempotencyKey, d]));
        assert.equal(byKey.get('ok')?.status, 'sent');
        assert.equal(byKey.get('ok')?.sentAt, at(1));
        assert.equal(byKey.get('ok')?.attempts, 1);
        assert.equal(byKey.get('flaky')?.status, 'sent');
        assert.equal(byKey.get('flaky')?.attempts, 2);
        assert.equal(byKey.get('flaky')?.lastError, undefined);
        assert.equal(byKey.get('broken')?.status, 'dead');
        assert.equal(byKey.get('broken')?.lastError, 'HTTP 404 unknown channel');
        assert.deepEqual((await s.listDeliveries({ status: 'sent' })).map((d) => d.idempotencyKey), ['ok', 'flaky']);
        assert.deepEqual((await s.listDeliveries({ status: 'dead', targetId: 'discord:1' })).length, 1);
        assert.deepEqual((await s.listDeliveries({ status: 'dead', targetId: 'slack:C9' })).length, 0);
        // A sent delivery is never resent: enqueueing its key again is a no-op and it is never due.
        assert.equal(await s.enqueueDeliveries([delivery('ok')], at(5)), 0);
        assert.deepEqual(await s.dueDeliveries(at(60 * 24), 10), []);
      }));

    test('deliveries of disabled targets are not due until the target is enabled again', () =>
      withStore(make, async (s) => {
        await s.enqueueDeliveries([delivery('d1', 'discord:1'), delivery('s1', 'slack:C1')], at(0));
        await s.disableTarget('slack:C1', 'not_in_channel');
        assert.deepEqual((await s.dueDeliveries(at(1), 10)).map((d) => d.idempotencyKey), ['d1']);
        await s.enableTarget('slack:C1');
        assert.deepEqual((await s.dueDeliveries(at(1), 10)).map((d) => d.idempotencyKey), ['s1']);
      }));

    test('two stores claiming at once never get the same delivery', () =>
      withStore(make, async (s, open) => {
        const other = await open();
        const N = 200;
        await s.enqueueDeliveries(Array.from({ length: N }, (_, i) => delivery(`m${i}`, `discord:${i % 3}`)), at(0));
        const seen = new Map<number, string>();
        const worker = async (name: string, store: typeof s) => {
          for (;;) {
            const batch = await store.dueDeliveries(at(1), 7);
            if (batch.length === 0) return;
            for (const d of batch) {
              assert.equal(seen.get(d.id), undefined, `delivery ${d.id} claimed by ${seen.get(d.id)} and ${name}`);
              seen.set(d.id, name);
            }
            await Promise.all(batch.map((d) => store.markDeliverySent(d.id, at(1))));
          }
        };
        await Promise.all([worker('a', s), worker('b', other), worker('a2', s), worker('b2', other)]);
        assert.equal(seen.size, N);
        assert.equal((await s.listDeliveries({ status: 'sent' })).length, N);
      }));
  });
}
