// Slack helpers: the admin resolver (configured ids, users.info, cache) and the Bolt → pino logger bridge.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import type { webApi } from '@slack/bolt';
import { pino } from 'pino';
import { slackAdminResolver } from '../../src/chat/slack/admin.js';
import { boltLogger } from '../../src/chat/slack/logger.js';

function fakeClient(admins: string[], calls: string[]): webApi.WebClient {
  return {
    users: {
      info: async ({ user }: { user: string }) => {
        calls.push(user);
        return { ok: true, user: { id: user, is_admin: admins.includes(user) } };
      },
    },
  } as unknown as webApi.WebClient;
}

describe('slackAdminResolver', () => {
  test('configured ids need no API call; workspace admins are looked up once per 10 minutes', async () => {
    let now = 0;
    const calls: string[] = [];
    const client = fakeClient(['UADMIN'], calls);
    const isAdmin = slackAdminResolver(['UCONF'], () => now);
    assert.equal(await isAdmin(client, 'UCONF'), true);
    assert.equal(await isAdmin(client, 'UADMIN'), true);
    assert.equal(await isAdmin(client, 'UPLAIN'), false);
    assert.equal(await isAdmin(client, 'UPLAIN'), false);
    assert.deepEqual(calls, ['UADMIN', 'UPLAIN']);
    now += 10 * 60_000 + 1;
    assert.equal(await isAdmin(client, 'UPLAIN'), false);
    assert.deepEqual(calls, ['UADMIN', 'UPLAIN', 'UPLAIN']);
  });
});

describe('boltLogger', () => {
  test("Bolt's debug lines go to trace (they echo payloads); errors keep the error", () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
        done();
      },
    });
    const log = boltLogger(pino({ level: 'debug' }, sink));
    log.debug('payload', { response_url: 'https://hooks.slack.com/secret' });
    log.info('started');
    log.error('failed:', new Error('boom'));
    assert.deepEqual(lines.map((l) => [l.level, l.msg]), [[30, 'started'], [50, 'failed: boom']]);
    assert.equal((lines[1]?.err as { message?: string } | undefined)?.message, 'boom');
    assert.equal(log.getLevel(), 'info');
  });
});
