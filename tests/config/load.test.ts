import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseEnv, PROJECT_ROOT } from '../../src/config/load.js';
import { UserError } from '../../src/shared/errors.js';

function withFiles(files: Record<string, string>, fn: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-config-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the shipped config is valid and lists real feeds in several languages', () => {
  const c = loadConfig({ env: {} });
  assert.ok(c.feeds.length >= 15);
  const langs = new Set(c.feeds.map((f) => f.language));
  for (const l of ['en', 'it', 'de', 'fr', 'es', 'ru', 'uk']) assert.ok(langs.has(l), `a feed in ${l}`);
  assert.equal(c.allowPrivateAddresses, false, 'private addresses are refused by default');
  assert.equal(c.dataDir, join(PROJECT_ROOT, 'data'));
  assert.equal(c.polling.maxItemAgeHours, 24);
});

test('every problem is listed, with the setting to fix', () => {
  withFiles(
    {
      'main.yaml': 'feedsFile: feeds.yaml\nschedule:\n  poll: "every minute"\n  timezone: Mars/Olympus\npolling:\n  concurrency: 0\nbogus: 1\n',
      'feeds.yaml': 'feeds: []\n',
    },
    (dir) => {
      assert.throws(
        () => loadConfig({ env: {}, configFile: join(dir, 'main.yaml') }),
        (err: unknown) => {
          assert.ok(err instanceof UserError);
          assert.match(err.message, /schedule\.poll: not a valid cron expression/);
          assert.match(err.message, /schedule\.timezone: unknown IANA time zone/);
          assert.match(err.message, /polling\.concurrency/);
          assert.match(err.message, /bogus/);
          return true;
        },
      );
    },
  );
});

test('feeds are validated: URL, id, duplicates', () => {
  withFiles(
    {
      'main.yaml': 'feedsFile: feeds.yaml\n',
      'feeds.yaml': 'feeds:\n  - { id: a, url: "ftp://x" }\n  - { id: "Bad Id", url: "https://x.example/rss" }\n  - { id: c, url: "https://c.example/rss" }\n  - { id: c, url: "https://d.example/rss" }\n',
    },
    (dir) => {
      assert.throws(() => loadConfig({ env: {}, configFile: join(dir, 'main.yaml') }), (err: Error) => {
        assert.match(err.message, /feeds\.0\.url/);
        assert.match(err.message, /feeds\.1\.id/);
        assert.match(err.message, /duplicate feed id 'c'/);
        return true;
      });
    },
  );
});

test('environment: data dir, database URL and secrets; empty variables count as unset; bad values are named', () => {
  withFiles({ 'main.yaml': 'feedsFile: feeds.yaml\ndataDir: ./state\n', 'feeds.yaml': 'feeds: []\n' }, (dir) => {
    const plain = loadConfig({ env: {}, configFile: join(dir, 'main.yaml') });
    assert.equal(plain.dataDir, join(dir, 'state'), 'relative to the config file');
    const c = loadConfig({
      env: { DPRKWATCH_DATA_DIR: '/tmp/dw', DATABASE_URL: 'postgres://x@h/db', DISCORD_WEBHOOK_URL: 'https://discord.example/api/webhooks/1/t', SLACK_WEBHOOK_URL: '' },
      configFile: join(dir, 'main.yaml'),
    });
    assert.equal(c.dataDir, '/tmp/dw');
    assert.equal(c.databaseUrl, 'postgres://x@h/db');
    assert.equal(c.secrets.discordWebhookUrl, 'https://discord.example/api/webhooks/1/t');
    assert.equal(c.secrets.slackWebhookUrl, undefined);
  });
  assert.throws(() => parseEnv({ PORT: 'abc', LOG_LEVEL: 'loud' }), (err: Error) => /PORT/.test(err.message) && /LOG_LEVEL/.test(err.message));
});

test('a missing or broken file is a clear usage error', () => {
  assert.throws(() => loadConfig({ env: {}, configFile: '/nonexistent/dprkwatch.yaml' }), /cannot read \/nonexistent\/dprkwatch.yaml: ENOENT/);
  withFiles({ 'main.yaml': 'feedsFile: [unclosed\n' }, (dir) => {
    assert.throws(() => loadConfig({ env: {}, configFile: join(dir, 'main.yaml') }), /is not valid YAML/);
  });
});
