// The real discord.js Client against local fakes of Discord's gateway and REST API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDiscordBot, type DiscordBot } from '../../src/chat/discord/bot.js';
import { registerDiscordCommands } from '../../src/chat/discord/register.js';
import { DISCORD_LIMITS, embedLength, type DiscordEmbed } from '../../src/notify/discord/render.js';
import type { UrlAnalysis } from '../../src/chat/types.js';
import { AppError } from '../../src/shared/errors.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createTestContext, type TestContext } from './fakes/context.js';
import { slashInteraction, startDiscordGatewayFake, type DiscordGatewayFake } from './fakes/discord-gateway.js';
import { startDiscordRestFake, type DiscordRestFake, type RecordedRequest } from './fakes/discord-rest.js';
import { waitFor } from './fakes/http.js';

const IDS = { token: 'fake-bot-token', applicationId: '100', botUserId: '100', guildId: '200', channelId: '300' };
const MANAGE_GUILD = '32';

interface CallbackBody {
  type: number;
  data?: { content?: string; embeds?: DiscordEmbed[]; allowed_mentions?: { parse: string[] }; flags?: number };
}

function assertWithinLimits(embeds: DiscordEmbed[]): void {
  assert.ok(embeds.length <= DISCORD_LIMITS.embeds);
  assert.ok(embeds.reduce((n, e) => n + embedLength(e), 0) <= DISCORD_LIMITS.total);
  for (const e of embeds) {
    assert.ok((e.description?.length ?? 0) <= DISCORD_LIMITS.description);
    assert.ok((e.title?.length ?? 0) <= DISCORD_LIMITS.title);
    assert.ok((e.fields?.length ?? 0) <= DISCORD_LIMITS.fields);
  }
}

describe('Discord bot (discord.js against local gateway and REST fakes)', () => {
  let gateway: DiscordGatewayFake;
  let rest: DiscordRestFake;
  let t: TestContext;
  let bot: DiscordBot;
  let nextId = 1000;
  let defaultAnalysis: UrlAnalysis;

  const callbacksFor = (id: string): RecordedRequest[] =>
    rest.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));

  async function interact(options: unknown[], permissions = '0'): Promise<{ id: string; token: string }> {
    const id = String(nextId++);
    const token = `itoken-${id}`;
    gateway.dispatch(
      'INTERACTION_CREATE',
      slashInteraction({ ...IDS, id, token, userId: '400', permissions, options }),
    );
    return { id, token };
  }

  async function answered(id: string): Promise<CallbackBody> {
    const ok = await waitFor(() => callbacksFor(id).find((r) => r.status === 204), 5000, `callback of ${id}`);
    return ok.body as CallbackBody;
  }

  before(async () => {
    t = await createTestContext();
    defaultAnalysis = await t.ctx.analyzeUrl('https://news.example/kursk');
    t.calls.analyzed.length = 0;
    gateway = await startDiscordGatewayFake({ ...IDS, heartbeatIntervalMs: 100 });
    rest = await startDiscordRestFake({ token: IDS.token, gatewayUrl: () => gateway.url });
    bot = await startDiscordBot({
      token: IDS.token,
      applicationId: IDS.applicationId,
      apiBaseUrl: rest.baseUrl,
      ctx: t.ctx,
      logger: silentLogger(),
      deferAfterMs: 100,
    });
  });

  after(async () => {
    await bot?.stop();
    await gateway?.close();
    await rest?.close();
    await t?.close();
  });

  test('logs in through GET /gateway/bot and IDENTIFY with the Guilds intent only', async () => {
    assert.ok(rest.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot' && r.authorization === `Bot ${IDS.token}`));
    assert.deepEqual(gateway.identifies, [{ token: IDS.token, intents: 1 }]);
    assert.equal(bot.client.user?.id, IDS.botUserId);
    assert.ok(bot.client.guilds.cache.has(IDS.guildId));
  });

  test('answers heartbeats (the fake ACKs; the connection stays up)', async () => {
    await waitFor(() => (gateway.heartbeats >= 2 ? true : undefined), 3000, 'two heartbeats');
    assert.equal(bot.client.ws.status, 0); // Status.Ready
  });

  test('/dprk status is answered through the REST callback, after honouring a 429 Retry-After', async () => {
    rest.rateLimitNextCallbacks(1, 0.3);
    const { id } = await interact([{ type: 1, name: 'status', options: [] }]);
    const body = await answered(id);
    const attempts = callbacksFor(id);
    assert.equal(attempts.length, 2);
    assert.equal(attempts[0]?.status, 429);
    const waited = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
    assert.ok(waited >= 300, `retried after ${waited} ms, Retry-After was 300 ms`);
    assert.equal(body.type, 4); // CHANNEL_MESSAGE_WITH_SOURCE
    assert.deepEqual(body.data?.allowed_mentions, { parse: [] });
    const embeds = body.data?.embeds ?? [];
    assert.equal(embeds.length, 1);
    assertWithinLimits(embeds);
    assert.match(embeds[0]?.description ?? '', /Troops deployed/);
    assert.equal((body.data?.flags ?? 0) & 64, 0);
  });

  test('subcommand groups with options map to the neutral command (subscribe alerts kinds min-change)', async () => {
    const { id } = await interact([
      {
        type: 2,
        name: 'subscribe',
        options: [
          {
            type: 1,
            name: 'alerts',
            options: [
              { type: 3, name: 'kinds', value: 'troops_deployed, weapon_supplied' },
              { type: 3, name: 'min-change', value: 'updates' },
            ],
          },
        ],
      },
    ]);
    const body = await answered(id);
    assert.match(body.data?.embeds?.[0]?.title ?? '', /Subscribed to alerts/);
    const subs = await t.store.listSubscriptions('alerts');
    assert.deepEqual(
      subs.map((s) => ({ targetId: s.targetId, kinds: s.kinds, minChange: s.minChange })),
      [{ targetId: `discord:${IDS.channelId}`, kinds: ['troops_deployed', 'weapon_supplied'], minChange: 'updates' }],
    );
  });

  test('admin-only commands are refused, ephemerally, without Manage Server; allowed with it', async () => {
    const refused = await interact([{ type: 2, name: 'feeds', options: [{ type: 1, name: 'add', options: [{ type: 3, name: 'url', value: 'https://feeds.example/rss' }] }] }]);
    const r1 = await answered(refused.id);
    assert.equal((r1.data?.flags ?? 0) & 64, 64);
    assert.match(r1.data?.embeds?.[0]?.description ?? '', /admins only/);
    assert.deepEqual(t.calls.added, []);

    const allowed = await interact(
      [{ type: 2, name: 'feeds', options: [{ type: 1, name: 'add', options: [{ type: 3, name: 'url', value: 'https://feeds.example/rss' }] }] }],
      MANAGE_GUILD,
    );
    const r2 = await answered(allowed.id);
    assert.match(r2.data?.embeds?.[0]?.title ?? '', /Feed added/);
    assert.deepEqual(t.calls.added, ['https://feeds.example/rss']);
  });

  test('a slow command is deferred, then the deferred reply is edited with the answer', async () => {
    t.setAnalyzeDelay(400);
    try {
      const { id, token } = await interact([{ type: 1, name: 'analyze', options: [{ type: 3, name: 'url', value: 'https://news.example/kursk' }] }]);
      const deferred = await answered(id);
      assert.equal(deferred.type, 5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
      const edit = await waitFor(
        () => rest.requests.find((r) => r.method === 'PATCH' && r.path === `/webhooks/${IDS.applicationId}/${token}/messages/@original`),
        5000,
        'edit of the deferred reply',
      );
      const data = edit.body as NonNullable<CallbackBody['data']>;
      assert.deepEqual(data.allowed_mentions, { parse: [] });
      assertWithinLimits(data.embeds ?? []);
      assert.match(JSON.stringify(data.embeds), /North Korean troops in Kursk/);
    } finally {
      t.setAnalyzeDelay(0);
    }
  });

  test('a slow command that ends in a user error swaps the public placeholder for an ephemeral follow-up', async () => {
    t.setAnalyzeDelay(300);
    t.setAnalyzeResult(new AppError('http-status', 'HTTP 404 from news.example'));
    try {
      const { id, token } = await interact([{ type: 1, name: 'analyze', options: [{ type: 3, name: 'url', value: 'https://news.example/gone' }] }]);
      assert.equal((await answered(id)).type, 5);
      const followUp = await waitFor(
        () => rest.requests.find((r) => r.method === 'POST' && r.path === `/webhooks/${IDS.applicationId}/${token}`),
        5000,
        'ephemeral follow-up',
      );
      const data = followUp.body as NonNullable<CallbackBody['data']>;
      assert.equal((data.flags ?? 0) & 64, 64);
      assert.match(JSON.stringify(data.embeds), /HTTP 404/);
      assert.ok(rest.requests.some((r) => r.method === 'DELETE' && r.path === `/webhooks/${IDS.applicationId}/${token}/messages/@original`));
    } finally {
      t.setAnalyzeDelay(0);
      t.setAnalyzeResult(defaultAnalysis);
    }
  });

  test('digest now uploads the chart as a multipart attachment referenced by the embed', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    t.setDigestChart(png);
    try {
      const { id } = await interact([{ type: 2, name: 'digest', options: [{ type: 1, name: 'now', options: [] }] }]);
      const body = await answered(id);
      const call = callbacksFor(id).find((r) => r.status === 204);
      assert.deepEqual(call?.files, [{ name: 'figures.png', size: png.length }]);
      assert.equal(body.data?.embeds?.[0]?.image?.url, 'attachment://figures.png');
      assertWithinLimits(body.data?.embeds ?? []);
    } finally {
      t.setDigestChart(undefined);
    }
  });

  test('mentions in feed text cannot ping: allowed_mentions stays empty', async () => {
    t.setAnalyzeResult({
      article: {
        url: 'https://news.example/ping',
        title: '@everyone North Korean troops <@123>',
        text: 'x',
        published: '2024-11-05',
        language: 'en',
        relevance: { relevant: true, reasons: [] },
      },
      claims: [],
    });
    const { id } = await interact([{ type: 1, name: 'analyze', options: [{ type: 3, name: 'url', value: 'https://news.example/ping' }] }]);
    const body = await answered(id);
    assert.deepEqual(body.data?.allowed_mentions, { parse: [] });
  });

  test('registerDiscordCommands PUTs one /dprk command with every subcommand, within Discord limits', async () => {
    const result = await registerDiscordCommands({ token: IDS.token, applicationId: IDS.applicationId, apiBaseUrl: rest.baseUrl });
    assert.equal(result.length, 1);
    const put = rest.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${IDS.applicationId}/commands`);
    assert.ok(put);
    const [cmd] = put.body as { name: string; description: string; options: { type: number; name: string; description: string; options?: { name: string; description: string; options?: unknown[] }[] }[] }[];
    assert.equal(cmd?.name, 'dprk');
    const names = cmd?.options.map((o) => `${o.type}:${o.name}`);
    assert.deepEqual(names, ['1:status', '1:claims', '1:changes', '1:analyze', '2:feeds', '2:subscribe', '1:unsubscribe', '2:digest', '1:help']);
    assert.ok((cmd?.options.length ?? 0) <= 25);
    const walk = (o: { name: string; description: string; options?: unknown[] }): void => {
      assert.match(o.name, /^[-_a-z0-9]{1,32}$/);
      assert.ok(o.description.length >= 1 && o.description.length <= 100, o.name);
      for (const sub of (o.options ?? []) as { name: string; description: string; options?: unknown[] }[]) walk(sub);
    };
    for (const o of cmd?.options ?? []) walk(o);
  });

  test('a refused token fails the start and leaves nothing running', async () => {
    await assert.rejects(
      startDiscordBot({ token: 'wrong', applicationId: IDS.applicationId, apiBaseUrl: rest.baseUrl, ctx: t.ctx, logger: silentLogger() }),
      /token/i,
    );
  });
});
