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

/** Sample sizes tried in turn: most articles are decided by their first paragraphs; a page that opens with
 * boilerplate, names and repeated titles (a seed opens with "unita.tv" and its headline thrice) needs more. */
const SAMPLES = [1500, 6000];

export function detectLanguage(text: string, hint?: string, known: readonly string[] = KNOWN_LANGUAGES): string {
  const fallback = hint?.slice(0, 2).toLowerCase() || 'en';
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
