import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/claims/dates.js';
import { lexiconFor } from '../../src/claims/lexicon.js';
import { pack } from './helpers.js';

const dates = (lang: string, text: string, published: string) => findDates(text, lexiconFor(pack(), lang), published).map((d) => d.iso);

describe('dates, absolute and relative to publication', () => {
  test('Italian', () => {
    assert.deepEqual(dates('it', 'firmato il 23 novembre 2024', '2025-01-10'), ['2024-11-23']);
    assert.deepEqual(dates('it', 'nel giugno 2024', '2025-01-10'), ['2024-06']);
    assert.deepEqual(dates('it', 'lo scorso giugno', '2025-06-26'), ['2024-06']);
    assert.deepEqual(dates('it', 'nel 2023', '2025-01-10'), ['2023']);
    assert.deepEqual(dates('it', "l'11 novembre", '2024-11-15'), ['2024-11-11']);
    assert.deepEqual(dates('it', 'lunedì', '2025-04-30'), ['2025-04-28']);
  });

  test('English: a month without a year is the latest one, "may" the verb is no month', () => {
    assert.deepEqual(dates('en', 'on 6 November', '2024-11-15'), ['2024-11-06']);
    assert.deepEqual(dates('en', 'on December 17', '2025-01-05'), ['2024-12-17']);
    assert.deepEqual(dates('en', 'in June 2024', '2025-01-05'), ['2024-06']);
    assert.deepEqual(dates('en', 'last Friday', '2025-01-10'), ['2025-01-03']);
    assert.deepEqual(dates('en', 'Kim may visit', '2025-01-10'), []);
  });

  test('German, French, Spanish', () => {
    assert.deepEqual(dates('de', 'am 24. Oktober', '2024-11-15'), ['2024-10-24']);
    assert.deepEqual(dates('fr', 'le 19 juin 2024', '2025-01-05'), ['2024-06-19']);
    assert.deepEqual(dates('es', 'el 6 de noviembre de 2024', '2025-01-05'), ['2024-11-06']);
    assert.deepEqual(dates('es', 'ayer', '2025-01-05'), ['2025-01-04']);
  });
});
