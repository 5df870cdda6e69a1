// Socket Mode: Bolt opens the connection through apps.connections.open on the fake Web API, acks a slash-command
// envelope over the WebSocket and answers through response_url.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSlackBot, type SlackBot } from '../../src/chat/slack/bot.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createTestContext, type TestContext } from './fakes/context.js';
import { waitFor } from './fakes/http.js';
import { startSlackApiFake, type SlackApiFake } from './fakes/slack-api.js';

const BOT_TOKEN = 'xoxb-fake-token';
const APP_TOKEN = 'xapp-fake-token';

describe('Slack bot in Socket Mode', () => {
  let slack: SlackApiFake;
  let t: TestContext;
  let bot: SlackBot;

  before(async () => {
    t = await createTestContext();
    slack = await startSlackApiFake({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    bot = await startSlackBot({ botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl, ctx: t.ctx, logger: silentLogger() });
  });

  after(async () => {
    await bot?.stop();
    await slack?.close();
    await t?.close();
  });

  test('connects with the app token, listens on no port', () => {
    const open = slack.calls.find((c) => c.method === 'apps.connections.open');
    assert.equal(open?.authorization, `Bearer ${APP_TOKEN}`);
    assert.equal(slack.socketConnections(), 1);
    assert.equal(bot.port, undefined);
  });

  test('a slash-command envelope is acked and answered through response_url', async () => {
    const ack = await slack.sendEnvelope('slash_commands', {
      token: 'x',
      team_id: 'T1',
      channel_id: 'C7',
      user_id: 'U1',
      command: '/dprk',
      text: 'claims treaty_event',
      api_app_id: 'A1',
      response_url: slack.responseUrl('sm1'),
      trigger_id: 't1',
    });
    assert.ok(ack.envelope_id);
    const reply = await waitFor(() => slack.responses.find((r) => r.id === 'sm1'), 5000, 'response');
    assert.equal(reply.body.response_type, 'in_channel');
    assert.match(JSON.stringify(reply.body.blocks), /signed/);
  });
});
