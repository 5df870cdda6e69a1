import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/articles/sentences.js';

describe('splitSentences', () => {
  test('offsets give back the exact text', () => {
    const text = 'Primo punto. Secondo punto!\n\nTerzo punto?';
    const s = splitSentences(text, 'it');
    assert.deepEqual(s.map((x) => x.text), ['Primo punto.', 'Secondo punto!', 'Terzo punto?']);
    for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
    assert.deepEqual(s.map((x) => x.paragraph), [0, 0, 1]);
  });

  test('thousands separators and abbreviations do not end a sentence', () => {
    const it = splitSentences('Sono arrivati 10.000 soldati. Poi altri.', 'it');
    assert.deepEqual(it.map((x) => x.text), ['Sono arrivati 10.000 soldati.', 'Poi altri.']);
    const en = splitSentences('The U.S. Deputy Ambassador spoke on Aug. 27 in New York. Then he left.', 'en', new Set(['aug.']));
    assert.deepEqual(en.map((x) => x.text), ['The U.S. Deputy Ambassador spoke on Aug. 27 in New York.', 'Then he left.']);
  });

  test('a German ordinal date is no sentence end', () => {
    const de = splitSentences('Die Duma stimmte am 24. Oktober zu. Danach folgte Pjöngjang.', 'de');
    assert.deepEqual(de.map((x) => x.text), ['Die Duma stimmte am 24. Oktober zu.', 'Danach folgte Pjöngjang.']);
  });

  test('a sentence never runs across a line break', () => {
    const s = splitSentences('A heading without a stop\nThe body begins here.', 'en');
    assert.deepEqual(s.map((x) => x.text), ['A heading without a stop', 'The body begins here.']);
  });

  test('a repeated split answers the same, and different abbreviations are a different split', () => {
    const text = 'The talks were led by Gen. Kim in the capital. Nothing was signed.';
    const plain = splitSentences(text, 'en').map((x) => x.text);
    const withGen = splitSentences(text, 'en', new Set(['gen.'])).map((x) => x.text);
    assert.deepEqual(withGen, ['The talks were led by Gen. Kim in the capital.', 'Nothing was signed.']);
    assert.equal(plain.length, 3);
    assert.deepEqual(splitSentences(text, 'en').map((x) => x.text), plain);
  });
});

test('a full stop glued to the next sentence still ends one (scraped pages), a domain does not', () => {
  assert.deepEqual(
    splitSentences('Die Hälfte funktioniere nicht, hieß es.Nordkorea hat bestätigt. Siehe www.yonhap.co.kr dazu.', 'de').map((s) => s.text),
    ['Die Hälfte funktioniere nicht, hieß es.', 'Nordkorea hat bestätigt.', 'Siehe www.yonhap.co.kr dazu.'],
  );
});
