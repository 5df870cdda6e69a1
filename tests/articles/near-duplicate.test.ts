import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNearDuplicate, hammingDistance, simhash, SYNDICATION_MAX_DISTANCE } from '../../src/articles/near-duplicate.js';

const story = [
  'Seoul says North Korea has sent another three thousand soldiers to Russia, bringing the total to about twelve thousand.',
  'The spy agency told lawmakers on Wednesday that the new troops arrived by ship in Vladivostok last month and were moved west by train.',
  'Officials said the soldiers are being trained to operate drones and will join units already fighting in the Kursk region.',
  'Pyongyang has not commented on the report, and the Kremlin declined to confirm the numbers when asked by reporters.',
  'Analysts said the deployment shows how far military cooperation has gone since the two countries signed a defence treaty.',
].join(' ');

const copy =
  'SEOUL (Wire) - ' +
  story.replace('on Wednesday', 'on Wednesday morning') +
  ' Additional reporting by our correspondent. Follow us for more world news.';

const other = [
  'Ukraine said on Tuesday that Russian strikes damaged power stations across three regions overnight, cutting electricity to thousands.',
  'The energy ministry said repair crews were working to restore supply, and that air defence units shot down most of the incoming drones.',
  'European leaders meeting in Brussels discussed new sanctions and further deliveries of air defence systems to Kyiv.',
  'The talks are expected to continue next week, officials said, as both sides prepare for a difficult winter.',
].join(' ');

test('a lightly edited copy of a story is within the syndication distance', () => {
  const d = hammingDistance(simhash(story), simhash(copy));
  assert.ok(d <= SYNDICATION_MAX_DISTANCE, `distance ${d}`);
});

test('a different story is far away', () => {
  const d = hammingDistance(simhash(story), simhash(other));
  assert.ok(d > SYNDICATION_MAX_DISTANCE + 8, `distance ${d}`);
});

test('findNearDuplicate picks the matching story and nothing for a new one', () => {
  const candidates = [
    { id: 1, simhash: simhash(other) },
    { id: 2, simhash: simhash(story) },
  ];
  assert.equal(findNearDuplicate(simhash(copy), candidates)?.id, 2);
  assert.equal(findNearDuplicate(simhash('Completely unrelated words about football and the weather in spring.'), candidates), undefined);
});

test('simhash is 16 hex digits and stable', () => {
  assert.match(simhash(story), /^[0-9a-f]{16}$/);
  assert.equal(simhash(story), simhash(story));
});

test('an independent report of the same facts, written differently, is not a copy', () => {
  const rewrite = [
    'North Korea has dispatched 3,000 additional soldiers to Russia, South Korean intelligence officials told parliament, which puts the overall number near twelve thousand.',
    'According to the briefing, the reinforcements landed at Vladivostok a month ago before travelling west by rail.',
    'They are expected to learn drone warfare and to reinforce North Korean units deployed around Kursk.',
  ].join(' ');
  const d = hammingDistance(simhash(story), simhash(rewrite));
  assert.ok(d > SYNDICATION_MAX_DISTANCE, `distance ${d}`);
});
