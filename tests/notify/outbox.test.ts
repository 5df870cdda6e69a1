// The outbox dispatcher on the real SQLite store, sending through real webhook senders to recording servers.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, dispatchDue, senderFor } from '../../src/notify/outbox.js';
import { parseOutMessage, serializeOutMessage } from '../../src/notify/codec.js';
import { createDiscordWebhookSender } from '../../src/notify/discord/webhook-sender.js';
import { createSlackWebhookSender } from '../../src/notify/slack/webhook-sender.js';
import { createConsoleSender } from '../../src/notify/console/sender.js';
import type { Sender } from '../../src/notify/types.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';
import { startWebhookReceiver, type RecordingServer } from '../fakes/webhook-receiver.js';
import { sampleAlert } from './messages.js';

const T0 = '2024-11-05T12:00:00.000Z';
const DISCORD = 'discord-webhook:default';
const SLACK = 'slack-webhook:default';

describe('dispatchDue', () => {
  let discord: RecordingServer & { webhookUrl: string };
  let slack: RecordingServer & { webhookUrl: string };
  let store: Store;
  let clock: ReturnType<typeof fixedClock>;
  let senders: Sender[];
  const logger = silentLogger();

  before(async () => {
    discord = await startWebhookReceiver('discord');
    slack = await startWebhookReceiver('slack');
  });
  after(async () => {
    await discord.close();
    await slack.close();
  });
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await store.migrate();
    clock = fixedClock(T0);
    discord.requests.length = 0;
    slack.requests.length = 0;
    senders = [createDiscordWebhookSender({ webhookUrl: discord.webhookUrl }), createSlackWebhookSender({ webhookUrl: slack.webhookUrl })];
  });

  const enqueue = (key: string, targetId: string, payload = serializeOutMessage(sampleAlert())) =>
    store.enqueueDeliveries([{ idempotencyKey: key, targetId, payload }], clock.now().toISOString());
  const run = (extra: { maxAttempts?: number; senders?: Sender[] } = {}) =>
    dispatchDue({ store, senders: extra.senders ?? senders, clock, logger, ...(extra.maxAttempts ? { maxAttempts: extra.maxAttempts } : {}) });

  test('retries after a failure, then sends exactly once', async () => {
    assert.equal(await enqueue('alert:1:discord', DISCORD), 1);
    assert.equal(await enqueue('alert:1:discord', DISCORD), 0, 'the same key is never queued twice');
    discord.enqueue({ status: 503, body: 'unavailable' });

    assert.deepEqual(await run(), { sent: 0, retried: 1, dead: 0 });
    assert.equal(discord.requests.length, 1);
    const [pending] = await store.listDeliveries({ status: 'pending' });
    assert.equal(pending?.attempts, 1);
    assert.equal(pending?.nextAttemptAt, new Date(Date.parse(T0) + backoffMs(0)).toISOString());
    assert.match(pending?.lastError ?? '', /503/);

    assert.deepEqual(await run(), { sent: 0, retried: 0, dead: 0 }, 'not due before its time');
    clock.advance(backoffMs(0));
    assert.deepEqual(await run(), { sent: 1, retried: 0, dead: 0 });
    clock.advance(3_600_000);
    assert.deepEqual(await run(), { sent: 0, retried: 0, dead: 0 });
    assert.equal(discord.requests.length, 2, 'one failed attempt, one success, no duplicate');
    assert.equal((await store.listDeliveries({ status: 'sent' })).length, 1);
  });

  test('a 429 reschedules at the advised time when it is later than the backoff', async () => {
    await enqueue('alert:2:discord', DISCORD);
    discord.enqueue({ status: 429, body: { message: 'rate limited', retry_after: 120, global: false } });
    assert.deepEqual(await run(), { sent: 0, retried: 1, dead: 0 });
    const [d] = await store.listDeliveries({ status: 'pending' });
    assert.equal(d?.nextAttemptAt, new Date(Date.parse(T0) + 120_000).toISOString());
  });

  test('a permanent failure kills the delivery and disables the target; other targets go on', async () => {
    await enqueue('alert:3:slack', SLACK);
    await enqueue('alert:4:slack', SLACK);
    await enqueue('alert:3:discord', DISCORD);
    slack.enqueue({ status: 404, body: 'no_service' });
    assert.deepEqual(await run(), { sent: 1, retried: 0, dead: 1 });
    assert.equal(slack.requests.length, 1, 'nothing more is sent to a disabled target');
    const target = await store.getTarget(SLACK);
    assert.equal(target?.enabled, false);
    assert.match(target?.disabledReason ?? '', /no_service/);
    clock.advance(86_400_000);
    assert.deepEqual(await run(), { sent: 0, retried: 0, dead: 0 });
    const dead = await store.listDeliveries({ status: 'dead' });
    assert.deepEqual(dead.map((d) => d.idempotencyKey), ['alert:3:slack']);
  });

  test('a message the platform rejects dies alone; the target stays enabled', async () => {
    await enqueue('alert:5:slack', SLACK);
    slack.enqueue({ status: 400, body: 'invalid_blocks' });
    assert.deepEqual(await run(), { sent: 0, retried: 0, dead: 1 });
    assert.equal((await store.getTarget(SLACK))?.enabled, true);
  });

  test('after maxAttempts retryable failures the delivery is dead', async () => {
    await enqueue('alert:6:discord', DISCORD);
    for (let i = 0; i < 3; i++) discord.enqueue({ status: 500, body: 'boom' });
    const totals = { sent: 0, retried: 0, dead: 0 };
    for (let i = 0; i < 5; i++) {
      const r = await run({ maxAttempts: 3 });
      totals.sent += r.sent;
      totals.retried += r.retried;
      totals.dead += r.dead;
      clock.advance(86_400_000);
    }
    assert.deepEqual(totals, { sent: 0, retried: 2, dead: 1 });
    assert.equal(discord.requests.length, 3);
    const [d] = await store.listDeliveries({ status: 'dead' });
    assert.match(d?.lastError ?? '', /gave up after 3 attempts/);
    assert.equal((await store.getTarget(DISCORD))?.enabled, true);
  });

  test('an invalid payload is dropped; a target without a sender waits', async () => {
    await enqueue('bad:1', DISCORD, '{"type":"alert","title":42}');
    await enqueue('alert:7:teams', 'teams:general');
    assert.deepEqual(await run(), { sent: 0, retried: 1, dead: 1 });
    assert.equal(discord.requests.length, 0);
    const [waiting] = await store.listDeliveries({ status: 'pending' });
    assert.match(waiting?.lastError ?? '', /no sender configured/);
  });

  test('a digest chart survives the outbox round trip and reaches the platform as a file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await enqueue('digest:1:discord', DISCORD, serializeOutMessage({ type: 'digest', since: T0, until: T0, groups: [], chartPng: png }));
    assert.deepEqual(await run(), { sent: 1, retried: 0, dead: 0 });
    assert.deepEqual([...discord.requests[0]!.files[0]!.bytes], [...png]);
  });

  test('the console sender writes plain text', async () => {
    const out: string[] = [];
    await enqueue('alert:8:console', 'console:stdout');
    assert.deepEqual(await run({ senders: [...senders, createConsoleSender((s) => out.push(s))] }), { sent: 1, retried: 0, dead: 0 });
    assert.match(out.join(''), /^== Seoul says 12,000/);
  });
});

test('senderFor prefers the longest matching prefix', () => {
  const mk = (prefix: string): Sender => ({ prefix, send: async () => ({ ok: true }) });
  const senders = [mk('slack:'), mk('discord-webhook:'), mk('discord-webhook:alerts'), mk('discord:')];
  assert.equal(senderFor(senders, 'discord-webhook:alerts')?.prefix, 'discord-webhook:alerts');
  assert.equal(senderFor(senders, 'discord-webhook:other')?.prefix, 'discord-webhook:');
  assert.equal(senderFor(senders, 'discord:123')?.prefix, 'discord:');
  assert.equal(senderFor(senders, 'teams:1'), undefined);
});

test('parseOutMessage accepts the chart in every form it may have been written in', () => {
  const base = { type: 'digest', since: T0, until: T0, groups: [] };
  for (const chartPng of [{ base64: 'iVBORw==' }, 'iVBORw==', [137, 80, 78, 71], { 0: 137, 1: 80, 2: 78, 3: 71 }]) {
    const m = parseOutMessage(JSON.stringify({ ...base, chartPng }));
    assert.equal(m.type, 'digest');
    assert.deepEqual([...(m.type === 'digest' ? m.chartPng ?? [] : [])], [137, 80, 78, 71]);
  }
  assert.throws(() => parseOutMessage('{"type":"nope"}'), /invalid message payload/);
});
