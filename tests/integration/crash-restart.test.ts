// Kill the worker (SIGKILL) mid-cycle, twice, and restart it: every alert arrives, none twice. Items are saved with
// their deliveries in one transaction; deliveries carry an idempotency key that reaches Discord as an enforced nonce.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFeedServer } from '../fakes/feed-server.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import { openStore } from '../../src/store/open.js';
import { rss, writeTestConfig } from './servers.js';

const ROOT = process.cwd();
const BIN = resolve(ROOT, 'bin/dprkwatch.js');
const CHANNEL = '424242';
const FIGURES = [12000, 14000, 16000, 18000, 20000, 22000, 24000, 26000, 28000, 30000]; // > 5% apart: each one a revision

function runWorker(env: NodeJS.ProcessEnv, killWhen?: (kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'poll', '--once', '--force'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => done({ code, signal, stderr }));
    killWhen?.(() => child.kill('SIGKILL'));
  });
}

async function until(cond: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('SIGKILL at any point of a cycle: after restarts every alert is delivered exactly once', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-crash-'));
  const discord = await startFakeDiscordRest();
  const now = Date.now();
  const items = FIGURES.map((n, i) => ({
    title: `North Korea has ${n.toLocaleString('en-US')} troops in Russia, Pentagon says`,
    link: `https://news.example/${i}`,
    guid: `g${i}`,
    date: new Date(now - (FIGURES.length - i) * 60_000),
    description: `Some ${n.toLocaleString('en-US')} North Korean troops are now in Russia, the Pentagon said on Tuesday. North Korea has not commented.`,
  }));
  const feeds = await startFeedServer({ '/feed.xml': { body: rss('Crash Wire', items) } });
  after(async () => {
    await feeds.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const configFile = writeTestConfig(dir, [{ id: 'crash', url: feeds.url('/feed.xml'), language: 'en', fetchFullText: false }], {
    polling: { maxAlertsPerFeedPerCycle: 50 },
    // Deliveries claimed by the killed sender come back after the lease (2 minutes by default).
    outbox: { leaseSeconds: 1 },
  });
  // The channel subscribes to alerts, as `/dprk subscribe alerts` would record it.
  const store = await openStore({ dataDir: join(dir, 'data') });
  await store.upsertSubscription({ targetId: `discord:${CHANNEL}`, mode: 'alerts', kinds: [], minChange: 'new' });
  await store.close();

  const env = {
    PATH: process.env.PATH,
    DPRKWATCH_CONFIG: configFile,
    DISCORD_TOKEN: 'test-token',
    DISCORD_API_URL: discord.apiBaseUrl,
    LOG_LEVEL: 'warn',
  };

  // 1: killed while reading and analysing items (as soon as the feed has been fetched).
  const r1 = await runWorker(env, (kill) => void until(() => feeds.requests.length > 0).then(() => setTimeout(kill, 40)));
  assert.equal(r1.signal, 'SIGKILL', `first run was killed (${r1.stderr})`);
  // 2: killed in the middle of sending.
  const before = discord.messages.length;
  const r2 = await runWorker(env, (kill) => void until(() => discord.messages.length > before).then(kill));
  assert.equal(r2.signal, 'SIGKILL', `second run was killed (${r2.stderr})`);
  // 3: runs to the end, once the killed sender's lease has run out.
  await new Promise((r) => setTimeout(r, 1100));
  const r3 = await runWorker(env);
  assert.equal(r3.code, 0, r3.stderr);

  const posted = discord.messages.filter((m) => m.channelId === CHANNEL).map((m) => JSON.stringify(m.body));
  for (const n of FIGURES) {
    const figure = n.toLocaleString('en-US');
    const count = posted.filter((p) => p.includes(`${figure} troops`)).length;
    assert.equal(count, 1, `the alert for ${figure} arrived ${count} times`);
  }
  const check = await openStore({ dataDir: join(dir, 'data') });
  try {
    assert.deepEqual(await check.listDeliveries({ status: 'pending' }), [], 'nothing left unsent');
  } finally {
    await check.close();
  }
});
