// Language of an article (ISO 639-1), detected with tinyld among the languages the topic pack knows.
// Short or mixed texts make detectors guess: below the confidence threshold we keep the caller's hint
// (a feed's declared language).
import { detectAll } from 'tinyld';

/** The languages the topic pack has lexicons for; detection never answers outside them when it is confident. */
export const KNOWN_LANGUAGES = ['it', 'en', 'de', 'fr', 'es', 'ru', 'uk'] as const;

const MIN_ACCURACY = 0.5;
/** Below MIN_ACCURACY, a clear lead over the runner-up still decides. */
const MIN_LEAD_ACCURACY = 0.25;
const LEAD_FACTOR = 3;
const MIN_LETTERS = 20;

export function detectLanguage(text: string, hint?: string, known: readonly string[] = KNOWN_LANGUAGES): string {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const fallback = hint?.slice(0, 2).toLowerCase() || 'en';
  if (letters < MIN_LETTERS) return fallback;
  // A paragraph or two decide the language as well as the whole text, at a fraction of the time (tinyld is
  // linear in the text: the first 1,500 characters are about 250 words).
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const ranked = detectAll(sample, { only: [...known] });
  const top = ranked[0];
  if (!top) return fallback;
  const second = ranked[1]?.accuracy ?? 0;
  const confident = top.accuracy >= MIN_ACCURACY || (top.accuracy >= MIN_LEAD_ACCURACY && top.accuracy >= LEAD_FACTOR * second);
  if (!confident) return fallback;
  return top.lang;
}
