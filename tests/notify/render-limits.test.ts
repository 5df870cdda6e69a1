import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiscordMessage, EPHEMERAL_FLAG } from '../../src/notify/discord/render.js';
import { renderSlackMessage } from '../../src/notify/slack/render.js';
import { renderConsoleText } from '../../src/notify/console/render.js';
import { assertDiscordSafe, assertSlackSafe } from './limits.js';
import { hugeAlert, hugeDigest, hugeOverflow, hugeTextMessage, sampleAlert } from './messages.js';

const alertLinks = ['https://news.example.org/real', ...Array.from({ length: 300 }, (_, i) => `https://mirror${i}.example.net/a`)];
const overflowLinks = Array.from({ length: 800 }, (_, i) => `https://x.example.org/${i}`);

describe('Discord renderer limits', () => {
  test('a huge hostile alert stays within every limit and counts what it left out', () => {
    const p = renderDiscordMessage(hugeAlert());
    assertDiscordSafe(p, alertLinks);
    const fields = p.embeds![0]!.fields!;
    assert.match(fields.at(-1)!.value, /^… and \d+ more changes$/);
    assert.equal(p.embeds![0]!.url, 'https://news.example.org/real');
  });

  test('a huge digest stays within limits', () => {
    const p = renderDiscordMessage({ ...hugeDigest(), chartPng: new Uint8Array([137, 80, 78, 71]) });
    assertDiscordSafe(p, []);
    assert.equal(p.embeds![0]!.image?.url, 'attachment://figures.png');
    assert.equal(p.files?.[0]?.name, 'figures.png');
    assert.ok(Buffer.isBuffer(p.files?.[0]?.attachment));
  });

  test('a huge overflow keeps only safe links and counts the rest', () => {
    const p = renderDiscordMessage(hugeOverflow());
    assertDiscordSafe(p, overflowLinks);
    assert.match(p.embeds![0]!.description!, /… and \d+ more$/);
    assert.doesNotMatch(p.embeds![0]!.description!, /javascript:/);
  });

  test('a huge text answer stays within limits and is ephemeral when asked', () => {
    const p = renderDiscordMessage(hugeTextMessage());
    assertDiscordSafe(p, []);
    assert.equal(p.flags, EPHEMERAL_FLAG);
  });

  test('many small changes are capped at 25 fields', () => {
    const msg = sampleAlert();
    msg.changes = Array.from({ length: 60 }, () => ({ ...sampleAlert().changes[1]! }));
    const p = renderDiscordMessage(msg);
    assertDiscordSafe(p, ['https://news.example.org/articles/42', 'https://other.example.net/x']);
    assert.equal(p.embeds![0]!.fields!.length, 25);
    assert.equal(p.embeds![0]!.fields![24]!.value, '… and 36 more changes');
  });
});

describe('Slack renderer limits', () => {
  test('a huge hostile alert stays within Block Kit limits', () => {
    const p = renderSlackMessage(hugeAlert());
    assertSlackSafe(p, alertLinks);
    assert.equal(p.blocks.length, 50);
    const last = p.blocks.at(-1)!;
    assert.equal(last.type, 'context');
    assert.match(last.type === 'context' ? last.elements[0]!.text : '', /^… and \d+ more changes$/);
  });

  test('a huge digest, overflow and text stay within limits', () => {
    assertSlackSafe(renderSlackMessage(hugeDigest()), []);
    assertSlackSafe(renderSlackMessage(hugeOverflow()), overflowLinks);
    assertSlackSafe(renderSlackMessage(hugeTextMessage()), []);
  });
});

describe('console renderer', () => {
  test('plain text without control characters or live mentions', () => {
    const s = renderConsoleText(hugeAlert(5, 50));
    assert.doesNotMatch(s, /[\u0000-\u0009\u000b-\u001f]/);
    assert.doesNotMatch(s, /@everyone|<script/);
  });
});
