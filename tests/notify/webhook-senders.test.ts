// Webhook senders against a real recording HTTP server on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDiscordWebhookSender } from '../../src/notify/discord/webhook-sender.js';
import { createSlackWebhookSender } from '../../src/notify/slack/webhook-sender.js';
import { startWebhookReceiver, type RecordingServer } from '../fakes/webhook-receiver.js';
import { hugeAlert, sampleAlert } from './messages.js';
import { assertDiscordSafe, assertSlackSafe } from './limits.js';

describe('Discord webhook sender', () => {
  let hook: RecordingServer & { webhookUrl: string };
  before(async () => {
    hook = await startWebhookReceiver('discord');
  });
  after(() => hook.close());

  test('posts the rendered alert with ?wait=true and mentions disabled', async () => {
    const sender = createDiscordWebhookSender({ webhookUrl: hook.webhookUrl });
    assert.equal(sender.prefix, 'discord-webhook:default');
    const r = await sender.send('discord-webhook:default', hugeAlert(), 'k1');
    assert.deepEqual(r, { ok: true });
    const req = hook.requests.at(-1)!;
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/api/webhooks/123456789012345678/secret-token');
    assert.equal(req.query.get('wait'), 'true');
    const body = req.json as Parameters<typeof assertDiscordSafe>[0];
    assertDiscordSafe(body, ['https://news.example.org/real', ...Array.from({ length: 300 }, (_, i) => `https://mirror${i}.example.net/a`)]);
  });

  test('a 429 comes back with the advised delay from the body (retry_after)', async () => {
    hook.enqueue({ status: 429, body: { message: 'You are being rate limited.', retry_after: 2.5, global: false } });
    const r = await createDiscordWebhookSender({ webhookUrl: hook.webhookUrl }).send('discord-webhook:default', sampleAlert(), 'k2');
    assert.equal(r.ok, false);
    assert.ok(!r.ok && 'retryAfterMs' in r && r.retryAfterMs === 2500);
  });

  test('a 429 without a body uses the Retry-After header', async () => {
    hook.enqueue({ status: 429, headers: { 'retry-after': '7' }, body: '' });
    const r = await createDiscordWebhookSender({ webhookUrl: hook.webhookUrl }).send('discord-webhook:default', sampleAlert(), 'k3');
    assert.ok(!r.ok && 'retryAfterMs' in r && r.retryAfterMs === 7000);
  });

  test('5xx is retryable; 404 (deleted webhook) is permanent and names no secret', async () => {
    hook.enqueue({ status: 502, body: 'bad gateway' }, { status: 404, body: { message: 'Unknown Webhook', code: 10015 } });
    const sender = createDiscordWebhookSender({ webhookUrl: hook.webhookUrl });
    const r1 = await sender.send('discord-webhook:default', sampleAlert(), 'k4');
    assert.ok(!r1.ok && 'retryAfterMs' in r1);
    const r2 = await sender.send('discord-webhook:default', sampleAlert(), 'k5');
    assert.ok(!r2.ok && 'permanent' in r2 && r2.permanent);
    assert.doesNotMatch(r2.error, /secret-token/);
    assert.equal(r2.scope, undefined);
  });

  test('a digest with a chart goes as multipart with files[0]', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const r = await createDiscordWebhookSender({ webhookUrl: hook.webhookUrl }).send(
      'discord-webhook:default',
      { type: 'digest', since: '2024-11-04T00:00:00Z', until: '2024-11-05T00:00:00Z', groups: [], chartPng: png },
      'k6',
    );
    assert.deepEqual(r, { ok: true });
    const req = hook.requests.at(-1)!;
    assert.equal(req.files.length, 1);
    assert.equal(req.files[0]!.field, 'files[0]');
    assert.equal(req.files[0]!.name, 'figures.png');
    assert.deepEqual([...req.files[0]!.bytes], [...png]);
    const body = req.json as { embeds: { image?: { url: string } }[]; allowed_mentions: unknown; attachments: unknown };
    assert.equal(body.embeds[0]!.image?.url, 'attachment://figures.png');
    assert.deepEqual(body.allowed_mentions, { parse: [] });
    assert.deepEqual(body.attachments, [{ id: 0, filename: 'figures.png' }]);
  });

  test('a refused connection is a retryable network failure', async () => {
    const dead = await startWebhookReceiver('discord');
    const url = dead.webhookUrl;
    await dead.close();
    const r = await createDiscordWebhookSender({ webhookUrl: url }).send('discord-webhook:default', sampleAlert(), 'k7');
    assert.ok(!r.ok && 'retryAfterMs' in r);
  });
});

describe('Slack webhook sender', () => {
  let hook: RecordingServer & { webhookUrl: string };
  before(async () => {
    hook = await startWebhookReceiver('slack');
  });
  after(() => hook.close());

  test('posts text and blocks within Block Kit limits', async () => {
    const sender = createSlackWebhookSender({ webhookUrl: hook.webhookUrl, targetId: 'slack-webhook:default' });
    assert.deepEqual(await sender.send('slack-webhook:default', hugeAlert(), 'k1'), { ok: true });
    const body = hook.requests.at(-1)!.json as Parameters<typeof assertSlackSafe>[0];
    assertSlackSafe(body, ['https://news.example.org/real', ...Array.from({ length: 300 }, (_, i) => `https://mirror${i}.example.net/a`)]);
  });

  test('429 honours Retry-After; 404 no_service and 410 are permanent; 400 invalid_blocks drops only the message', async () => {
    hook.enqueue(
      { status: 429, headers: { 'retry-after': '3' }, body: 'rate_limited' },
      { status: 404, body: 'no_service' },
      { status: 410, body: 'channel_is_archived' },
      { status: 400, body: 'invalid_blocks' },
    );
    const sender = createSlackWebhookSender({ webhookUrl: hook.webhookUrl });
    const r1 = await sender.send('slack-webhook:default', sampleAlert(), 'a');
    assert.ok(!r1.ok && 'retryAfterMs' in r1 && r1.retryAfterMs === 3000);
    const r2 = await sender.send('slack-webhook:default', sampleAlert(), 'b');
    assert.ok(!r2.ok && 'permanent' in r2 && r2.scope === undefined && /no_service/.test(r2.error));
    assert.doesNotMatch(r2.error, /services\/T000/);
    const r3 = await sender.send('slack-webhook:default', sampleAlert(), 'c');
    assert.ok(!r3.ok && 'permanent' in r3 && r3.scope === undefined);
    const r4 = await sender.send('slack-webhook:default', sampleAlert(), 'd');
    assert.ok(!r4.ok && 'permanent' in r4 && r4.scope === 'message');
  });
});
