import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linesForTarget, passes, targetsFor } from '../../src/pipeline/alerts.js';
import { compatible, Knowledge } from '../../src/pipeline/knowledge.js';
import type { ChangeLine } from '../../src/notify/types.js';
import type { Claim } from '../../src/claims/model.js';

const line = (kind: ChangeLine['kind'], change: ChangeLine['change']): ChangeLine => ({
  kind,
  change,
  value: 'x',
  status: 'reported',
  evidence: 'e',
  corroboration: 1,
});

test('confirmations never alert; the rest alert from the minimum up', () => {
  assert.equal(passes('confirms', 'new'), false);
  assert.equal(passes('new', 'new'), true);
  assert.equal(passes('new', 'updates'), false);
  assert.equal(passes('updates', 'updates'), true);
  assert.equal(passes('contradicts', 'updates'), true);
  assert.equal(passes('updates', 'contradicts'), false);
});

test('subscriptions add targets with their own filters; static targets come first and are not doubled', () => {
  const t = targetsFor(['console:stdout'], 'new', [
    { targetId: 'discord:1', mode: 'alerts', kinds: ['troops_killed'], minChange: 'updates' },
    { targetId: 'slack:2', mode: 'digest', kinds: [], minChange: 'new' },
    { targetId: 'console:stdout', mode: 'alerts', kinds: [], minChange: 'contradicts' },
  ]);
  assert.deepEqual(t.map((x) => x.targetId), ['console:stdout', 'discord:1']);
  const lines = [line('troops_killed', 'new'), line('troops_killed', 'contradicts'), line('troops_deployed', 'updates')];
  assert.deepEqual(linesForTarget(lines, t[1]!).map((l) => `${l.kind}:${l.change}`), ['troops_killed:contradicts']);
  assert.deepEqual(linesForTarget(lines, t[0]!).map((l) => l.change), ['contradicts', 'updates', 'new'], 'strongest first');
});

const claim = (value: number, extra: Partial<Claim> = {}): Claim => ({
  kind: 'troops_deployed',
  value,
  status: 'reported',
  evidence: 'e',
  ...extra,
});

test('compatible values: equal, within 5% when hedged, ranges containing each other; items by name', () => {
  assert.ok(compatible(claim(12000), claim(12000)));
  assert.ok(compatible(claim(12000, { qualifier: 'about' }), claim(12500)));
  assert.ok(!compatible(claim(12000), claim(12500)), 'exact figures 4% apart differ');
  assert.ok(compatible(claim(11000, { min: 11000, max: 12000 }), claim(11500)));
  assert.ok(!compatible(claim(11000), { ...claim(11000), kind: 'troops_killed' }));
  const item = (value: string, direction: Claim['direction']): Claim => ({ kind: 'technology_transfer', value, direction, status: 'reported', evidence: 'e' });
  assert.ok(compatible(item('satellite technology', 'russia_to_dprk'), item('Satellite technology', 'russia_to_dprk')));
  assert.ok(!compatible(item('satellite technology', 'russia_to_dprk'), item('satellite technology', 'dprk_to_russia')));
});

test('corroboration counts independent reports once each, syndicated copies once', () => {
  const k = new Knowledge(
    [{ ...claim(12000), docId: 'corpus:a', published: '2025-01-01' }],
    [
      { ...claim(12000), docId: 'article:1', published: '2026-01-01', reportKey: 'report:1' },
      { ...claim(12000), docId: 'article:2', published: '2026-01-01', reportKey: 'report:1' },
      { ...claim(9000), docId: 'article:3', published: '2026-01-01', reportKey: 'report:3' },
    ],
  );
  assert.equal(k.corroboration(claim(12000), 'item:new'), 3, 'this report, the baseline document, report 1');
  assert.equal(k.corroboration(claim(12000), 'report:1'), 2, 'a copy of report 1 adds nothing');
});
