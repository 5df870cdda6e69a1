import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedReason, checkUrl, isAddressAllowed } from '../../src/shared/http/address-guard.js';
import { guardedLookup } from '../../src/shared/http/lookup.js';
import { AppError } from '../../src/shared/errors.js';

const strict = { allowPrivateAddresses: false };

function code(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    assert.ok(err instanceof AppError, `expected AppError, got ${String(err)}`);
    return err.code;
  }
}

describe('blockedReason', () => {
  const blocked = [
    '127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '169.254.1.1',
    '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1', '64:ff9b:1::1', '198.18.0.1', 'not-an-ip', '::7f00:1', '::a00:1', '::ffff:0:7f00:1', '2001:db8::1',
    '2001::1', 'fec0::1', '100::1', '4000::1', 'e000::1',
  ];
  for (const ip of blocked) test(`refuses ${ip}`, () => assert.ok(blockedReason(ip), ip));
  const allowed = ['93.184.216.34', '8.8.8.8', '2606:4700::6810:85e5', '::ffff:8.8.8.8', '64:ff9b::808:808', '[2001:4860:4860::8888]'];
  for (const ip of allowed) test(`allows ${ip}`, () => assert.equal(blockedReason(ip), undefined));
  test('names the metadata endpoint', () => assert.match(blockedReason('169.254.169.254') ?? '', /metadata/));
});

describe('checkUrl', () => {
  test('accepts public http(s) URLs', () => {
    assert.equal(checkUrl('https://example.org/feed.xml', strict).hostname, 'example.org');
    assert.equal(checkUrl('http://93.184.216.34/rss', strict).hostname, '93.184.216.34');
  });
  test('refuses other protocols and credentials with bad-url', () => {
    for (const u of ['file:///etc/passwd', 'ftp://example.org/x', 'gopher://example.org/', 'javascript:alert(1)', 'not a url', 'https://user:pass@example.org/']) {
      assert.equal(code(() => checkUrl(u, strict)), 'bad-url', u);
    }
  });
  test('refuses loopback, private and metadata hosts however they are spelled', () => {
    const spellings = [
      'http://127.0.0.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://0x7f.0.0.1/', 'http://0x7f000001/', 'http://127.1/',
      'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:a9fe:a9fe]/', 'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/', 'http://[64:ff9b::7f00:1]/', 'http://[::127.0.0.1]/', 'http://[::ffff:0:127.0.0.1]/', 'http://10.0.0.1/', 'http://0/', 'http://localhost/', 'http://app.localhost./',
    ];
    for (const u of spellings) assert.equal(code(() => checkUrl(u, strict)), 'blocked-address', u);
  });
  test('allowPrivateAddresses lets everything through; allowAddresses lets named ones through', () => {
    assert.equal(checkUrl('http://127.0.0.1:8080/', { allowPrivateAddresses: true }).port, '8080');
    assert.ok(isAddressAllowed('127.0.0.1', { allowPrivateAddresses: false, allowAddresses: ['127.0.0.1'] }));
    assert.ok(!isAddressAllowed('127.0.0.2', { allowPrivateAddresses: false, allowAddresses: ['127.0.0.1'] }));
  });
});

describe('guardedLookup', () => {
  const lookupWith = (answers: string[], policy = strict) =>
    new Promise<{ err: unknown; result: unknown }>((resolve) => {
      const lookup = guardedLookup(policy, async () => answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
      lookup('feeds.example', { all: true }, (err, result) => resolve({ err, result }));
    });

  test('refuses a name resolving to a private address', async () => {
    const { err } = await lookupWith(['10.0.0.1']);
    assert.ok(err instanceof AppError && err.code === 'blocked-address');
  });
  test('refuses when any one of several answers is private (mixed answers)', async () => {
    const { err } = await lookupWith(['93.184.216.34', '169.254.169.254']);
    assert.ok(err instanceof AppError && err.code === 'blocked-address');
  });
  test('passes public answers through, in the shape net.connect asked for', async () => {
    const { err, result } = await lookupWith(['93.184.216.34', '2606:4700::1']);
    assert.equal(err, null);
    assert.deepEqual(result, [{ address: '93.184.216.34', family: 4 }, { address: '2606:4700::1', family: 6 }]);
    const one = await new Promise<unknown[]>((resolve) =>
      guardedLookup(strict, async () => [{ address: '93.184.216.34', family: 4 }])('x.example', { family: 4 }, (...args) => resolve(args)),
    );
    assert.deepEqual(one, [null, '93.184.216.34', 4]);
  });
  test('an empty answer is a network error', async () => {
    const { err } = await lookupWith([]);
    assert.ok(err instanceof AppError && err.code === 'network');
  });
});
