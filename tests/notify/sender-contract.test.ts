// One contract, every sender: each kind of message, ordinary and hostile, is delivered and arrives within the
// platform's limits with nothing that pings or links elsewhere.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutMessage, Sender } from '../../src/notify/types.js';
import type { DiscordPayload } from '../../src/notify/discord/render.js';
import type { SlackPayload } from '../../src/notify/slack/render.js';
import { createDiscordWebhookSender } from '../../src/notify/discord/webhook-sender.js';
import { createDiscordChannelSender } from '../../src/notify/discord/channel-sender.js';
import { createSlackWebhookSender } from '../../src/notify/slack/webhook-sender.js';
import { createSlackChannelSender } from '../../src/notify/slack/channel-sender.js';
import { createConsoleSender } from '../../src/notify/console/sender.js';
import { startWebhookReceiver } from '../fakes/webhook-receiver.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import { startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { assertDiscordSafe, assertSlackSafe } from './limits.js';
import { hugeAlert, hugeDigest, hugeOverflow, hugeTextMessage, sampleAlert } from './messages.js';

type Received = { platform: 'discord'; body: DiscordPayload } | { platform: 'slack'; body: SlackPayload } | { platform: 'console'; text: string };

interface Harness {
  sender: Sender;
  targetId: string;
  last(): Received;
  close(): Promise<void>;
}

const harnesses: Record<string, () => Promise<Harness>> = {
  'discord webhook': async () => {
    const hook = await startWebhookReceiver('discord');
    return {
      sender: createDiscordWebhookSender({ webhookUrl: hook.webhookUrl }),
      targetId: 'discord-webhook:default',
      last: () => ({ platform: 'discord', body: hook.requests.at(-1)!.json as DiscordPayload }),
      close: () => hook.close(),
    };
  },
  'discord channel': async () => {
    const api = await startFakeDiscordRest();
    return {
      sender: createDiscordChannelSender({ token: 't', apiBaseUrl: api.apiBaseUrl }),
      targetId: 'discord:123456789012345678',
      last: () => ({ platform: 'discord', body: api.messages.at(-1)!.body as unknown as DiscordPayload }),
      close: () => api.close(),
    };
  },
  'slack webhook': async () => {
    const hook = await startWebhookReceiver('slack');
    return {
      sender: createSlackWebhookSender({ webhookUrl: hook.webhookUrl }),
      targetId: 'slack-webhook:default',
      last: () => ({ platform: 'slack', body: hook.requests.at(-1)!.json as SlackPayload }),
      close: () => hook.close(),
    };
  },
  'slack channel': async () => {
    const api = await startFakeSlackWebApi();
    return {
      sender: createSlackChannelSender({ token: api.token, apiUrl: api.apiUrl }),
      targetId: 'slack:C0CONTRACT',
      last: () => {
        const m = api.messages.at(-1)!;
        return { platform: 'slack', body: { text: m.text, blocks: m.blocks as SlackPayload['blocks'] } };
      },
      close: () => api.close(),
    };
  },
  console: async () => {
    const out: string[] = [];
    return {
      sender: createConsoleSender((s) => out.push(s)),
      targetId: 'console:stdout',
      last: () => ({ platform: 'console', text: out.at(-1)! }),
      close: async () => {},
    };
  },
};

const links = [
  'https://news.example.org/articles/42',
  'https://other.example.net/x',
  'https://news.example.org/real',
  ...Array.from({ length: 300 }, (_, i) => `https://mirror${i}.example.net/a`),
  ...Array.from({ length: 800 }, (_, i) => `https://x.example.org/${i}`),
];

const messages: Record<string, () => OutMessage> = {
  alert: sampleAlert,
  'huge alert': () => hugeAlert(),
  'huge overflow': hugeOverflow,
  'huge digest': () => ({ ...hugeDigest(), chartPng: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }),
  'huge ephemeral text': hugeTextMessage,
};

for (const [name, start] of Object.entries(harnesses)) {
  describe(`sender contract: ${name}`, () => {
    let h: Harness;
    before(async () => {
      h = await start();
    });
    after(() => h.close());

    for (const [what, make] of Object.entries(messages)) {
      test(`delivers a ${what} safely`, async () => {
        assert.ok(h.targetId.startsWith(h.sender.prefix));
        assert.deepEqual(await h.sender.send(h.targetId, make(), `contract:${what}`), { ok: true });
        const got = h.last();
        if (got.platform === 'discord') {
          assertDiscordSafe(got.body, links);
          // Ephemeral exists only in interaction replies; posted messages never carry the flag.
          assert.equal(((got.body.flags ?? 0) & 64) === 0, true);
        } else if (got.platform === 'slack') {
          assertSlackSafe(got.body, links);
        } else {
          assert.ok(got.text.length > 0);
          assert.doesNotMatch(got.text, /@everyone|<script/);
        }
      });
    }
  });
}
