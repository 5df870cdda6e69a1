// Rendered messages as people see them: fixed expectations for an ordinary alert on each platform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDiscordMessage } from '../../src/notify/discord/render.js';
import { renderSlackMessage } from '../../src/notify/slack/render.js';
import { renderConsoleText } from '../../src/notify/console/render.js';
import { sampleAlert } from './messages.js';

test('Discord alert', () => {
  assert.deepEqual(renderDiscordMessage(sampleAlert()), {
    content: '**UPDATE** Troops deployed: 11,000 → about 12,000 (+1 more)',
    embeds: [
      {
        title: 'Seoul says 12,000 North Korean troops are now in Russia',
        url: 'https://news.example.org/articles/42',
        color: 0xe8a33d,
        author: { name: 'Example News' },
        footer: { text: '2024-11-05 · en' },
        timestamp: '2024-11-05T00:00:00.000Z',
        description: 'Also at: [Other Paper](<https://other.example.net/x>)',
        fields: [
          {
            name: '🔄 UPDATE · Troops deployed',
            value:
              '11,000 → **about 12,000**\nSouth Korea NIS · 2 reports\n*was: Il Post, 2024-10-18*\n' +
              '> The intelligence service said about 12,000 soldiers had arrived in the Kursk region.',
          },
          { name: '🆕 NEW · Weapons supplied', value: '**KN-23 (DPRK → Russia)**\nofficially confirmed\n> Officials confirmed the KN-23 launches.' },
        ],
      },
    ],
    allowed_mentions: { parse: [] },
  });
});

test('Slack alert', () => {
  const p = renderSlackMessage(sampleAlert());
  assert.equal(p.text, 'UPDATE Troops deployed: 11,000 → about 12,000 (+1 more) — Seoul says 12,000 North Korean troops are now in Russia');
  assert.deepEqual(p.blocks, [
    { type: 'header', text: { type: 'plain_text', text: 'Seoul says 12,000 North Korean troops are now in Russia', emoji: true } },
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '<https://news.example.org/articles/42|Example News>' },
        { type: 'mrkdwn', text: '2024-11-05' },
        { type: 'mrkdwn', text: 'en' },
      ],
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: 'Also at: <https://other.example.net/x|Other Paper>' }] },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          '🔄 *UPDATE* · *Troops deployed*: 11,000 → *about 12,000*\nSouth Korea NIS · 2 reports\n_was: Il Post, 2024-10-18_\n' +
          '> The intelligence service said about 12,000 soldiers had arrived in the Kursk region.',
      },
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: '🆕 *NEW* · *Weapons supplied*: *KN-23 (DPRK → Russia)*\nofficially confirmed\n> Officials confirmed the KN-23 launches.' },
    },
  ]);
});

test('console alert', () => {
  assert.equal(
    renderConsoleText(sampleAlert()),
    [
      '== Seoul says 12,000 North Korean troops are now in Russia',
      '   Example News · 2024-11-05 · en',
      '   https://news.example.org/articles/42',
      '  [UPDATE] troops_deployed: 11,000 → about 12,000 (South Korea NIS, "The intelligence service said about 12,000 soldiers had arrived in the Kursk region.")',
      '      was: Il Post, 2024-10-18 · 2 reports',
      '  [NEW] weapon_supplied: KN-23 (DPRK → Russia) (officially confirmed, "Officials confirmed the KN-23 launches.")',
      '   also at: Other Paper',
      '',
    ].join('\n'),
  );
});

test('digest lines: updates revise, contradictions oppose, confirmations stand alone', () => {
  const base = sampleAlert().changes[0]!;
  const digest = {
    type: 'digest' as const,
    since: '2024-11-05T00:00:00Z',
    until: '2024-11-06T00:00:00Z',
    groups: [
      {
        kind: 'troops_deployed' as const,
        lines: [
          { ...base, change: 'contradicts' as const, value: '15,000', corroboration: 1, source: 'Ukraine GUR' },
          { ...base, change: 'updates' as const, value: '12,000' },
          { ...base, change: 'confirms' as const, value: '11,000', previous: '11,000' },
        ],
      },
    ],
  };
  assert.deepEqual(renderDiscordMessage(digest).embeds![0]!.fields, [
    {
      name: 'Troops deployed (3)',
      value: [
        '⚠️ **CONTRADICTS** 11,000 vs 15,000 — Ukraine GUR',
        '🔄 **UPDATE** 11,000 → 12,000 — South Korea NIS · 2 reports',
        '✅ **CONFIRMS** 11,000 — South Korea NIS · 2 reports',
      ].join('\n'),
    },
  ]);
  assert.equal(renderDiscordMessage(digest).embeds![0]!.description, '3 distinct claims in 1 kind.');
  const section = renderSlackMessage(digest).blocks[2]!;
  assert.deepEqual(section, {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: [
        '*Troops deployed* (3)',
        '⚠️ *CONTRADICTS* 11,000 vs 15,000 — Ukraine GUR',
        '🔄 *UPDATE* 11,000 → 12,000 — South Korea NIS · 2 reports',
        '✅ *CONFIRMS* 11,000 — South Korea NIS · 2 reports',
      ].join('\n'),
    },
  });
});
