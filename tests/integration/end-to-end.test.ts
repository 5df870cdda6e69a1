// The whole pipeline on the embedded default: local feeds → full text → claims → comparison → SQLite → outbox →
// a local Discord-style webhook. One relevant new-figure article, a syndicated copy in another feed, and an
// irrelevant one: exactly one alert, and none again on the next cycle or after a restart.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { createApp } from '../../src/main.js';
import { runPollCycle } from '../../src/pipeline/cycle.js';
import { silentLogger } from '../../src/shared/logger.js';
import { articleHtml, rss, startSite, startWebhookReceiver, writeTestConfig } from './servers.js';


const STORY = [
  "North Korea has deployed around 15,000 troops to Russia, South Korea's spy agency told lawmakers on Monday.",
  'The agency said about 3,000 of them had arrived in recent weeks, more than a year after the first units were sent.',
  'The new troops arrived by ship in Vladivostok and were moved by train to the front.',
  'Officials in Seoul said the soldiers are being trained to operate drones, and that Pyongyang has not commented.',
  'Analysts said the figures show how much military cooperation has grown between the two countries this year.',
];
const IRRELEVANT = [
  'Russian drones struck power stations in three Ukrainian regions overnight, cutting electricity to thousands of homes, the energy ministry said.',
  'Repair crews were working to restore supply, and air defence units shot down most of the incoming drones, officials said.',
];

test('one relevant story → exactly one alert, never twice, also after a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-e2e-'));
  const site = await startSite();
  const hook = await startWebhookReceiver();
  after(async () => {
    await site.close();
    await hook.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const now = new Date();
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  site.pages.set('/wire/troops.html', { type: 'text/html; charset=utf-8', body: articleHtml('North Korea sends 3,000 more troops to Russia, Seoul says', STORY) });
  site.pages.set('/wire/grid.html', { type: 'text/html; charset=utf-8', body: articleHtml("Overnight strikes hit Ukraine's power grid", IRRELEVANT) });
  site.pages.set('/wire.xml', {
    type: 'application/rss+xml',
    body: rss('Test Wire', [
      // Summaries only: the bot must fetch the pages for the full text.
      { title: 'North Korea sends 3,000 more troops to Russia, Seoul says', link: `${site.url}/wire/troops.html`, guid: 'wire-1', date: hoursAgo(2), description: 'Seoul’s spy agency briefed lawmakers.' },
      { title: "Overnight strikes hit Ukraine's power grid", link: `${site.url}/wire/grid.html`, guid: 'wire-2', date: hoursAgo(3), description: 'Power cuts in three regions.' },
    ]),
  });
  site.pages.set('/partner.xml', {
    type: 'application/rss+xml',
    body: rss('Partner Paper', [
      {
        title: 'Seoul: 3,000 more North Korean soldiers sent to Russia',
        link: `${site.url}/partner/copy.html`,
        guid: 'partner-1',
        date: hoursAgo(1),
        description: `(Test Wire) ${STORY.join(' ')} This story was republished from Test Wire.`,
      },
    ]),
  });

  const configFile = writeTestConfig(dir, [
    { id: 'wire', url: `${site.url}/wire.xml`, name: 'Test Wire', language: 'en' },
    { id: 'partner', url: `${site.url}/partner.xml`, name: 'Partner Paper', language: 'en', fetchFullText: false },
  ]);
  const config = loadConfig({
    env: { DISCORD_WEBHOOK_URL: `${hook.url}/api/webhooks/123/secret-token` },
    configFile,
  });

  const start = () => createApp(config, { logger: silentLogger(), write: () => {} });
  let app = await start();
  const first = await runPollCycle(app.deps, { force: true });
  assert.deepEqual(first.feeds.map((f) => f.status).sort(), ['ok', 'ok']);
  assert.ok(site.hits.includes('/wire/troops.html'), 'the full text of a summary-only item is fetched');
  assert.equal(hook.received.length, 1, `exactly one alert, got ${hook.received.length}`);
  const posted = JSON.stringify(hook.received[0]!.body);
  assert.match(posted, /15,000/, 'the alert carries the new figure');
  assert.match(posted, /11,000/, 'and the baseline figure it differs from');
  assert.match(posted, /UPDATE/i, 'as a revised figure');
  assert.doesNotMatch(posted, /power grid/i, 'the irrelevant story is not posted');
  const body = hook.received[0]!.body as { allowed_mentions?: { parse?: unknown[] } };
  assert.deepEqual(body.allowed_mentions?.parse, [], 'mentions are disabled');

  // The syndicated copy is stored as part of the same report, not as a second story.
  const articles = await Promise.all([1, 2, 3].map((id) => app.store.getArticle(id)));
  const relevant = articles.filter((a) => a?.relevant);
  assert.equal(relevant.length, 2);
  assert.equal(new Set(relevant.map((a) => a!.reportId)).size, 1, 'copy and original are one report');

  await runPollCycle(app.deps, { force: true });
  assert.equal(hook.received.length, 1, 'nothing is posted twice on the next cycle');

  await app.close();
  app = await start();
  await runPollCycle(app.deps, { force: true });
  assert.equal(hook.received.length, 1, 'nothing is posted twice after a restart');
  await app.close();
});
