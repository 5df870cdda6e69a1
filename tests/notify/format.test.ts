import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changeBadge, changeLinesFromClaims, formatChangeLine, formatValue, kindLabel } from '../../src/notify/format.js';
import type { StoredClaim } from '../../src/store/types.js';

describe('formatValue', () => {
  test('quantities with qualifiers, ranges and units', () => {
    assert.equal(formatValue({ kind: 'troops_deployed', value: 12000, qualifier: 'about' }), 'about 12,000');
    assert.equal(formatValue({ kind: 'troops_deployed', value: 11000, min: 11000, max: 12000 }), '11,000–12,000');
    assert.equal(formatValue({ kind: 'munitions_supplied', value: 4000, qualifier: 'at_least', unit: 'shells' }), 'at least 4,000 (shells)');
    assert.equal(formatValue({ kind: 'troops_killed', value: 300, qualifier: 'exact' }), '300');
    assert.equal(formatValue({ kind: 'troops_wounded', value: 2700, qualifier: 'more_than' }), 'more than 2,700');
    assert.equal(formatValue({ kind: 'workers_sent', value: 1500000 }), '1,500,000');
  });

  test('items, directions and events', () => {
    assert.equal(formatValue({ kind: 'weapon_supplied', value: 'KN-23', direction: 'dprk_to_russia' }), 'KN-23 (DPRK → Russia)');
    assert.equal(formatValue({ kind: 'deployment_location', value: 'Kursk' }), 'Kursk');
    assert.equal(formatValue({ kind: 'treaty_event', value: 'signed', date: '2024-06' }), 'signed (2024-06)');
    assert.equal(formatValue({ kind: 'official_visit', value: 'putin_to_dprk' }), 'Putin visits the DPRK');
    assert.equal(formatValue({ kind: 'official_visit', value: 'belousov_to_dprk' }), 'Belousov visits the DPRK');
  });
});

test('kind labels and badges', () => {
  assert.equal(kindLabel('troops_deployed'), 'Troops deployed');
  assert.deepEqual((['new', 'confirms', 'updates', 'contradicts'] as const).map(changeBadge), ['NEW', 'CONFIRMS', 'UPDATE', 'CONTRADICTS']);
});

test('formatChangeLine', () => {
  assert.equal(
    formatChangeLine({
      kind: 'troops_deployed',
      change: 'updates',
      value: '12,000',
      previous: '11,000',
      source: 'South Korea NIS',
      status: 'reported',
      evidence: 'Some 12,000 soldiers are in Russia, the NIS said.',
      corroboration: 1,
    }),
    'troops_deployed: 11,000 → 12,000 (South Korea NIS, "Some 12,000 soldiers are in Russia, the NIS said.")',
  );
  const long = formatChangeLine({ kind: 'troops_killed', change: 'new', value: '300', status: 'possible', evidence: 'word '.repeat(200), corroboration: 1 });
  assert.match(long, /^troops_killed: 300 \(possible, "word( word)*…"\)$/);
  assert.ok(long.length < 260);
});

test('changeLinesFromClaims takes the novelty and the first compared claim', () => {
  const claim: StoredClaim = {
    id: 1,
    articleId: 7,
    reportId: 7,
    kind: 'troops_deployed',
    value: 12000,
    qualifier: 'about',
    source: 'South Korea NIS',
    status: 'reported',
    evidence: 'About 12,000 troops.',
    change: 'updates',
    novelty: 'contradicts',
    comparedWith: [
      { docId: 'corpus:ilpost.md', published: '2024-10-18', outlet: 'Il Post', value: 11000, evidence: '11.000 soldati.' },
      { docId: 'corpus:other.md', published: '2024-10-01', value: 10000, evidence: '10.000 soldati.' },
    ],
    published: '2024-11-05',
    createdAt: '2024-11-05T10:00:00Z',
  };
  const [line] = changeLinesFromClaims([claim], (c) => c.reportId - 4);
  assert.deepEqual(line, {
    kind: 'troops_deployed',
    change: 'contradicts',
    value: 'about 12,000',
    qualifier: 'about',
    source: 'South Korea NIS',
    status: 'reported',
    evidence: 'About 12,000 troops.',
    corroboration: 3,
    previous: '11,000',
    previousFrom: 'Il Post, 2024-10-18',
  });
  const [fresh] = changeLinesFromClaims([{ ...claim, novelty: 'new' }]);
  assert.equal(fresh?.previous, undefined);
  assert.equal(fresh?.corroboration, 1);
});
