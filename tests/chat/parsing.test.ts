// Pure parsing: durations and dates, named options, Slack text and Discord options → the same words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSince, splitNamed, splitWords } from '../../src/chat/args.js';
import { chatCommands } from '../../src/chat/commands/index.js';
import { discordCommandDefinitions } from '../../src/chat/discord/definition.js';
import { wordsOf } from '../../src/chat/discord/request.js';
import { chatRequestFromSlash, commandWord, unwrapSlackLinks } from '../../src/chat/slack/request.js';
import { UserError } from '../../src/shared/errors.js';

const NOW = new Date('2024-11-06T12:00:00Z');

describe('parseSince', () => {
  test('durations back from now', () => {
    assert.equal(parseSince('6h', NOW), '2024-11-06T06:00:00.000Z');
    assert.equal(parseSince('2d', NOW), '2024-11-04T12:00:00.000Z');
    assert.equal(parseSince('90m', NOW), '2024-11-06T10:30:00.000Z');
    assert.equal(parseSince('1w', NOW), '2024-10-30T12:00:00.000Z');
    assert.equal(parseSince('12H', NOW), '2024-11-06T00:00:00.000Z');
  });
  test('ISO dates and times', () => {
    assert.equal(parseSince('2024-11-01', NOW), '2024-11-01T00:00:00.000Z');
    assert.equal(parseSince('2024-11-05T06:30Z', NOW), '2024-11-05T06:30:00.000Z');
    assert.equal(parseSince('2024-11-05T08:00:00+02:00', NOW), '2024-11-05T06:00:00.000Z');
  });
  test('refusals are UserErrors', () => {
    for (const bad of ['0h', 'yesterday', '2024-13-45', '2024-11-07', '2023-01-01', '5y', '']) {
      assert.throws(() => parseSince(bad, NOW), UserError, bad);
    }
  });
});

describe('splitNamed and splitWords', () => {
  test('named options in both spellings, positional words kept in order', () => {
    const r = splitNamed(['alerts', 'a', 'min-change', 'updates', 'b'], ['min-change']);
    assert.deepEqual(r.positional, ['alerts', 'a', 'b']);
    assert.equal(r.named.get('min-change'), 'updates');
    assert.equal(splitNamed(['--min-change=new'], ['min-change']).named.get('min-change'), 'new');
    assert.throws(() => splitNamed(['min-change=a', 'min-change', 'b'], ['min-change']), /given twice/);
  });
  test('quoted words keep their spaces', () => {
    assert.deepEqual(splitWords('feeds  add "a b"  c'), ['feeds', 'add', 'a b', 'c']);
    assert.deepEqual(splitWords('   '), []);
  });
});

describe('Slack text → ChatRequest', () => {
  test('links escaped by Slack are unwrapped; the first word is the command', () => {
    assert.equal(unwrapSlackLinks('analyze <https://x.example/a?b=1|x.example/a>'), 'analyze https://x.example/a?b=1');
    assert.equal(unwrapSlackLinks('hi <@U123>'), 'hi <@U123>');
    const r = chatRequestFromSlash({ text: 'Feeds add <https://f.example/rss>', user_id: 'U1', channel_id: 'C1', team_id: 'T1' }, true);
    assert.deepEqual(r, { platform: 'slack', userId: 'U1', channelId: 'C1', guildOrTeamId: 'T1', isAdmin: true, command: 'feeds', args: ['add', 'https://f.example/rss'] });
  });
  test('empty text is help', () => {
    assert.equal(chatRequestFromSlash({ text: '', user_id: 'U1', channel_id: 'C1' }, false).command, 'help');
    assert.equal(commandWord('  '), 'help');
  });
});

describe('Discord options → the same words', () => {
  const options = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  test('subcommand group with a kinds list and a named option', () => {
    assert.deepEqual(wordsOf(chatCommands, 'subscribe', 'digest', options({ 'min-change': 'updates', kinds: 'troops_deployed, weapon_supplied' })), {
      command: 'subscribe',
      args: ['digest', 'troops_deployed', 'weapon_supplied', 'min-change', 'updates'],
    });
  });
  test('plain subcommands with and without options', () => {
    assert.deepEqual(wordsOf(chatCommands, null, 'claims', options({ kind: 'troops_killed' })), { command: 'claims', args: ['troops_killed'] });
    assert.deepEqual(wordsOf(chatCommands, null, 'changes', options({})), { command: 'changes', args: [] });
    assert.deepEqual(wordsOf(chatCommands, 'feeds', 'remove', options({ id: ' f1 ' })), { command: 'feeds', args: ['remove', 'f1'] });
  });
  test('claims offers every kind as a required choice', () => {
    const [dprk] = discordCommandDefinitions(chatCommands) as unknown as { options: { name: string }[] }[];
    const claims = dprk?.options.find((o) => o.name === 'claims') as unknown as { options: { name: string; choices: unknown[]; required: boolean }[] };
    assert.equal(claims.options[0]?.name, 'kind');
    assert.equal(claims.options[0]?.choices.length, 16);
    assert.equal(claims.options[0]?.required, true);
  });
});
