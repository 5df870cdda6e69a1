// Bolt's real HTTP receiver gets signed slash-command requests; replies go to a local fake of response_url and
// the Web API.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startSlackBot, type SlackBot } from '../../src/chat/slack/bot.js';
import { slackManifest } from '../../src/chat/slack/manifest.js';
import { SLACK_LIMITS, type SlackBlock } from '../../src/notify/slack/render.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createTestContext, type TestContext } from './fakes/context.js';
import { waitFor } from './fakes/http.js';
import { startSlackApiFake, type SlackApiFake } from './fakes/slack-api.js';

const BOT_TOKEN = 'xoxb-fake-token';
const SIGNING_SECRET = 'fake-signing-secret';
const CHANNEL = 'C0123';

function sign(body: string, ts: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

function assertBlockKitLimits(blocks: SlackBlock[]): void {
  assert.ok(blocks.length >= 1 && blocks.length <= SLACK_LIMITS.blocks);
  for (const b of blocks) {
    if (b.type === 'header') assert.ok(b.text.text.length <= SLACK_LIMITS.header);
    if (b.type === 'section') assert.ok(b.text.text.length <= SLACK_LIMITS.sectionText && b.text.text.length > 0);
    if (b.type === 'context') assert.ok(b.elements.length <= SLACK_LIMITS.contextElements);
  }
}

describe('Slack bot (Bolt HTTP receiver against a local Web API fake)', () => {
  let slack: SlackApiFake;
  let t: TestContext;
  let bot: SlackBot;
  let n = 0;

  async function slash(
    text: string,
    o: { user?: string; failResponseUrl?: boolean; secret?: string; ts?: number } = {},
  ): Promise<{ status: number; responseId: string }> {
    const responseId = `r${++n}`;
    const body = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: 'T1',
      team_domain: 'fake',
      channel_id: CHANNEL,
      channel_name: 'general',
      user_id: o.user ?? 'U1',
      user_name: 'analyst',
      command: '/dprk',
      text,
      api_app_id: 'A1',
      response_url: slack.responseUrl(responseId, o.failResponseUrl),
      trigger_id: `trigger-${n}`,
    }).toString();
    const ts = o.ts ?? Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sign(body, ts, o.secret),
      },
      body,
    });
    await res.arrayBuffer();
    return { status: res.status, responseId };
  }

  const responseOf = (id: string) =>
    waitFor(() => slack.responses.find((r) => r.id === id), 5000, `response ${id}`).then((r) => r.body);

  before(async () => {
    t = await createTestContext();
    slack = await startSlackApiFake({ botToken: BOT_TOKEN, workspaceAdmins: ['UADMIN'] });
    bot = await startSlackBot({
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      apiUrl: slack.apiUrl,
      ctx: t.ctx,
      logger: silentLogger(),
      adminUserIds: ['UCONFIGURED'],
    });
  });

  after(async () => {
    await bot?.stop();
    await slack?.close();
    await t?.close();
  });

  test('start verifies the bot token with auth.test against the fake Web API', () => {
    const auth = slack.calls.find((c) => c.method === 'auth.test');
    assert.ok(auth);
    assert.equal(auth.authorization, `Bearer ${BOT_TOKEN}`);
    assert.ok(bot.port && bot.port > 0);
  });

  test('a signed /dprk status is acked and answered in channel through response_url, within Block Kit limits', async () => {
    const { status, responseId } = await slash('status');
    assert.equal(status, 200);
    const body = await responseOf(responseId);
    assert.equal(body.response_type, 'in_channel');
    assert.ok(typeof body.text === 'string' && body.text.length > 0 && body.text.length <= SLACK_LIMITS.text);
    assertBlockKitLimits(body.blocks as SlackBlock[]);
    assert.match(JSON.stringify(body.blocks), /Troops deployed/);
  });

  test('a badly signed request is refused with 401 and runs nothing', async () => {
    const before = slack.responses.length;
    const { status } = await slash('status', { secret: 'wrong-secret' });
    assert.equal(status, 401);
    const stale = await slash('status', { ts: Math.floor(Date.now() / 1000) - 600 });
    assert.equal(stale.status, 401);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(slack.responses.length, before);
  });

  test('subscribe stores a subscription for slack:<channel>', async () => {
    const { responseId } = await slash('subscribe digest troops_deployed min-change=contradicts');
    const body = await responseOf(responseId);
    assert.match(JSON.stringify(body.blocks), /Subscribed to digest/);
    const subs = await t.store.listSubscriptions('digest');
    assert.deepEqual(
      subs.map((s) => [s.targetId, s.kinds, s.minChange]),
      [[`slack:${CHANNEL}`, ['troops_deployed'], 'contradicts']],
    );
  });

  test('admin-only: refused (ephemeral) for a plain user, allowed for configured and workspace admins', async () => {
    const plain = await slash('feeds add <https://feeds.example/a.xml|feeds.example/a.xml>', { user: 'UPLAIN' });
    const refused = await responseOf(plain.responseId);
    assert.equal(refused.response_type, 'ephemeral');
    assert.match(JSON.stringify(refused.blocks), /admins only/);
    assert.ok(slack.calls.some((c) => c.method === 'users.info' && c.args.user === 'UPLAIN'));
    assert.deepEqual(t.calls.added, []);

    const configured = await slash('feeds add <https://feeds.example/a.xml|feeds.example/a.xml>', { user: 'UCONFIGURED' });
    assert.match(JSON.stringify((await responseOf(configured.responseId)).blocks), /Feed added/);
    assert.ok(!slack.calls.some((c) => c.method === 'users.info' && c.args.user === 'UCONFIGURED'));

    const workspace = await slash('feeds remove example-feed', { user: 'UADMIN' });
    assert.match(JSON.stringify((await responseOf(workspace.responseId)).blocks), /Feed removed/);
    assert.deepEqual(t.calls.added, ['https://feeds.example/a.xml']);
    assert.deepEqual(t.calls.removed, ['example-feed']);
  });

  test('bad arguments and over-long input get an ephemeral explanation', async () => {
    const bad = await slash('claims troops_everywhere');
    const r1 = await responseOf(bad.responseId);
    assert.equal(r1.response_type, 'ephemeral');
    assert.match(JSON.stringify(r1.blocks), /unknown kind/);

    const long = await slash(`analyze https://news.example/${'a'.repeat(2100)}`);
    const r2 = await responseOf(long.responseId);
    assert.equal(r2.response_type, 'ephemeral');
    assert.deepEqual(t.calls.analyzed, []);
  });

  test('when response_url is gone, the reply goes out with chat.postMessage', async () => {
    const before = slack.calls.filter((c) => c.method === 'chat.postMessage').length;
    await slash('changes 7d', { failResponseUrl: true });
    const post = await waitFor(
      () => slack.calls.filter((c) => c.method === 'chat.postMessage')[before],
      5000,
      'chat.postMessage',
    );
    assert.equal(post.args.channel, CHANNEL);
    assert.equal(post.authorization, `Bearer ${BOT_TOKEN}`);
    assertBlockKitLimits(post.args.blocks as SlackBlock[]);
  });

  test('an ephemeral answer whose response_url is gone goes out with chat.postEphemeral to the user', async () => {
    await slash('help', { user: 'U42', failResponseUrl: true });
    const post = await waitFor(() => slack.calls.find((c) => c.method === 'chat.postEphemeral'), 5000, 'chat.postEphemeral');
    assert.equal(post.args.channel, CHANNEL);
    assert.equal(post.args.user, 'U42');
    assertBlockKitLimits(post.args.blocks as SlackBlock[]);
  });

  test('slackManifest declares /dprk with the scopes the bot uses', () => {
    const http = slackManifest({ publicUrl: 'https://bot.example.org' }) as {
      features: { slash_commands: { command: string; url?: string; usage_hint: string }[] };
      oauth_config: { scopes: { bot: string[] } };
      settings: { socket_mode_enabled: boolean };
    };
    assert.equal(http.features.slash_commands[0]?.command, '/dprk');
    assert.equal(http.features.slash_commands[0]?.url, 'https://bot.example.org/slack/events');
    assert.ok((http.features.slash_commands[0]?.usage_hint.length ?? 0) <= 100);
    assert.deepEqual(http.oauth_config.scopes.bot, ['commands', 'chat:write', 'chat:write.public', 'users:read']);
    assert.equal(http.settings.socket_mode_enabled, false);
    assert.equal((slackManifest() as { settings: { socket_mode_enabled: boolean } }).settings.socket_mode_enabled, true);
    const exact = slackManifest('https://bot.example.org/hooks/slack') as typeof http;
    assert.equal(exact.features.slash_commands[0]?.url, 'https://bot.example.org/hooks/slack');
  });

  test('a refused bot token fails the start before anything listens', async () => {
    await assert.rejects(
      startSlackBot({ botToken: 'xoxb-wrong', signingSecret: SIGNING_SECRET, port: 0, apiUrl: slack.apiUrl, ctx: t.ctx, logger: silentLogger() }),
      /invalid_auth/,
    );
  });
});
