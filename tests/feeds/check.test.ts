import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFeed } from '../../src/feeds/check.js';
import { runFeedsCheck } from '../../src/cli/feeds-check.js';
import type { CliIO } from '../../src/cli/command.js';
import { createHttpClient, type HttpClient } from '../../src/shared/http/client.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';

const items = Array.from({ length: 7 }, (_, i) => `<item><guid>id-${i}</guid><title>Item ${i}</title><link>/n/${i}</link><pubDate>Mon, 0${i + 1} Jan 2024 00:00:00 GMT</pubDate></item>`).join('');
const FEED = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\u00e9 news</title>${items}</channel></rss>`;

let server: FeedServer;
let client: HttpClient;
let dir: string;
before(async () => {
  server = await startFeedServer({
    '/feed': { body: Buffer.from(FEED, 'latin1'), headers: { 'content-type': 'text/xml' } },
    '/page': { body: '<!doctype html><html><body>hello</body></html>', headers: { 'content-type': 'text/html' } },
    '/gone': { status: 410 },
    '/moved': { status: 301, redirect: '/feed' },
  });
  client = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 2_000 });
  dir = await mkdtemp(join(tmpdir(), 'feeds-check-'));
  await writeFile(join(dir, 'local.xml'), Buffer.from(FEED, 'latin1'));
  await writeFile(join(dir, 'page.html'), '<html><body>not a feed</body></html>');
});
after(async () => {
  await client.close?.();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), env: {}, cwd: dir, readStdin: async () => '' };
}

describe('checkFeed', () => {
  test('a URL: format, encoding, parser, count and the first five items', async () => {
    const r = await checkFeed(server.url('/moved'), { client });
    assert.equal(r.ok, true);
    assert.equal(r.finalUrl, server.url('/feed'));
    assert.equal(r.format, 'rss');
    assert.equal(r.encoding, 'windows-1252');
    assert.equal(r.parser, 'rss-parser');
    assert.equal(r.title, 'Café news');
    assert.equal(r.itemCount, 7);
    assert.equal(r.items.length, 5);
    assert.deepEqual(r.items[0], { key: 'id-0', published: '2024-01-01T00:00:00.000Z', link: server.url('/n/0'), title: 'Item 0' });
  });

  test('a file path, relative to cwd', async () => {
    const r = await checkFeed('local.xml', { client, cwd: dir });
    assert.equal(r.source, 'file');
    assert.equal(r.itemCount, 7);
  });

  test('rejections carry the exact reason', async () => {
    const page = await checkFeed(server.url('/page'), { client });
    assert.deepEqual([page.ok, page.error?.code], [false, 'not-a-feed']);
    const gone = await checkFeed(server.url('/gone'), { client });
    assert.deepEqual([gone.error?.code, gone.error?.status], ['http-status', 410]);
    const missing = await checkFeed('no-such-file.xml', { client, cwd: dir });
    assert.equal(missing.ok, false);
    assert.match(missing.error?.message ?? '', /cannot read/);
  });
});

describe('runFeedsCheck', () => {
  test('readable text and exit 0 for a good feed', async () => {
    const o = io();
    assert.equal(await runFeedsCheck([server.url('/feed')], o, { client }), 0);
    const text = o.out.join('');
    assert.match(text, /format: rss, encoding: windows-1252, parsed by: rss-parser/);
    assert.match(text, /items: 7/);
    assert.match(text, /1\. 2024-01-01T00:00:00.000Z {2}Item 0/);
  });

  test('--json prints the report; exit 2 for a rejected feed', async () => {
    const o = io();
    assert.equal(await runFeedsCheck(['page.html', '--json'], o, { client }), 2);
    const report = JSON.parse(o.out.join(''));
    assert.equal(report.ok, false);
    assert.equal(report.error.code, 'not-a-feed');
  });

  test('bad usage: exit 2 with the usage line', async () => {
    const o = io();
    assert.equal(await runFeedsCheck([], o, { client }), 2);
    assert.match(o.err.join(''), /usage: dprkwatch feeds check/);
    assert.equal(await runFeedsCheck(['x', '--bogus'], io(), { client }), 2);
  });

  test('without --allow-private the CLI refuses a local address', async () => {
    const o = io();
    assert.equal(await runFeedsCheck([server.url('/feed')], o), 2);
    assert.match(o.out.join(''), /REJECTED \[blocked-address\]/);
  });
});
