import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareClaims } from '../../src/compare/compare.js';
import type { ChangeKind, Claim, SourcedClaim } from '../../src/claims/model.js';
import { claim, earlier } from './helpers.js';

// A small baseline shaped like the real one: troop totals revised over time, a casualty figure, a treaty
// signature dated by most documents to June 2024 and by one to 2023, Russia's denial, directed items.
const B: SourcedClaim[] = [
  earlier('corpus:a', '2024-10-20', 'troops_deployed', 1500, { qualifier: 'at_least' }),
  earlier('corpus:b', '2024-11-25', 'troops_deployed', 10000, { qualifier: 'more_than' }),
  earlier('corpus:c', '2025-03-27', 'troops_deployed', 11000, { qualifier: 'about' }),
  earlier('corpus:c', '2025-03-27', 'troops_casualties', 4000, { qualifier: 'at_least' }),
  earlier('corpus:c', '2025-03-27', 'troops_additional', 3000, { qualifier: 'at_least' }),
  earlier('corpus:b', '2024-11-25', 'treaty_event', 'signed', { date: '2024-06' }),
  earlier('corpus:c', '2025-03-27', 'treaty_event', 'signed', { date: '2023' }),
  earlier('corpus:d', '2024-11-15', 'treaty_event', 'signed', { date: '2024-06-19' }),
  earlier('corpus:d', '2024-11-15', 'treaty_event', 'in_force'),
  earlier('corpus:d', '2024-11-15', 'official_visit', 'putin_to_dprk', { date: '2024-06' }),
  earlier('corpus:a', '2024-10-20', 'official_position', 'russia_denies_deployment', { status: 'denied' }),
  earlier('corpus:e', '2025-06-26', 'technology_transfer', 'satellite technology', { direction: 'dprk_to_russia' }),
  earlier('corpus:a', '2024-10-20', 'technology_transfer', 'space technology', { direction: 'russia_to_dprk' }),
  earlier('corpus:c', '2025-03-27', 'weapon_supplied', 'ballistic missiles', { direction: 'dprk_to_russia' }),
  earlier('corpus:b', '2024-11-25', 'deployment_location', 'Kursk'),
  earlier('corpus:e', '2025-06-26', 'technology_transfer', 'military technology'),
  earlier('corpus:x', '2024-09-01', 'munitions_supplied', 13000, { unit: 'containers', direction: 'dprk_to_russia' }),
];

interface Row {
  name: string;
  claim: Claim;
  date: string;
  change: ChangeKind;
  /** docIds expected first in comparedWith, in order */
  refs?: string[];
}

const rows: Row[] = [
  // quantities: new / confirms
  { name: 'kind absent from the baseline is new', claim: claim('troops_killed', 100, { qualifier: 'about' }), date: '2024-12-23', change: 'new', refs: [] },
  { name: 'equal figure confirms', claim: claim('troops_deployed', 11000), date: '2025-04-01', change: 'confirms', refs: ['corpus:c'] },
  { name: 'equal figure confirms an open bound of the same figure', claim: claim('troops_deployed', 10000), date: '2025-04-28', change: 'confirms', refs: ['corpus:b'] },
  { name: 'within 5% when the article hedges', claim: claim('troops_deployed', 11400, { qualifier: 'about' }), date: '2025-04-01', change: 'confirms', refs: ['corpus:c'] },
  { name: 'within 5% when the baseline hedges', claim: claim('troops_deployed', 10500), date: '2025-04-01', change: 'confirms', refs: ['corpus:c'] },
  { name: 'just over 5% with a hedge does not confirm', claim: claim('troops_deployed', 11700, { qualifier: 'about' }), date: '2025-04-01', change: 'updates' },
  { name: 'a range containing the baseline figure confirms', claim: claim('troops_deployed', 11000, { min: 11000, max: 12000 }), date: '2024-12-23', change: 'confirms', refs: ['corpus:c'] },
  { name: 'a range containing a different baseline figure confirms', claim: claim('troops_deployed', 10800, { min: 10800, max: 11200 }), date: '2025-04-01', change: 'confirms', refs: ['corpus:c'] },
  // quantities: updates / contradicts
  { name: 'open bounds do not stretch: more than 12,000 vs more than 10,000 updates', claim: claim('troops_deployed', 12000, { qualifier: 'more_than' }), date: '2025-01-11', change: 'updates', refs: ['corpus:b', 'corpus:a'] },
  { name: 'at least 4,000 is updated (not confirmed) by 4,700 in a newer article', claim: claim('troops_casualties', 4700), date: '2025-05-01', change: 'updates', refs: ['corpus:c'] },
  { name: 'updates names the most recent older claim first', claim: claim('troops_deployed', 12000, { qualifier: 'about' }), date: '2024-12-24', change: 'updates', refs: ['corpus:b', 'corpus:a'] },
  { name: 'a differing figure older than every baseline claim contradicts', claim: claim('troops_casualties', 3000, { qualifier: 'at_least' }), date: '2024-12-24', change: 'contradicts', refs: ['corpus:c'] },
  { name: 'a baseline claim of the same day is not older: contradicts', claim: claim('troops_casualties', 5000), date: '2025-03-27', change: 'contradicts', refs: ['corpus:c'] },
  { name: 'a differing figure in an article older than the whole baseline contradicts', claim: claim('troops_deployed', 900), date: '2024-10-01', change: 'contradicts' },
  // troops_additional: each batch its own event
  { name: 'a batch the baseline lacks is new, even when newer', claim: claim('troops_additional', 1000), date: '2025-06-17', change: 'new' },
  { name: 'the same batch figure confirms', claim: claim('troops_additional', 3000), date: '2025-04-01', change: 'confirms', refs: ['corpus:c'] },
  // direction and unit are part of the slot
  { name: 'satellite technology Russia→DPRK is new when the baseline has it DPRK→Russia', claim: claim('technology_transfer', 'satellite technology', { direction: 'russia_to_dprk' }), date: '2024-08-27', change: 'new', refs: [] },
  { name: 'the same item and direction confirms', claim: claim('weapon_supplied', 'ballistic missiles', { direction: 'dprk_to_russia' }), date: '2024-08-27', change: 'confirms', refs: ['corpus:c'] },
  { name: 'the same item the other way is new', claim: claim('weapon_supplied', 'ballistic missiles', { direction: 'russia_to_dprk' }), date: '2024-08-27', change: 'new' },
  { name: 'an undirected baseline item matches a directed claim', claim: claim('technology_transfer', 'military technology', { direction: 'russia_to_dprk' }), date: '2024-08-27', change: 'confirms', refs: ['corpus:e'] },
  { name: 'another value of an item kind is new', claim: claim('technology_transfer', 'nuclear technology', { direction: 'russia_to_dprk' }), date: '2024-08-27', change: 'new' },
  { name: 'munitions in another unit are new', claim: claim('munitions_supplied', 6000000, { unit: 'shells', direction: 'dprk_to_russia', qualifier: 'more_than' }), date: '2024-08-27', change: 'new' },
  { name: 'munitions in the same unit compare as figures', claim: claim('munitions_supplied', 20000, { unit: 'containers', direction: 'dprk_to_russia' }), date: '2024-12-01', change: 'updates', refs: ['corpus:x'] },
  // places
  { name: 'a known place confirms (case-insensitive)', claim: claim('deployment_location', 'kursk'), date: '2024-12-17', change: 'confirms', refs: ['corpus:b'] },
  { name: 'an unknown place is new', claim: claim('deployment_location', 'Moscow'), date: '2024-12-17', change: 'new' },
  // events
  { name: 'an event in the same month confirms', claim: claim('treaty_event', 'signed', { date: '2024-06' }), date: '2024-08-27', change: 'confirms', refs: ['corpus:b', 'corpus:d'] },
  { name: 'an event on another day of the same month confirms', claim: claim('treaty_event', 'signed', { date: '2024-06-20' }), date: '2024-08-27', change: 'confirms' },
  { name: 'an event in another month contradicts, even in a newer article', claim: claim('treaty_event', 'signed', { date: '2024-11' }), date: '2025-04-28', change: 'contradicts' },
  { name: 'a bare year compares at year precision: 2024 confirms 2024-06', claim: claim('treaty_event', 'signed', { date: '2024' }), date: '2025-01-01', change: 'confirms' },
  { name: 'an undated report of a known event confirms', claim: claim('treaty_event', 'signed'), date: '2025-01-01', change: 'confirms' },
  { name: 'a dated report of an event known only undated confirms', claim: claim('treaty_event', 'in_force', { date: '2024-12-04' }), date: '2025-01-01', change: 'confirms', refs: ['corpus:d'] },
  { name: 'a known visit in the same month confirms', claim: claim('official_visit', 'putin_to_dprk', { date: '2024-06-19' }), date: '2024-08-27', change: 'confirms', refs: ['corpus:d'] },
  { name: 'an unknown visit is new', claim: claim('official_visit', 'shoigu_to_dprk', { date: '2025-06-17' }), date: '2025-06-17', change: 'new' },
  { name: 'an unknown event step is new', claim: claim('treaty_event', 'ratified_dprk', { date: '2024-11-11' }), date: '2025-01-01', change: 'new' },
  // official positions
  { name: 'the opposite official position contradicts', claim: claim('official_position', 'russia_confirms_deployment', { status: 'confirmed' }), date: '2025-04-28', change: 'contradicts', refs: ['corpus:a'] },
  { name: 'the same official position confirms', claim: claim('official_position', 'russia_denies_deployment', { status: 'denied' }), date: '2024-11-01', change: 'confirms', refs: ['corpus:a'] },
  { name: 'another actor\'s position is new', claim: claim('official_position', 'dprk_confirms_deployment', { status: 'confirmed' }), date: '2025-04-28', change: 'new' },
];

describe('compareClaims: the change rules of claims.md', () => {
  for (const row of rows) {
    test(row.name, () => {
      const [out] = compareClaims([row.claim], B, row.date);
      assert.ok(out);
      assert.equal(out.change, row.change);
      if (row.refs) {
        assert.deepEqual(
          out.comparedWith.slice(0, row.refs.length).map((r) => r.docId),
          row.refs,
        );
      }
      if (row.change !== 'new') assert.ok(out.comparedWith.length > 0, 'a change other than new names what it was compared with');
      for (const r of out.comparedWith) assert.ok(r.evidence && r.published && r.docId, 'refs carry document, date, evidence');
    });
  }
});

describe('compareClaims: output', () => {
  test('keeps every claim field and order, adds change and comparedWith', () => {
    const input = [
      claim('troops_deployed', 11000, { qualifier: 'exact', source: 'South Korea JCS', date: '2025-03-01' }),
      claim('deployment_location', 'Kursk'),
    ];
    const out = compareClaims(input, B, '2025-04-01');
    assert.equal(out.length, 2);
    assert.equal(out[0]!.source, 'South Korea JCS');
    assert.equal(out[0]!.date, '2025-03-01');
    assert.equal(out[1]!.kind, 'deployment_location');
    const ref = out[0]!.comparedWith[0]!;
    assert.equal(ref.value, 11000);
    assert.equal(ref.qualifier, 'about');
  });

  test('an empty baseline makes everything new', () => {
    const out = compareClaims([claim('troops_deployed', 1), claim('treaty_event', 'signed', { date: '2024-06' })], [], '2025-01-01');
    assert.deepEqual(out.map((c) => c.change), ['new', 'new']);
  });

  test('limit caps the references', () => {
    const many = Array.from({ length: 30 }, (_, i) => earlier(`corpus:${i}`, '2024-01-01', 'deployment_location', 'Kursk'));
    assert.equal(compareClaims([claim('deployment_location', 'Kursk')], many, '2025-01-01')[0]!.comparedWith.length, 10);
    assert.equal(compareClaims([claim('deployment_location', 'Kursk')], many, '2025-01-01', { limit: 3 })[0]!.comparedWith.length, 3);
  });

  test('is pure: inputs are not modified', () => {
    const c = claim('troops_deployed', 12000);
    const before = JSON.stringify([c, B]);
    compareClaims([c], B, '2025-01-01');
    assert.equal(JSON.stringify([c, B]), before);
  });
});
