// Bot channel senders against fake Discord REST and Slack Web APIs on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDiscordChannelSender } from '../../src/notify/discord/channel-sender.js';
import { createSlackChannelSender } from '../../src/notify/slack/channel-sender.js';
import { discordRateLimited, discordUnknownChannel, startFakeDiscordRest, type FakeDiscordRest } from '../fakes/discord-rest.js';
import { slackRateLimited, startFakeSlackWebApi, type FakeSlackWebApi } from '../fakes/slack-web-api.js';
import type { DigestMessage } from '../../src/notify/types.js';
import { sampleAlert } from './messages.js';

const CHANNEL = '223456789012345678';
const digest = (): DigestMessage => ({
  type: 'digest',
  since: '2024-11-04T00:00:00Z',
  until: '2024-11-05T00:00:00Z',
  groups: [{ kind: 'troops_deployed', lines: sampleAlert().changes.slice(0, 1) }],
  chartPng: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]),
});

describe('Discord channel sender', () => {
  let api: FakeDiscordRest;
  before(async () => {
    api = await startFakeDiscordRest();
  });
  after(() => api.close());

  test('posts as the bot with mentions disabled and a nonce from the idempotency key', async () => {
    const sender = createDiscordChannelSender({ token: 'bot-token', apiBaseUrl: api.apiBaseUrl });
    assert.equal(sender.prefix, 'discord:');
    assert.deepEqual(await sender.send(`discord:${CHANNEL}`, sampleAlert(), 'alert:1:discord'), { ok: true });
    const m = api.messages.at(-1)!;
    assert.equal(m.channelId, CHANNEL);
    assert.equal(m.authorization, 'Bot bot-token');
    assert.deepEqual(m.body.allowed_mentions, { parse: [] });
    assert.equal(m.body.enforce_nonce, true);
    assert.equal(typeof m.body.nonce, 'string');
    assert.ok((m.body.nonce as string).length <= 25);
    // The same delivery sent again (e.g. after a lost answer) does not post twice.
    const before = api.messages.length;
    assert.deepEqual(await sender.send(`discord:${CHANNEL}`, sampleAlert(), 'alert:1:discord'), { ok: true });
    assert.equal(api.messages.length, before);
  });

  test('uploads the digest chart as files[0]', async () => {
    const sender = createDiscordChannelSender({ token: 'bot-token', apiBaseUrl: api.apiBaseUrl });
    assert.deepEqual(await sender.send(`discord:${CHANNEL}`, digest(), 'digest:1'), { ok: true });
    const m = api.messages.at(-1)!;
    assert.equal(m.files.length, 1);
    assert.equal(m.files[0]!.field, 'files[0]');
    assert.equal(m.files[0]!.name, 'figures.png');
    assert.equal((m.body.embeds as { image: { url: string } }[])[0]!.image.url, 'attachment://figures.png');
  });

  test('429 → retry after the advised delay; 404 unknown channel → permanent; 500 → retry', async () => {
    const sender = createDiscordChannelSender({ token: 'bot-token', apiBaseUrl: api.apiBaseUrl });
    api.failNext('323456789012345678', discordRateLimited(4));
    const r1 = await sender.send('discord:323456789012345678', sampleAlert(), 'x1');
    assert.ok(!r1.ok && 'retryAfterMs' in r1 && r1.retryAfterMs >= 4000, JSON.stringify(r1));
    api.failNext('423456789012345678', discordUnknownChannel());
    const r2 = await sender.send('discord:423456789012345678', sampleAlert(), 'x2');
    assert.ok(!r2.ok && 'permanent' in r2 && r2.scope === undefined, JSON.stringify(r2));
    api.failNext('523456789012345678', { status: 500, body: { message: 'oops' } });
    const r3 = await sender.send('discord:523456789012345678', sampleAlert(), 'x3');
    assert.ok(!r3.ok && 'retryAfterMs' in r3, JSON.stringify(r3));
    // The bot still works for other channels afterwards.
    assert.deepEqual(await sender.send(`discord:${CHANNEL}`, sampleAlert(), 'x4'), { ok: true });
  });
});

describe('Slack channel sender', () => {
  let api: FakeSlackWebApi;
  before(async () => {
    api = await startFakeSlackWebApi();
  });
  after(() => api.close());

  test('chat.postMessage with the bot token, text and blocks', async () => {
    const sender = createSlackChannelSender({ token: api.token, apiUrl: api.apiUrl });
    assert.equal(sender.prefix, 'slack:');
    assert.deepEqual(await sender.send('slack:C0123ABCD', sampleAlert(), 'k'), { ok: true });
    const m = api.messages.at(-1)!;
    assert.equal(m.channel, 'C0123ABCD');
    assert.equal(m.authorization, `Bearer ${api.token}`);
    assert.match(m.text, /UPDATE Troops deployed/);
    assert.ok(m.blocks.length >= 3);
  });

  test('a digest posts the message, then uploads the chart with files.uploadV2', async () => {
    const sender = createSlackChannelSender({ token: api.token, apiUrl: api.apiUrl });
    assert.deepEqual(await sender.send('slack:C0123ABCD', digest(), 'd'), { ok: true });
    const f = api.files.at(-1)!;
    assert.equal(f.filename, 'figures.png');
    assert.equal(f.channel, 'C0123ABCD');
    assert.deepEqual([...f.bytes], [0x89, 0x50, 0x4e, 0x47, 9, 9]);
  });

  test('rate limits are retryable without the client waiting; gone channels are permanent', async () => {
    const sender = createSlackChannelSender({ token: api.token, apiUrl: api.apiUrl });
    api.failNext('C0RATE', slackRateLimited(5), 'ratelimited');
    const started = Date.now();
    const r1 = await sender.send('slack:C0RATE', sampleAlert(), 'a');
    assert.ok(!r1.ok && 'retryAfterMs' in r1 && r1.retryAfterMs === 5000, JSON.stringify(r1));
    assert.ok(Date.now() - started < 2000, 'the client must not sleep out the limit itself');
    const r2 = await sender.send('slack:C0RATE', sampleAlert(), 'b');
    assert.ok(!r2.ok && 'retryAfterMs' in r2, JSON.stringify(r2));
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived']) {
      api.failNext('C0GONE', code);
      const r = await sender.send('slack:C0GONE', sampleAlert(), code);
      assert.ok(!r.ok && 'permanent' in r && r.scope === undefined && r.error.includes(code), JSON.stringify(r));
    }
    const bad = createSlackChannelSender({ token: 'xoxb-wrong', apiUrl: api.apiUrl });
    const r3 = await bad.send('slack:C0123ABCD', sampleAlert(), 'c');
    assert.ok(!r3.ok && 'permanent' in r3 && /invalid_auth/.test(r3.error));
    assert.doesNotMatch(r3.error, /xoxb/);
    api.failNext('C0BAD', 'invalid_blocks');
    const r4 = await sender.send('slack:C0BAD', sampleAlert(), 'e');
    assert.ok(!r4.ok && 'permanent' in r4 && r4.scope === 'message');
  });
});
