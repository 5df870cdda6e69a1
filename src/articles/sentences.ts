// Splits article text into sentences with their offsets, so that claim evidence is an exact substring of the text.
// Intl.Segmenter does the work; we repair its two habits that hurt news text: a break after an abbreviation
// ("U.S. Deputy", "Gen. Syrskyi") and sentences that run across a line break (headings, captions).

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

/** Does the piece end with an abbreviation (from the set, lower-case, with its dot) or a single initial ("J.")? */
function endsWithAbbreviation(piece: string, abbreviations: ReadonlySet<string>): boolean {
  // only a piece ending in a dot can end with an abbreviation; and only its last word matters (the anchored
  // expression below would otherwise be tried at every position of a long sentence)
  const trimmed = piece.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const m = /(?:^|[\s(“"'])([\p{L}.]*\p{L}\.)$/u.exec(trimmed.length > 40 ? trimmed.slice(-40) : trimmed);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (abbreviations.has(word)) return true;
  // "U.S.", "E.U.", or a lone initial like "J." before a surname.
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(m[1]!);
}

/** German writes dates as ordinals: "am 24. Oktober" is no sentence end. */
function germanOrdinal(piece: string, language: string): boolean {
  return language === 'de' && /(?:^|\s)\d{1,2}\.\s*$/.test(piece);
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
  // Lines first: a sentence never runs across a line break in scraped articles.
  const lineRe = /[^\n]+/g;
  let paragraph = 0;
  let line = 0;
  let lastLineEnd = 0;
  const seg = segmenterFor(language);
  for (let lm = lineRe.exec(text); lm; lm = lineRe.exec(text)) {
    const gap = text.slice(lastLineEnd, lm.index);
    if (line > 0 && /\n\s*\n/.test(gap)) paragraph++;
    lastLineEnd = lm.index + lm[0].length;
    const lineText = lm[0];
    let pending: { start: number; end: number } | null = null;
    for (const s of seg.segment(lineText)) {
      const start = lm.index + s.index;
      const end = start + s.segment.length;
      if (pending && !endsWithAbbreviation(text.slice(pending.start, pending.end), abbreviations) && !germanOrdinal(text.slice(pending.start, pending.end), language)) {
        push(out, text, pending, paragraph, line);
        pending = null;
      }
      pending = pending ? { start: pending.start, end } : { start, end };
    }
    if (pending) push(out, text, pending, paragraph, line);
    line++;
  }
  return out;
}

/** "... hieß es.Nordkorea hat ...": a scraped page that lost the space after a full stop still has two sentences. */
const GLUED_HINT = /\p{Ll}[.!?]\p{Lu}/u;
const GLUED = /(?<=(?:^|[\s,;:"“”'’)])\p{L}*\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;

function push(out: Sentence[], text: string, span: { start: number; end: number }, paragraph: number, line: number): void {
  const piece = text.slice(span.start, span.end);
  GLUED.lastIndex = 0;
  // a cheap test first: most sentences have no lower-case letter, stop and capital in a row
  if (GLUED_HINT.test(piece) && GLUED.test(piece)) {
    GLUED.lastIndex = 0;
    let from = span.start;
    for (let m = GLUED.exec(piece); m; m = GLUED.exec(piece)) {
      if (m.index === 0) continue;
      pushOne(out, text, { start: from, end: span.start + m.index }, paragraph, line);
      from = span.start + m.index;
      GLUED.lastIndex = m.index + 1;
    }
    pushOne(out, text, { start: from, end: span.end }, paragraph, line);
    return;
  }
  pushOne(out, text, span, paragraph, line);
}

function pushOne(out: Sentence[], text: string, span: { start: number; end: number }, paragraph: number, line: number): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph, line });
}
