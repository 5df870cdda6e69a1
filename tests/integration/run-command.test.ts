// `dprkwatch run` as a user starts it: the worker and the Slack bot (Bolt over HTTP) in one process, talking only to
// local fakes. A subscribed channel gets the alert from the first poll; a signed `/dprk status` is answered from what
// was learned; SIGTERM stops everything cleanly.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFeedServer } from '../fakes/feed-server.js';
import { startSlackApiFake } from '../chat/fakes/slack-api.js';
import { waitFor } from '../chat/fakes/http.js';
import { openStore } from '../../src/store/open.js';
import { rss, writeTestConfig } from './servers.js';

const ROOT = process.cwd();
const SECRET = 'run-test-signing-secret';
const TOKEN = 'xoxb-run-test';

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

test('dprkwatch run: worker + Slack bot; alert to a subscribed channel, a slash command answered, clean stop', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-run-'));
  const slack = await startSlackApiFake({ botToken: TOKEN });
  const feeds = await startFeedServer({
    '/feed.xml': {
      body: rss('Run Wire', [
        {
          title: 'North Korea has 14,000 troops in Russia, Pentagon says',
          link: 'https://news.example/run-1',
          guid: 'run-1',
          date: new Date(Date.now() - 3_600_000),
          description: 'Some 14,000 North Korean troops are now in Russia, the Pentagon said on Tuesday. North Korea has not commented.',
        },
      ]),
    },
  });
  const port = await freePort();
  let child: ReturnType<typeof spawn> | undefined;
  after(async () => {
    child?.kill('SIGKILL');
    await feeds.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const configFile = writeTestConfig(dir, [{ id: 'run', url: feeds.url('/feed.xml'), language: 'en', fetchFullText: false }]);
  const store = await openStore({ dataDir: join(dir, 'data') });
  await store.upsertSubscription({ targetId: 'slack:C0RUNTEST1', mode: 'alerts', kinds: [], minChange: 'new' });
  await store.close();

  child = spawn(process.execPath, [resolve(ROOT, 'bin/dprkwatch.js'), 'run'], {
    env: {
      PATH: process.env.PATH,
      DPRKWATCH_CONFIG: configFile,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));

  const alert = await waitFor(() => slack.calls.find((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0RUNTEST1'), 30_000, 'the alert').catch((err: Error) => {
    throw new Error(`${err.message}; worker said: ${stderr.slice(-2000)}; slack calls: ${slack.calls.map((c) => c.method).join(', ')}`);
  });
  assert.match(JSON.stringify(alert.args), /14,000/);
  assert.equal(alert.authorization, `Bearer ${TOKEN}`);

  const body = new URLSearchParams({
    team_id: 'T1',
    channel_id: 'C0RUNTEST1',
    user_id: 'U1',
    command: '/dprk',
    text: 'status',
    response_url: slack.responseUrl('status-1'),
    trigger_id: 't1',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`,
    },
    body,
  });
  assert.equal(res.status, 200);
  const reply = await waitFor(() => slack.responses.find((r) => r.id === 'status-1'), 10_000, 'the status reply');
  assert.match(JSON.stringify(reply.body), /14,000/, 'status shows the figure learned from the feed');

  child.kill('SIGTERM');
  assert.equal(await exited, 0, stderr);
});
