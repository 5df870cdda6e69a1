import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFeedServer } from '../fakes/feed-server.js';
import { addFeed, feedIdFromUrl, removeFeed } from '../../src/pipeline/feeds-admin.js';
import { createHttpClient } from '../../src/shared/http/client.js';
import { UserError } from '../../src/shared/errors.js';
import { makeDeps, rssFeed } from './harness.js';

test('feed ids are readable and derived from the URL', () => {
  assert.equal(feedIdFromUrl(new URL('https://www.example.com/rss/world.xml')), 'example-com-rss-world');
  assert.equal(feedIdFromUrl(new URL('https://news.example.org/')), 'news-example-org');
});

test('adding a feed tries it first, names it from its title, and numbers a clashing id', async () => {
  const { deps, cleanup } = await makeDeps();
  const server = await startFeedServer({
    '/a.xml': { body: rssFeed([{ title: 'x', guid: '1', text: 'y' }]) },
    '/b.xml': { body: rssFeed([]) },
    '/page.html': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><body>Hello</body></html>' },
  });
  const admin = { store: deps.store, http: deps.http, allowPrivateAddresses: true, defaultIntervalMinutes: 15, origin: 'chat' as const };
  try {
    const a = await addFeed({ url: server.url('/a.xml') }, admin);
    assert.equal(a.feed.name, 'Test feed');
    assert.equal(a.items, 1);
    assert.equal(a.feed.origin, 'chat');
    assert.equal(a.feed.intervalMinutes, 15);
    await assert.rejects(addFeed({ url: server.url('/a.xml') }, admin), /already followed/);
    const again = await addFeed({ url: server.url('/a.xml?edition=2') }, admin);
    assert.equal(again.feed.id, `${a.feed.id}-2`, 'the same derived id is numbered');
    const b = await addFeed({ url: server.url('/b.xml'), id: 'my-feed', language: 'de', intervalMinutes: 30 }, admin);
    assert.deepEqual([b.feed.id, b.feed.language, b.feed.intervalMinutes], ['my-feed', 'de', 30]);
    await assert.rejects(addFeed({ url: server.url('/page.html') }, admin), (e: unknown) => e instanceof UserError && /not a feed|HTML/i.test(e.message));
    await assert.rejects(addFeed({ url: server.url('/a.xml?x=1'), id: 'Bad Id' }, admin), /feed id/);
    assert.equal((await deps.store.listFeeds()).length, 3, 'nothing stored for refused feeds');
  } finally {
    await server.close();
    await cleanup();
  }
});

test('without allowPrivateAddresses, internal addresses are refused before any request', async () => {
  const { deps, cleanup } = await makeDeps();
  const guarded = createHttpClient({ allowPrivateAddresses: false });
  const admin = { store: deps.store, http: guarded, allowPrivateAddresses: false, defaultIntervalMinutes: 15, origin: 'chat' as const };
  try {
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://127.0.0.1:8080/feed', 'http://2130706433/', 'http://[::ffff:10.0.0.1]/', 'file:///etc/passwd']) {
      await assert.rejects(addFeed({ url }, admin), (e: unknown) => e instanceof UserError, url);
    }
    assert.equal((await deps.store.listFeeds()).length, 0);
  } finally {
    await cleanup();
  }
});

test('feeds from the config file are removed there, not at run time', async () => {
  const { deps, cleanup } = await makeDeps();
  try {
    await deps.store.upsertFeed({ id: 'cfg', url: 'https://a.example/rss', intervalMinutes: 10, fetchFullText: true, origin: 'config' });
    await deps.store.upsertFeed({ id: 'mine', url: 'https://b.example/rss', intervalMinutes: 10, fetchFullText: true, origin: 'chat' });
    await assert.rejects(removeFeed('cfg', deps.store), /config file/);
    await assert.rejects(removeFeed('nope', deps.store), /no feed/);
    await removeFeed('mine', deps.store);
    assert.deepEqual((await deps.store.listFeeds()).map((f) => f.id), ['cfg']);
  } finally {
    await cleanup();
  }
});
