// Language of an article (ISO 639-1), detected with tinyld among the languages the topic pack knows.
// Short or mixed texts make detectors guess: below the confidence threshold we keep the caller's hint
// (a feed's declared language).
import { detectAll } from 'tinyld';
import { charClass, forEachRun } from './char-class.js';

/** The languages the topic pack has lexicons for; detection never answers outside them when it is confident. */
export const KNOWN_LANGUAGES = ['it', 'en', 'de', 'fr', 'es', 'ru', 'uk'] as const;

const MIN_ACCURACY = 0.5;
/** Below MIN_ACCURACY, a clear lead over the runner-up still decides. */
const MIN_LEAD_ACCURACY = 0.25;
const LEAD_FACTOR = 3;
const MIN_LETTERS = 20;

/** Sample sizes tried in turn: most articles are decided by their first paragraphs; a page that opens with
 * boilerplate, names and repeated titles (a seed opens with "unita.tv" and its headline thrice) needs more. */
const SAMPLES = [1500, 6000];

/**
 * Function words that only one of the Latin-script languages uses (articles, conjunctions, auxiliaries). Counting them
 * in the first paragraphs decides most news articles at a fraction of the cost of the n-gram model; an article where
 * no language clearly leads goes to tinyld.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'has', 'have', 'was', 'were', 'said', 'from', 'its', 'their', 'which', 'this', 'are', 'by', 'on'],
  it: ['il', 'di', 'che', 'della', 'gli', 'nel', 'alla', 'dei', 'delle', 'sono', 'hanno', 'anche', 'più', 'non', 'dal', 'sulla', 'degli', 'è', 'nella', 'questo'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'nicht', 'mit', 'von', 'ist', 'ein', 'eine', 'sich', 'auch', 'nach', 'hat', 'wurde', 'im', 'zu', 'auf', 'bei', 'dass'],
  fr: ['les', 'et', 'du', 'une', 'est', 'qui', 'dans', 'pour', 'sur', 'par', 'pas', 'au', 'aux', 'été', 'selon', 'ont', 'avec', 'cette', 'ce'],
  es: ['el', 'los', 'las', 'y', 'por', 'para', 'según', 'su', 'sus', 'al', 'han', 'más', 'como', 'también', 'pero', 'fue', 'está'],
};
const WORD_LANG = new Map<string, string>(Object.entries(FUNCTION_WORDS).flatMap(([lang, words]) => words.map((w) => [w, lang] as const)));
/** Function words the leader needs, and its lead over the runner-up. */
const MIN_FUNCTION_WORDS = 12;
const FUNCTION_LEAD = 3;
const FUNCTION_SAMPLE = 1500;

const isLetter = charClass(/\p{L}/u);
/** The longest function word: a longer word is not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...WORD_LANG.keys()].map((w) => w.length));

function byFunctionWords(text: string, known: readonly string[]): string | undefined {
  const sample = (text.length > FUNCTION_SAMPLE ? text.slice(0, FUNCTION_SAMPLE) : text).toLowerCase();
  const counts = new Map<string, number>();
  const count = (word: string): void => {
    const lang = WORD_LANG.get(word);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  };
  // words (runs of letters) read from a table; a word longer than any function word is not even copied
  forEachRun(sample, isLetter, (start, end) => {
    if (end - start <= MAX_FUNCTION_WORD) count(sample.slice(start, end));
  });
  let top: string | undefined;
  let first = 0;
  let second = 0;
  for (const [lang, n] of counts) {
    if (n > first) {
      second = first;
      first = n;
      top = lang;
    } else if (n > second) second = n;
  }
  if (!top || !known.includes(top) || first < MIN_FUNCTION_WORDS || first < FUNCTION_LEAD * second) return undefined;
  return top;
}

export function detectLanguage(text: string, hint?: string, known: readonly string[] = KNOWN_LANGUAGES): string {
  const fallback = hint?.slice(0, 2).toLowerCase() || 'en';
  const quick = byFunctionWords(text, known);
  if (quick) return quick;
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return fallback;
  for (const size of SAMPLES) {
    const sample = text.length > size ? text.slice(0, size) : text;
    const ranked = detectAll(sample, { only: [...known] });
    const top = ranked[0];
    if (top) {
      const second = ranked[1]?.accuracy ?? 0;
      if (top.accuracy >= MIN_ACCURACY || (top.accuracy >= MIN_LEAD_ACCURACY && top.accuracy >= LEAD_FACTOR * second)) return top.lang;
    }
    if (sample.length === text.length) break;
  }
  return fallback;
}
