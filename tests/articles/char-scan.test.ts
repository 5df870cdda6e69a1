// The table-driven scans (tokenize, wordStarts) must find exactly what the Unicode-property expressions they replace
// find: same words, same offsets, in every script and with the odd characters scraped pages carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/articles/token-patterns.js';
import { wordStarts } from '../../src/claims/context.js';
import { charClass, forEachRun } from '../../src/articles/char-class.js';

const SAMPLES = [
  'Secondo l’intelligence sudcoreana, 10.000 soldati nord-coreani sono già in Russia.',
  'Rund 1.500 nordkoreanische Soldaten – so hieß es.Nordkorea hat 3 000 Mann geschickt (1,5 Mio. Granaten).',
  'Les Nord‑Coréens ont envoyé 12\u202f000 soldats ; Séoul l’a confirmé.',
  'Около 11 000 северокорейских военных воюют в Курской области.',
  '북한군 1만1000명이 러시아에 파병됐다고 국정원이 밝혔다.',
  'Cafe\u0301 au lait, naïve coöperation — 𝒜𝒷𝒸 letters outside the BMP, and 😀 an emoji between words.',
  'A lone surrogate \ud800 here, a 10k figure, U.S.-made 155-mm shells, 1,5km and 2.000-3.000 troops.',
  '',
  '   ',
  '-leading hyphen, trailing one- and numbers like .5 or 5. end',
];

test('tokenize finds the words the [\\p{L}\\p{N}\\p{M}]+ expression finds', () => {
  for (const s of SAMPLES) {
    const lower = s.toLowerCase();
    const expected = [...lower.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
    assert.deepEqual(tokenize(lower), expected, s);
  }
});

test('wordStarts finds where the word-and-figure expression starts a match', () => {
  for (const s of SAMPLES) {
    const expected = [...s.matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+|[.,\u00a0\u202f][\p{N}]+)*/gu)].map((m) => m.index!);
    assert.deepEqual(wordStarts(s), expected, s);
  }
});

test('a character class answers for astral code points from either half of the pair', () => {
  const letter = charClass(/\p{L}/u);
  const text = 'x𝒜y';
  assert.equal(letter(text, 1), true);
  assert.equal(letter(text, 2), true);
  assert.equal(letter('😀', 0), false);
  assert.equal(letter('\ud800', 0), false);
});

test('forEachRun finds the runs the class expression finds, letters outside the BMP included', () => {
  const letter = charClass(/\p{L}/u);
  for (const s of SAMPLES) {
    const runs: string[] = [];
    forEachRun(s, letter, (start, end) => runs.push(s.slice(start, end)));
    assert.deepEqual(runs, s.match(/\p{L}+/gu) ?? [], s);
  }
});
