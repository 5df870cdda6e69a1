import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresCompatible } from '../../src/compare/figures.js';
import { eventDatesCompatible, isBefore } from '../../src/compare/dates.js';
import type { Qualifier } from '../../src/claims/model.js';

const f = (value: number, qualifier: Qualifier = 'exact', min?: number, max?: number) => ({ value, qualifier, min, max });

describe('figuresCompatible', () => {
  const cases: [string, ReturnType<typeof f>, ReturnType<typeof f>, boolean][] = [
    ['equal exact', f(10000), f(10000), true],
    ['different exact', f(10000), f(10100), false],
    ['about within 5%', f(10000, 'about'), f(10500), true],
    ['about beyond 5%', f(10000, 'about'), f(10600), false],
    ['hedge on the other side', f(10500), f(10000, 'about'), true],
    ['open bound equal figure', f(4000, 'at_least'), f(4000), true],
    ['open bound does not stretch up', f(4000, 'at_least'), f(4700), false],
    ['more_than does not stretch', f(10000, 'more_than'), f(12000, 'more_than'), false],
    ['up_to does not stretch down', f(5000, 'up_to'), f(4000), false],
    ['range contains figure', f(11000, 'exact', 11000, 12000), f(11500), true],
    ['figure in the other range', f(12000, 'about'), f(11000, 'exact', 11000, 12000), true],
    ['range excludes figure', f(11000, 'exact', 11000, 12000), f(12500), false],
    ['range inside range', f(11000, 'exact', 11000, 12000), f(10000, 'exact', 10000, 13000), true],
    ['overlapping ranges do not contain each other', f(11000, 'exact', 11000, 12000), f(11500, 'exact', 11500, 13000), false],
  ];
  for (const [name, a, b, want] of cases) test(name, () => assert.equal(figuresCompatible(a, b), want));
});

describe('eventDatesCompatible', () => {
  const cases: [string, string, boolean][] = [
    ['2024-06', '2024-06-19', true],
    ['2024-06-03', '2024-06-28', true],
    ['2024-06', '2024-11', false],
    ['2023', '2024-06', false],
    ['2024', '2024-06', true],
    ['2024', '2024', true],
    ['2024-06-19', '2024-07-01', false],
    ['unknown', '2024-06', true],
  ];
  for (const [a, b, want] of cases) test(`${a} ~ ${b} → ${want}`, () => assert.equal(eventDatesCompatible(a, b), want));

  test('isBefore compares days', () => {
    assert.equal(isBefore('2024-11-25', '2024-12-24'), true);
    assert.equal(isBefore('2025-03-27', '2025-03-27'), false);
    assert.equal(isBefore('2025-03-28', '2025-03-27'), false);
  });
});
