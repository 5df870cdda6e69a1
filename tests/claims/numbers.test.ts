import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lexiconFor } from '../../src/claims/lexicon.js';
import { findNumbers } from '../../src/claims/numbers.js';
import { pack } from './helpers.js';

const nums = (lang: string, text: string) =>
  findNumbers(text, lexiconFor(pack(), lang)).map((n) => ({ value: n.value, qualifier: n.qualifier, ...(n.max ? { min: n.min, max: n.max } : {}) }));

describe('figures in every notation', () => {
  test('Italian: dotted thousands, glued and spelled thousands, hedges', () => {
    assert.deepEqual(nums('it', 'più di 10.000 uomini'), [{ value: 10000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('it', 'circa 12mila'), [{ value: 12000, qualifier: 'about' }]);
    assert.deepEqual(nums('it', 'almeno tremila'), [{ value: 3000, qualifier: 'at_least' }]);
    assert.deepEqual(nums('it', 'oltre 12 mila'), [{ value: 12000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('it', 'fino a 1,5 milioni'), [{ value: 1500000, qualifier: 'up_to' }]);
    assert.deepEqual(nums('it', 'un migliaio'), [{ value: 1000, qualifier: 'about' }]);
    assert.deepEqual(nums('it', 'tra 10.000 e 12.000'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
  });

  test('English: commas, words, k and millions, ranges', () => {
    assert.deepEqual(nums('en', 'at least 10,000'), [{ value: 10000, qualifier: 'at_least' }]);
    assert.deepEqual(nums('en', 'ten thousand'), [{ value: 10000, qualifier: 'exact' }]);
    assert.deepEqual(nums('en', 'nearly 10k'), [{ value: 10000, qualifier: 'about' }]);
    assert.deepEqual(nums('en', 'over 1.5 million'), [{ value: 1500000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('en', 'between 10,000 and 12,000'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
    assert.deepEqual(nums('en', '11,000–12,000'), [{ value: 11000, qualifier: 'exact', min: 11000, max: 12000 }]);
    assert.deepEqual(nums('en', 'a million'), [{ value: 1000000, qualifier: 'exact' }]);
  });

  test('German, French and Spanish notations', () => {
    assert.deepEqual(nums('de', 'mehr als 10.000'), [{ value: 10000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('de', 'rund zehntausend'), [{ value: 10000, qualifier: 'about' }]);
    assert.deepEqual(nums('de', 'zwischen 10.000 und 12.000'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
    assert.deepEqual(nums('fr', 'plus de 10 000'), [{ value: 10000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('fr', 'environ 10\u202f000'), [{ value: 10000, qualifier: 'about' }]);
    // Swiss copy: an apostrophe groups thousands
    assert.deepEqual(nums('fr', "environ 10'000"), [{ value: 10000, qualifier: 'about' }]);
    assert.deepEqual(nums('de', 'rund 12’000'), [{ value: 12000, qualifier: 'about' }]);
    assert.deepEqual(nums('fr', 'trois mille'), [{ value: 3000, qualifier: 'exact' }]);
    assert.deepEqual(nums('fr', 'un millier'), [{ value: 1000, qualifier: 'about' }]);
    assert.deepEqual(nums('es', 'al menos 10.000'), [{ value: 10000, qualifier: 'at_least' }]);
    assert.deepEqual(nums('es', 'unos 12 mil'), [{ value: 12000, qualifier: 'about' }]);
    assert.deepEqual(nums('es', 'entre 10.000 y 12.000'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
  });

  test('vague quantities and compound adjectives are no figures', () => {
    assert.deepEqual(nums('it', 'diverse centinaia di soldati e migliaia di operai'), []);
    assert.deepEqual(nums('en', 'hundreds of soldiers, tens of thousands of troops, dozens of missiles'), []);
    assert.deepEqual(nums('de', 'Hunderte Soldaten und Millionen Granaten'), []);
    assert.deepEqual(nums('en', 'a 120-day mission'), []);
  });
});

describe('a scale after an article keeps the hedge before the article', () => {
  test('"more than a million" in every language', () => {
    assert.deepEqual(nums('en', 'more than one million shells'), [{ value: 1000000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('de', 'mehr als eine Million Granaten'), [{ value: 1000000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('it', 'più di un milione di proiettili'), [{ value: 1000000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('es', 'más de un millón de proyectiles'), [{ value: 1000000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('fr', "plus d'un million d'obus"), [{ value: 1000000, qualifier: 'more_than' }]);
    assert.deepEqual(nums('fr', "près d'un million d'obus"), [{ value: 1000000, qualifier: 'about' }]);
  });
});

describe('compound figures and shared scales', () => {
  test('tens and units written apart add up before the scale', () => {
    assert.deepEqual(nums('en', 'twenty-five thousand'), [{ value: 25000, qualifier: 'exact' }]);
    assert.deepEqual(nums('fr', 'vingt-cinq mille'), [{ value: 25000, qualifier: 'exact' }]);
  });

  test('a smaller number word after the scale adds to it', () => {
    assert.deepEqual(nums('es', 'doce mil quinientos'), [{ value: 12500, qualifier: 'exact' }]);
    assert.deepEqual(nums('en', 'ten thousand five hundred'), [{ value: 10500, qualifier: 'exact' }], 'with its own smaller scale');
    assert.deepEqual(nums('en', 'ten thousand, five').map((n) => n.value), [10000, 5], 'a comma separates figures');
  });

  test('a bare first figure of a range takes the second one’s scale', () => {
    assert.deepEqual(nums('it', '10-12mila'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
    assert.deepEqual(nums('en', '5 to 6 million'), [{ value: 5000000, qualifier: 'exact', min: 5000000, max: 6000000 }]);
    assert.deepEqual(nums('en', '2 to 12,000').map((n) => n.value), [2, 12000], 'unless the scales cannot match');
  });

  test('a range whose figures each take an article: "tra i 10mila e i 12mila", "entre los 10.000 y los 12.000"', () => {
    assert.deepEqual(nums('it', 'Tra i 10mila e i 12mila soldati'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
    assert.deepEqual(nums('es', 'entre los 10.000 y los 12.000 soldados'), [{ value: 10000, qualifier: 'exact', min: 10000, max: 12000 }]);
    // a word that is no article still parts the figures
    assert.deepEqual(nums('it', 'tra i 10mila e oltre 12mila').map((n) => n.value), [10000, 12000]);
  });
});
