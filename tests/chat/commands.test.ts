// The command layer through handleCommand, with a real SQLite store in memory and recording pipeline fakes.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { pino } from 'pino';
import { chatCommands } from '../../src/chat/commands/index.js';
import { handleCommand } from '../../src/chat/handle.js';
import type { ChatReply, ChatRequest } from '../../src/chat/types.js';
import type { DigestMessage, TextMessage } from '../../src/notify/types.js';
import { CLAIM_KINDS, isQuantityKind, type ClaimKind } from '../../src/claims/model.js';
import { DISCORD_LIMITS, embedLength, renderDiscordMessage } from '../../src/notify/discord/render.js';
import { SLACK_LIMITS, renderSlackMessage } from '../../src/notify/slack/render.js';
import { AppError } from '../../src/shared/errors.js';
import { comparedClaim, createTestContext, saveArticleWithClaims, type TestContext } from './fakes/context.js';

function req(command: string, args: string[] = [], over: Partial<ChatRequest> = {}): ChatRequest {
  return { platform: 'discord', userId: 'U1', channelId: 'C1', isAdmin: false, command, args, ...over };
}

function text(reply: ChatReply): TextMessage {
  assert.equal(reply.type, 'text', `expected a text reply, got ${JSON.stringify(reply).slice(0, 300)}`);
  return reply as TextMessage;
}

function assertUserError(reply: ChatReply, pattern: RegExp): void {
  const t = text(reply);
  assert.equal(t.ephemeral, true);
  assert.match(t.lines.join('\n'), pattern);
}

describe('chat commands', () => {
  let t: TestContext;
  let logged: string[];

  beforeEach(async () => {
    logged = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged.push(String(chunk));
        done();
      },
    });
    t = await createTestContext({ logger: pino({ level: 'debug' }, sink) });
  });
  afterEach(() => t.close());

  const run = (r: ChatRequest) => handleCommand(r, t.ctx);

  async function seed(): Promise<void> {
    // Two reports of 12,000 (one syndicated copy of the first counts once), one older 10,000.
    const first = await saveArticleWithClaims(
      t.store,
      { title: 'GUR: 12,000 in Kursk', url: 'https://a.example/1', outlet: 'Kyiv Independent', published: '2024-11-06' },
      [{ ...comparedClaim(), novelty: 'updates' }],
    );
    await saveArticleWithClaims(
      t.store,
      { title: 'GUR: 12,000 in Kursk (copy)', url: 'https://b.example/1', outlet: 'Copy Daily', published: '2024-11-06', reportOf: first.reportId },
      [{ ...comparedClaim(), novelty: 'updates' }],
    );
    await saveArticleWithClaims(
      t.store,
      { title: 'Pentagon: 12,000', url: 'https://c.example/1', outlet: 'AP', published: '2024-11-05' },
      [{ ...comparedClaim({ source: 'US Department of Defense', change: 'confirms' }), novelty: 'confirms' }],
    );
    await saveArticleWithClaims(
      t.store,
      { title: 'Old count', url: 'https://d.example/1', outlet: 'AP', published: '2024-11-01' },
      [{ ...comparedClaim({ value: 10000, change: 'contradicts' }), novelty: 'contradicts' }],
    );
  }

  test('help lists every command, marks admin-only ones, ephemeral', async () => {
    const r = text(await run(req('help')));
    assert.equal(r.ephemeral, true);
    assert.equal(r.lines.length, chatCommands.length);
    assert.match(r.lines.join('\n'), /\/dprk feeds list \| feeds add <url> \| feeds remove <id> .*\(admins only\)/);
  });

  test('unknown command and stray arguments are explained, nothing runs', async () => {
    assertUserError(await run(req('launch', ['missiles'])), /Unknown command 'launch'/);
    assertUserError(await run(req('status', ['now'])), /unexpected 'now'/);
    assertUserError(await run(req('help', ['me'])), /unexpected/);
  });

  test('status: latest value per kind with source, date, baseline and distinct reports', async () => {
    await seed();
    const r = text(await run(req('status')));
    const troops = r.lines.find((l) => l.startsWith('Troops deployed'));
    assert.ok(troops);
    assert.match(troops, /12,000 — Ukraine GUR via Kyiv Independent, 2024-11-06 https:\/\/a\.example\/1/);
    assert.match(troops, /baseline about 11,000 \(South Korea NIS via Yonhap, 2024-10-30\)/);
    assert.match(troops, /2 reports/); // report 1 (+ its copy) and the AP report; the 10,000 is another value
    const treaty = r.lines.find((l) => l.startsWith('Treaty'));
    assert.match(treaty ?? '', /baseline signed \(2024-06-19\).*nothing newer seen/);
    assert.ok(r.lines.indexOf(troops) < r.lines.indexOf(treaty ?? ''));
  });

  test('status on an empty store still shows the baseline', async () => {
    const r = text(await run(req('status')));
    assert.equal(r.lines.length, 2);
    assert.ok(r.lines.every((l) => /nothing newer seen/.test(l)));
  });

  test('claims <kind>: stored and baseline history, newest first, with links; bad kinds refused', async () => {
    await seed();
    const r = text(await run(req('claims', ['troops_deployed'])));
    assert.match(r.title ?? '', /Troops deployed \(troops_deployed\)/);
    assert.equal(r.lines.length, 4); // the syndicated copy is folded into its report
    assert.match(r.lines[0] ?? '', /^2024-11-06 · 12,000 · Ukraine GUR via Kyiv Independent · updates · \+1 copy · https:\/\/a\.example\/1/);
    assert.match(r.lines[1] ?? '', /^2024-11-05 · 12,000 · US Department of Defense via AP · confirms · https:\/\/c\.example\/1/);
    assert.match(r.lines.at(-1) ?? '', /^2024-10-30 · about 11,000 · South Korea NIS via Yonhap · baseline/);
    assertUserError(await run(req('claims', ['troops'])), /unknown kind 'troops'/);
    assertUserError(await run(req('claims')), /usage: claims <kind>/);
  });

  test('claims caps the history at 15 entries', async () => {
    for (let i = 1; i <= 20; i++) {
      await saveArticleWithClaims(
        t.store,
        { title: `n${i}`, url: `https://e.example/${i}`, outlet: 'E', published: `2024-10-${String(i).padStart(2, '0')}` },
        [{ ...comparedClaim({ value: 1000 + i }), novelty: 'updates' }],
      );
    }
    const r = text(await run(req('claims', ['troops_deployed'])));
    assert.equal(r.lines.length, 16);
    assert.match(r.lines.at(-1) ?? '', /and 6 older entries not shown/); // 20 stored + 1 baseline − 15
  });

  test('changes: default last 24 h, durations and ISO dates; confirmations left out', async () => {
    await seed();
    const day = (await run(req('changes'))) as DigestMessage;
    assert.equal(day.type, 'digest');
    assert.equal(day.since, '2024-11-05T12:00:00.000Z');
    const dayLines = day.groups.flatMap((g) => g.lines);
    assert.deepEqual(dayLines.map((l) => [l.change, l.value, l.corroboration]), [['updates', '12,000', 2]]);
    assert.equal(dayLines[0]?.previous, 'about 11,000');

    const week = (await run(req('changes', ['7d']))) as DigestMessage;
    const weekLines = week.groups.flatMap((g) => g.lines);
    assert.equal(weekLines[0]?.change, 'contradicts'); // most important first
    assert.ok(!weekLines.some((l) => l.change === 'confirms'));

    const iso = (await run(req('changes', ['2024-11-01']))) as DigestMessage;
    assert.equal(iso.since, '2024-11-01T00:00:00.000Z');
    // What was learned since then: the claims above were stored at midnight, so 6 h back from noon finds none.
    assert.equal(text(await run(req('changes', ['6h']))).lines[0], 'Nothing changed since 2024-11-06T06:00:00.000Z.');
    const empty = new Date('2024-11-20T12:00:00Z').toISOString();
    t.clock.set(empty);
    assert.equal(text(await run(req('changes'))).lines[0], 'Nothing changed since 2024-11-19T12:00:00.000Z.');
  });

  test('changes refuses what is not a time', async () => {
    assertUserError(await run(req('changes', ['yesterday'])), /neither a duration/);
    assertUserError(await run(req('changes', ['2024-12-01'])), /in the future/);
    assertUserError(await run(req('changes', ['900d'])), /between 1m and 366d/);
    assertUserError(await run(req('changes', ['6h', 'extra'])), /unexpected 'extra'/);
  });

  test('analyze <url>: an alert with the claims against the baseline', async () => {
    const r = await run(req('analyze', ['https://news.example/kursk']));
    assert.equal(r.type, 'alert');
    if (r.type !== 'alert') return;
    assert.equal(r.title, 'North Korean troops in Kursk');
    assert.equal(r.outlet, 'Example News');
    assert.deepEqual(r.changes.map((c) => [c.kind, c.change, c.previous, c.value]), [['troops_deployed', 'updates', 'about 11,000', '12,000']]);
    assert.deepEqual(t.calls.analyzed, ['https://news.example/kursk']);
  });

  test('analyze refuses non-http URLs before fetching; fetch failures are shown, not logged as ours', async () => {
    assertUserError(await run(req('analyze', ['ftp://news.example/x'])), /expected an http\(s\) URL/);
    assertUserError(await run(req('analyze', ['not a url'])), /expected an http\(s\) URL/);
    assert.deepEqual(t.calls.analyzed, []);
    t.setAnalyzeResult(new AppError('http-status', 'HTTP 404 from news.example'));
    assertUserError(await run(req('analyze', ['https://news.example/gone'])), /cannot analyze https:\/\/news\.example\/gone: HTTP 404/);
    assert.ok(!logged.some((l) => l.includes('"level":50')));
  });

  test('an unexpected failure answers "internal error, logged" and is logged', async () => {
    t.setAnalyzeResult(new Error('database exploded'));
    assertUserError(await run(req('analyze', ['https://news.example/x'])), /Internal error, logged/);
    const line = logged.find((l) => l.includes('"level":50'));
    assert.ok(line);
    assert.match(line, /database exploded/);
    assert.match(line, /"command":"analyze"/);
  });

  test('feeds: admins only; list, add, remove', async () => {
    assertUserError(await run(req('feeds', ['list'])), /admins only/);
    assertUserError(await run(req('feeds', ['add', 'https://feeds.example/rss'])), /admins only/);
    assert.deepEqual(t.calls.added, []);
    const admin = { isAdmin: true };
    assert.deepEqual(text(await run(req('feeds', ['list'], admin))).lines, ['No feeds configured.']);
    assert.match(text(await run(req('feeds', ['add', 'https://feeds.example/rss'], admin))).lines[0] ?? '', /^example-feed · Example feed · every 30 min/);
    assert.match(text(await run(req('feeds', ['list'], admin))).lines[0] ?? '', /^example-feed · Example feed · https:\/\/feeds\.example\/rss · chat · not fetched yet/);
    assertUserError(await run(req('feeds', ['remove', 'nope'], admin)), /no feed with id 'nope'/);
    assert.equal(text(await run(req('feeds', ['remove', 'example-feed'], admin))).title, 'Feed removed');
    assert.deepEqual(await t.store.listFeeds(), []);
    assertUserError(await run(req('feeds', ['drop'], admin)), /usage: feeds list/);
    assertUserError(await run(req('feeds', ['add', 'javascript:alert(1)'], admin)), /http\(s\) URL/);
    assertUserError(await run(req('feeds', ['remove', 'a b;c'], admin)), /feed ids are/);
  });

  test('subscribe: per channel, kinds and min-change validated; defaults all kinds and new', async () => {
    text(await run(req('subscribe', ['alerts'])));
    text(await run(req('subscribe', ['digest', 'troops_deployed,weapon_supplied', 'min-change', 'updates'], { platform: 'slack', channelId: 'C9' })));
    const subs = await t.store.listSubscriptions();
    assert.deepEqual(
      subs.map((s) => [s.targetId, s.mode, s.kinds, s.minChange]),
      [
        ['discord:C1', 'alerts', [], 'new'],
        ['slack:C9', 'digest', ['troops_deployed', 'weapon_supplied'], 'updates'],
      ],
    );
    assertUserError(await run(req('subscribe', ['alerts', 'troops'])), /unknown kind/);
    assertUserError(await run(req('subscribe', ['alerts', 'min-change', 'everything'])), /min-change must be one of/);
    assertUserError(await run(req('subscribe', ['alerts', 'min-change'])), /min-change needs a value/);
    assertUserError(await run(req('subscribe', ['weekly'])), /expected alerts or digest/);
    assertUserError(await run(req('subscribe', ['alerts', '--force'])), /unknown option '--force'/);
    assertUserError(await run(req('subscribe')), /usage: subscribe/);
    assert.equal((await t.store.listSubscriptions()).length, 2);
  });

  test('subscribing again switches a disabled channel back on', async () => {
    await run(req('subscribe', ['alerts']));
    await t.store.disableTarget('discord:C1', 'missing permissions');
    await run(req('subscribe', ['alerts', 'min-change=contradicts']));
    assert.equal((await t.store.getTarget('discord:C1'))?.enabled, true);
    assert.equal((await t.store.listSubscriptions('alerts'))[0]?.minChange, 'contradicts');
  });

  test('unsubscribe: one mode or both, and says so when there was nothing', async () => {
    await run(req('subscribe', ['alerts']));
    await run(req('subscribe', ['digest']));
    assert.equal(text(await run(req('unsubscribe', ['digest']))).title, 'Unsubscribed');
    assert.deepEqual((await t.store.listSubscriptions()).map((s) => s.mode), ['alerts']);
    assert.equal(text(await run(req('unsubscribe'))).title, 'Unsubscribed');
    assert.equal(text(await run(req('unsubscribe'))).ephemeral, true);
    assertUserError(await run(req('unsubscribe', ['everything'])), /expected alerts or digest/);
  });

  test('digest now: the digest of the last 24 h', async () => {
    const r = await run(req('digest', ['now']));
    assert.equal(r.type, 'digest');
    assert.deepEqual(t.calls.digests, ['2024-11-05T12:00:00.000Z']);
    assertUserError(await run(req('digest')), /usage: digest now/);
    assertUserError(await run(req('digest', ['later'])), /usage: digest now/);
  });

  test('over-long input is refused before anything runs', async () => {
    const admin = { isAdmin: true };
    assertUserError(await run(req('analyze', [`https://news.example/${'a'.repeat(2000)}`])), /longer than 2000/);
    assertUserError(await run(req('subscribe', Array(41).fill('troops_deployed'))), /more than 40 words/);
    assertUserError(await run(req('subscribe', Array(30).fill('x'.repeat(150)), admin)), /longer than 3000/);
    assertUserError(await run(req('x'.repeat(40))), /Not accepted/);
    assert.deepEqual(t.calls.analyzed, []);
    assert.deepEqual(await t.store.listSubscriptions(), []);
  });

  test('sizes: with every kind stored many times, replies stay bounded and render within both platforms\' limits', async () => {
    const kinds = CLAIM_KINDS;
    for (let i = 0; i < 60; i++) {
      const kind = kinds[i % kinds.length] as ClaimKind;
      const quantity = isQuantityKind(kind);
      await saveArticleWithClaims(
        t.store,
        { title: `Report ${i} ${'long title '.repeat(20)}`, url: `https://f.example/${i}/${'p'.repeat(300)}`, outlet: `Outlet ${i}`, published: '2024-11-06' },
        [
          {
            ...comparedClaim({ kind, value: quantity ? 1000 + i : `value ${i}`, evidence: `Evidence ${i} ${'words '.repeat(200)}` }),
            novelty: i % 3 === 0 ? 'contradicts' : 'new',
          },
        ],
      );
    }
    const admin = { isAdmin: true };
    const replies = [
      await run(req('status')),
      await run(req('claims', ['troops_deployed'])),
      await run(req('changes', ['2d'])),
      await run(req('help')),
      await run(req('feeds', ['list'], admin)),
    ];
    const changes = replies[2] as DigestMessage;
    assert.ok(changes.groups.reduce((n, g) => n + g.lines.length, 0) <= 25);
    for (const reply of replies) {
      const d = renderDiscordMessage(reply);
      const embeds = d.embeds ?? [];
      assert.ok((d.content?.length ?? 0) <= DISCORD_LIMITS.content);
      assert.ok(embeds.length <= DISCORD_LIMITS.embeds);
      assert.ok(embeds.reduce((n, e) => n + embedLength(e), 0) <= DISCORD_LIMITS.total);
      for (const e of embeds) assert.ok((e.description?.length ?? 0) <= DISCORD_LIMITS.description);
      const sl = renderSlackMessage(reply);
      assert.ok(sl.blocks.length <= SLACK_LIMITS.blocks);
      assert.ok(sl.text.length <= SLACK_LIMITS.text);
      for (const b of sl.blocks) if (b.type === 'section') assert.ok(b.text.text.length <= SLACK_LIMITS.sectionText);
    }
  });
});
