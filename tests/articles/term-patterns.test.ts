// Lexicon term syntax (term-patterns.ts, token-patterns.ts): phrases, wildcards, hyphens, apostrophes, acronyms.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { MatcherGroup, TermMatcher, termList } from '../../src/articles/term-patterns.js';

const found = (terms: string[], text: string) => termList(terms).find(text).map((s) => text.slice(s.start, s.end));

describe('term matching', () => {
  test('case-insensitive whole words, any whitespace between words', () => {
    assert.deepEqual(found(['North Korea'], 'NORTH  korea and north koreans'), ['NORTH  korea']);
  });

  test('a trailing * takes the rest of the word, a leading * matches a word ending', () => {
    assert.deepEqual(found(['soldat*'], 'I soldati e il soldato'), ['soldati', 'soldato']);
    assert.deepEqual(found(['*erà'], 'Il trattato entrerà in vigore, era tardi'), ['entrerà']);
  });

  test('a hyphen may be written as a hyphen, a space or nothing', () => {
    assert.deepEqual(found(['nord-coreani'], 'nord-coreani, nord coreani, nordcoreani'), ['nord-coreani', 'nord coreani', 'nordcoreani']);
    assert.deepEqual(found(['KN-23'], 'un KN-23 e un KN23'), ['KN-23', 'KN23']);
  });

  test('apostrophes match both forms', () => {
    assert.deepEqual(found(["d'artiglieria"], 'proiettili d’artiglieria'), ['d’artiglieria']);
  });

  test('the longest term wins, matches do not overlap', () => {
    assert.deepEqual(found(['missili', 'missili antiaerei'], 'missili antiaerei e missili'), ['missili antiaerei', 'missili']);
  });

  test('all-capital aliases are case-sensitive and may touch a following lower-case word', () => {
    assert.deepEqual(found(['CNN'], 'CNNsoldati; cnn; CNN.'), ['CNN', 'CNN']);
  });

  test('phrases that start with punctuation and raw expressions', () => {
    assert.deepEqual(found([', which', 're:,\\s+che\\s'], 'A, which B, che C'), [', which', ', che ']);
  });

  test('matchers of one group keep their own results', () => {
    const group = new MatcherGroup();
    const a = new TermMatcher([['troops']], group);
    const b = new TermMatcher([['north korean troops']], group);
    const text = 'North Korean troops arrived';
    assert.deepEqual(a.find(text).map((s) => text.slice(s.start, s.end)), ['troops']);
    assert.deepEqual(b.find(text).map((s) => text.slice(s.start, s.end)), ['North Korean troops']);
  });
});

describe('inflected forms (a language file\'s `inflection`)', () => {
  const german = () =>
    new MatcherGroup({ endings: new Set(['e', 'n', 'r', 's', 'm', 'en', 'er', 'es', 'em', 'ern', 'ns']), stems: ['en', 'e', 'n'], minWord: 5, minStem: 4 });
  const inflected = (terms: string[], text: string, inflect = true) =>
    new TermMatcher([terms], german(), inflect).find(text).map((s) => text.slice(s.start, s.end));

  test('a word matches its forms: the word or its stem plus an ending', () => {
    assert.deepEqual(inflected(['Artilleriegeschosse'], 'mit Artilleriegeschossen und Artilleriegeschoss'), ['Artilleriegeschossen', 'Artilleriegeschoss']);
    assert.deepEqual(inflected(['Panzer'], 'mit Panzern'), ['Panzern']);
    assert.deepEqual(inflected(['Soldaten'], 'ein Soldat, zwei Soldaten'), ['Soldat', 'Soldaten']);
  });

  test('every word of a phrase is inflected', () => {
    assert.deepEqual(inflected(['ballistische Raketen'], 'mit ballistischen Raketen; eine ballistische Rakete'), ['ballistischen Raketen', 'ballistische Rakete']);
  });

  test('short words, other words with the same beginning and lists not marked inflected match only as written', () => {
    assert.deepEqual(inflected(['Kim'], 'Kims Soldaten'), []);
    assert.deepEqual(inflected(['Rakete'], 'Raketenwerfer und Raketentests'), []);
    assert.deepEqual(inflected(['Behörden'], 'die Behörde', false), []);
    // a stem sheds only the plural and weak endings: the Ukrainians are no Ukraine
    assert.deepEqual(inflected(['Ukrainer'], 'die Ukraine und den Ukrainern'), ['Ukrainern']);
  });

  test('an open last word keeps taking any ending', () => {
    assert.deepEqual(inflected(['nordkoreanische Soldat*'], 'nordkoreanischen Soldatinnen'), ['nordkoreanischen Soldatinnen']);
  });
});
