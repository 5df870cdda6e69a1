// Splits article text into sentences with their offsets, so that claim evidence is an exact substring of the text.
// Intl.Segmenter does the work; we repair its two habits that hurt news text: a break after an abbreviation
// ("U.S. Deputy", "Gen. Syrskyi") and sentences that run across a line break (headings, captions).

import { charClass } from './char-class.js';

export interface Sentence {
  /** The sentence as written (trimmed), an exact substring of the text. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block of text between blank lines) it belongs to. */
  paragraph: number;
  /** Index of the line it starts on. */
  line: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    try {
      s = new Intl.Segmenter(language, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(language, s);
  }
  return s;
}

/** Is the character a white space (the JS \s class, which trimEnd also strips)? */
const isSpace = charClass(/\s/u);
/** A letter, as \p{L} (either half of a surrogate pair answers for the pair). */
const isLetter = charClass(/\p{L}/u);

/** The window endsWithAbbreviation looks at: the last word only, not a whole sentence. */
const ABBREVIATION_WINDOW = 40;
/** Characters that may precede an abbreviation: "(U.S.", "“Gen.". */
const BEFORE_WORD = new Set(['(', '“', '"', "'"]);

/** Index of the last non-space character of text[start, end), or start - 1. */
function lastNonSpace(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && isSpace(text, k)) k--;
  return k;
}

/**
 * Does text[start, end) end with an abbreviation (from the set, lower-case, with its dot) or a single initial ("J.")?
 * The last word is read backwards from the final dot, within the last ABBREVIATION_WINDOW characters of the trimmed
 * piece (a word longer than that is cut at the window's start, as the regular expression this replaces did).
 */
function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  const dot = lastNonSpace(text, start, end);
  // only a piece ending in a dot can end with an abbreviation
  if (dot < start || text.charCodeAt(dot) !== 0x2e) return false;
  const from = Math.max(start, dot + 1 - ABBREVIATION_WINDOW);
  // the word: letters and dots, ending in a letter and the dot
  if (dot - 1 < from || !letterAt(text, dot - 1, from)) return false;
  let w = dot - 1;
  while (w > from && (text.charCodeAt(w - 1) === 0x2e || letterAt(text, w - 1, from))) w--;
  // ...that starts the window or follows a space, a bracket or a quote
  if (w > from && !isSpace(text, w - 1) && !BEFORE_WORD.has(text[w - 1]!)) return false;
  const word = text.slice(w, dot + 1).toLowerCase();
  if (abbreviations.has(word)) return true;
  // "U.S.", "E.U.", or a lone initial like "J." before a surname.
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(text.slice(w, dot + 1));
}

/** Is text[i] a letter, reading no further back than `from` (half a surrogate pair cut off there is no letter)? */
function letterAt(text: string, i: number, from: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i === from) return false;
  return isLetter(text, i);
}

/** German writes dates as ordinals: "am 24. Oktober" is no sentence end. */
function germanOrdinal(text: string, start: number, end: number, language: string): boolean {
  return language === 'de' && /(?:^|\s)\d{1,2}\.\s*$/.test(text.slice(start, end));
}

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();
const abbreviationKeys = new WeakMap<ReadonlySet<string>, string>();

function abbreviationKey(set: ReadonlySet<string>): string {
  let k = abbreviationKeys.get(set);
  if (k === undefined) abbreviationKeys.set(set, (k = [...set].sort().join('\u0000')));
  return k;
}

/** The last split: relevance and extraction split the same article one after the other. */
let last: { text: string; language: string; key: string; sentences: Sentence[] } | undefined;

/** Sentences of a text (the list may be shared between callers: do not mutate it). */
export function splitSentences(text: string, language = 'en', abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS): Sentence[] {
  const key = abbreviationKey(abbreviations);
  if (last && last.language === language && last.key === key && last.text === text) return last.sentences;
  const out = split(text, language, abbreviations);
  last = { text, language, key, sentences: out };
  return out;
}

function split(text: string, language: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  // A sentence never runs across a line break in scraped articles. The segmenter always breaks after a line feed
  // (UAX #29, rule SB4) and never looks past one, so segmenting the whole text gives the breaks that segmenting it
  // line by line would: a segment ends at most one line feed, at its end. One call instead of one per line.
  let paragraph = 0;
  let line = 0;
  /** Line feeds since the last line with text: two or more (a blank line) start a paragraph. */
  let newlines = 0;
  let inLine = false;
  // the piece waiting for the next segment: a segment after an abbreviation continues it
  let pendingStart = -1;
  let pendingEnd = -1;
  for (const s of segmenterFor(language).segment(text)) {
    const start = s.index;
    let end = start + s.segment.length;
    const endsLine = text.charCodeAt(end - 1) === 0x0a;
    if (endsLine) end--;
    if (end > start) {
      if (!inLine) {
        if (line > 0 && newlines >= 2) paragraph++;
        inLine = true;
      }
      if (pendingStart >= 0 && !continues(text, pendingStart, pendingEnd, language, abbreviations)) {
        push(out, text, { start: pendingStart, end: pendingEnd }, paragraph, line);
        pendingStart = -1;
      }
      if (pendingStart < 0) pendingStart = start;
      pendingEnd = end;
    }
    if (endsLine) {
      if (inLine) {
        if (pendingStart >= 0) push(out, text, { start: pendingStart, end: pendingEnd }, paragraph, line);
        pendingStart = -1;
        inLine = false;
        line++;
        newlines = 0;
      }
      newlines++;
    }
  }
  if (pendingStart >= 0) push(out, text, { start: pendingStart, end: pendingEnd }, paragraph, line);
  return out;
}

/** Does the sentence text[start, end) go on in the next segment (it ends with an abbreviation or a German ordinal)? */
function continues(text: string, start: number, end: number, language: string, abbreviations: ReadonlySet<string>): boolean {
  return endsWithAbbreviation(text, start, end, abbreviations) || germanOrdinal(text, start, end, language);
}

/** "... hieß es.Nordkorea hat ...": a scraped page that lost the space after a full stop still has two sentences. */
const isLower = charClass(/\p{Ll}/u);
const isUpper = charClass(/\p{Lu}/u);
const GLUED = /(?<=(?:^|[\s,;:"“”'’)])\p{L}*\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;

function push(out: Sentence[], text: string, span: { start: number; end: number }, paragraph: number, line: number): void {
  // trim first: the glued-sentence expressions cannot match across white space, so the trimmed piece answers alike
  const start = firstNonSpace(text, span.start, span.end);
  const end = lastNonSpace(text, start, span.end) + 1;
  if (end <= start) return;
  const piece = text.slice(start, end);
  // a cheap test first: most sentences have no lower-case letter, stop and capital in a row
  if (!mayBeGlued(text, start, end)) {
    out.push({ text: piece, start, end, paragraph, line });
    return;
  }
  GLUED.lastIndex = 0;
  let from = start;
  for (let m = GLUED.exec(piece); m; m = GLUED.exec(piece)) {
    if (m.index === 0) continue;
    pushOne(out, text, from, start + m.index, paragraph, line);
    from = start + m.index;
    // on past the capital: a whole code point, or the expression (u flag) steps back into the same match for ever
    GLUED.lastIndex = m.index + (piece.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  pushOne(out, text, from, end, paragraph, line);
}

/**
 * Is there a lower-case letter, a full stop (or ! ?) and a capital in a row in text[start, end)? A quick look from
 * tables before the GLUED expression, which decides: a surrogate may answer yes where the expression says no, never
 * the other way round.
 */
function mayBeGlued(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && isLower(text, k - 1) && isUpper(text, k + 1)) return true;
  }
  return false;
}

/** Index of the first non-space character of text[start, end), or end. */
function firstNonSpace(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && isSpace(text, k)) k++;
  return k;
}

function pushOne(out: Sentence[], text: string, from: number, to: number, paragraph: number, line: number): void {
  const start = firstNonSpace(text, from, to);
  const end = lastNonSpace(text, start, to) + 1;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph, line });
}
