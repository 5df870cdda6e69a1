import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDigest, compatibleClaims } from '../../src/notify/digest.js';
import { storedClaim } from './claims.js';

const SINCE = '2024-11-05T00:00:00.000Z';
const UNTIL = '2024-11-06T00:00:00.000Z';

test('groups the period by kind, merges compatible values and counts distinct reports', () => {
  const ref = { docId: 'corpus:a.md', published: '2024-10-18', outlet: 'Il Post', value: 11000, evidence: '11.000 soldati.' };
  const claims = [
    // The period: three reports of ~12,000 (two articles of one report), one of 15,000, one new weapon.
    storedClaim({ kind: 'troops_deployed', value: 12000, qualifier: 'about', novelty: 'updates', change: 'updates', comparedWith: [ref], reportId: 10, source: 'South Korea NIS' }),
    storedClaim({ kind: 'troops_deployed', value: 12000, reportId: 10, novelty: 'confirms' }),
    storedClaim({ kind: 'troops_deployed', value: 12300, reportId: 11, novelty: 'confirms' }),
    storedClaim({ kind: 'troops_deployed', value: 15000, reportId: 12, novelty: 'contradicts', change: 'contradicts', comparedWith: [ref] }),
    storedClaim({ kind: 'weapon_supplied', value: 'KN-23', direction: 'dprk_to_russia', reportId: 13 }),
    // Before the period: corroborates 12,000 but makes no line of its own.
    storedClaim({ kind: 'troops_deployed', value: 12000, reportId: 9, published: '2024-11-01' }),
    // After the period: ignored.
    storedClaim({ kind: 'troops_killed', value: 100, reportId: 14, published: '2024-11-07' }),
  ];
  const d = buildDigest(claims, SINCE, UNTIL);
  assert.equal(d.type, 'digest');
  assert.deepEqual(d.groups.map((g) => g.kind), ['troops_deployed', 'weapon_supplied']);
  const troops = d.groups[0]!.lines;
  assert.deepEqual(
    troops.map((l) => [l.change, l.value, l.corroboration, l.previous]),
    [
      ['contradicts', '15,000', 1, '11,000'],
      ['updates', 'about 12,000', 3, '11,000'],
    ],
  );
  assert.equal(troops[1]!.source, 'South Korea NIS');
  assert.deepEqual(d.groups[1]!.lines.map((l) => [l.change, l.value]), [['new', 'KN-23 (DPRK → Russia)']]);
});

test('an empty period gives an empty digest', () => {
  assert.deepEqual(buildDigest([], SINCE, UNTIL), { type: 'digest', since: SINCE, until: UNTIL, groups: [] });
});

test('compatibility follows the claim model: hedging, ranges, directions, event months', () => {
  const q = (value: number, extra = {}) => storedClaim({ kind: 'troops_deployed', value, ...extra });
  assert.ok(compatibleClaims(q(12000), q(12000)));
  assert.ok(!compatibleClaims(q(12000), q(12300)));
  assert.ok(compatibleClaims(q(12000, { qualifier: 'about' }), q(12300)));
  assert.ok(compatibleClaims(q(10000, { min: 10000, max: 12000 }), q(11000)));
  const w = (direction: 'dprk_to_russia' | 'russia_to_dprk') => storedClaim({ kind: 'weapon_supplied', value: 'drones', direction });
  assert.ok(!compatibleClaims(w('dprk_to_russia'), w('russia_to_dprk')));
  const e = (date: string) => storedClaim({ kind: 'treaty_event', value: 'signed', date });
  assert.ok(compatibleClaims(e('2024-06-19'), e('2024-06')));
  assert.ok(!compatibleClaims(e('2024-06-19'), e('2024-11-11')));
});
