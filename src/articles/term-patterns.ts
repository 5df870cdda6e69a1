// Turns lexicon terms from the topic pack into regular expressions.
// A term is a case-insensitive phrase: spaces match any whitespace, apostrophes match ' and ’, a hyphen matches a
// hyphen, a space or nothing, a trailing * matches the rest of a word; "re:" starts a raw regular expression,
// written in lower case: it runs on the lower-cased text (case folding in large expressions is slow).
// All-capital aliases (CNN, NIS) match case-sensitively and may be glued to a following lowercase word
// ("CNNsoldati" in a badly scraped page).

export interface Span {
  start: number;
  end: number;
  /** Index of the canonical entry the term belongs to (for alias maps), or 0. */
  entry: number;
}

import { PatternIndex, tokenize, type IndexScan, type Inflection, type OwnerSpans, type Token } from './token-patterns.js';

const ESC = /[.*+?^${}()|[\]\\]/g;
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** A phrase as a regular expression body (lower-case), without the leading word boundary. */
function phraseBody(term: string): string {
  let t = term.trim().toLowerCase();
  let open = false;
  if (t.endsWith('*')) {
    open = true;
    t = t.slice(0, -1);
  }
  const body = t
    .replace(ESC, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‐‑\\s]?')
    .replace(/\s+/g, '\\s+');
  // A term ending in an apostrophe ("dell'") runs into the next word.
  const end = open ? '[\\p{L}\\p{N}]*' : /['’]$/.test(t) ? '' : WORD_END;
  return `${body}${end}`;
}

function termSource(term: string): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  return `${WORD_START}${phraseBody(term)}`;
}

function isAcronym(term: string): boolean {
  return /^[A-Z][A-Z0-9.]{1,}$/.test(term) && /[A-Z].*[A-Z]/.test(term);
}

function caseSensitiveSource(term: string): string {
  return `(?<![\\p{L}\\p{N}])${term.replace(ESC, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`;
}

function acronymSource(term: string): string {
  return `(?<![\\p{L}\\p{N}])${term.replace(ESC, '\\$&')}(?![\\p{Lu}\\p{N}])`;
}

/** Matchers compiled together share one word index, so one pass over an article serves them all. */
export class MatcherGroup {
  readonly index: PatternIndex;
  /** With an inflection, every phrase of the group's matchers also matches its inflected forms (token-patterns.ts). */
  constructor(inflection?: Inflection) {
    this.index = new PatternIndex(inflection);
  }
}

/** Token matches of a whole article, shared by every matcher of a group. */
export interface TokenScan {
  lower: string;
  tokens: Token[];
  byOwner: OwnerSpans;
}

/** The last text's words: relevance and extraction scan the same article one after the other, each with its group. */
let lastWords: { text: string; lower: string; tokens: Token[] } | undefined;

export function scanText(text: string, group: MatcherGroup): TokenScan {
  const { lower, tokens } = wordsOf(text);
  return { lower, tokens, byOwner: group.index.findAll(lower, tokens) };
}

/** The words of a text of its own (a title), leaving the last article's words cached. */
export function scanOwnText(text: string, group: MatcherGroup): TokenScan {
  const lower = lowerSameLength(text);
  const tokens = tokenize(lower);
  return { lower, tokens, byOwner: group.index.findAll(lower, tokens) };
}

/**
 * A scan of an article by a group that goes only as far as its caller asks (relevance is often decided in the first
 * paragraphs). Its matchers' matches that start before the position reached are those of a whole scan.
 */
export class PartialScan {
  readonly text: string;
  private readonly lower: string;
  private readonly tokens: Token[];
  private readonly index: IndexScan;
  /** Tokens scanned so far. */
  private token = 0;
  /** Every match that starts before this offset is known. */
  private reached = 0;

  constructor(text: string, group: MatcherGroup) {
    const { lower, tokens } = wordsOf(text);
    this.text = text;
    this.lower = lower;
    this.tokens = tokens;
    this.index = group.index.scanner(lower, tokens);
  }

  /** Scans on until every match that starts before `pos` is known. */
  advanceTo(pos: number): void {
    if (pos <= this.reached) return;
    let k = this.token;
    while (k < this.tokens.length && this.tokens[k]!.start < pos) k++;
    this.index.advance(k);
    this.token = k;
    this.reached = pos;
  }

  /** Matches of a matcher of the group, growing as the scan advances (read them after each advanceTo). */
  follow(matcher: TermMatcher): () => readonly Span[] {
    return matcher.follow(this.text, this.lower, () => this.index.out, () => this.reached);
  }
}

function wordsOf(text: string): { lower: string; tokens: Token[] } {
  if (!lastWords || lastWords.text !== text) {
    const lower = lowerSameLength(text);
    lastWords = { text, lower, tokens: tokenize(lower) };
  }
  return lastWords;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  // lower-casing keeps offsets for all but a few letters (İ); fold those one by one
  if (lower.length === text.length) return lower;
  return [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}

/**
 * A compiled list of entries, each with its terms; finds non-overlapping, earliest then longest matches.
 * Phrases that start with a word go to the group's word index (token-patterns.ts); the rest — phrases that start
 * with punctuation (", which"), raw expressions, case-sensitive acronyms — are regular expressions.
 */
export class TermMatcher {
  private readonly owner: number;
  private readonly group: MatcherGroup;
  private readonly loose: RegExp | null;
  private readonly raw: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly looseEntries: number[];
  private readonly rawEntries: number[];
  /** Words one of which a match of the raw expressions contains, when each has one; else null. */
  private readonly rawNeedles: string[] | null;
  private readonly csEntries: number[];
  private readonly hasTokens: boolean;

  /** `inflect`: the terms also match their inflected forms, by the group's inflection (if it has one). */
  constructor(entries: readonly (readonly string[])[], group: MatcherGroup = new MatcherGroup(), inflect = false) {
    this.group = group;
    this.owner = group.index.newOwner();
    const loose: { src: string; len: number; entry: number }[] = [];
    const raw: { src: string; entry: number; needle: string | null }[] = [];
    const cs: { src: string; len: number; entry: number }[] = [];
    let hasTokens = false;
    entries.forEach((terms, entry) => {
      for (const term of terms) {
        if (isAcronym(term)) cs.push({ src: acronymSource(term), len: term.length, entry });
        // "cs:Nord-Coréens": case decides ("les Nord-Coréens" are people, "des pétroliers nord-coréens" are not)
        else if (term.startsWith('cs:')) cs.push({ src: caseSensitiveSource(term.slice(3)), len: term.length - 3, entry });
        else if (term.startsWith('re:'))
          // a raw expression starts at a word unless it says otherwise with a look-behind
          raw.push({
            src: /^re:(?:[\p{L}\p{N}]|\\p\{L\})/u.test(term) ? `${WORD_START}(?:${term.slice(3)})` : `(?:${term.slice(3)})`,
            entry,
            needle: requiredWord(term.slice(3)),
          });
        else if (group.index.add(this.owner, entry, term, inflect)) hasTokens = true;
        else loose.push({ src: phraseBody(term), len: term.length, entry });
      }
    });
    loose.sort((a, b) => b.len - a.len);
    cs.sort((a, b) => b.len - a.len);
    this.hasTokens = hasTokens;
    this.loose = loose.length ? new RegExp(loose.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.raw = raw.length ? new RegExp(raw.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.cs = cs.length ? new RegExp(cs.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.looseEntries = loose.map((x) => x.entry);
    this.rawEntries = raw.map((x) => x.entry);
    const needles = raw.map((x) => x.needle);
    this.rawNeedles = needles.every((x) => x !== null) ? (needles as string[]) : null;
    this.csEntries = cs.map((x) => x.entry);
  }

  get empty(): boolean {
    return !this.hasTokens && !this.loose && !this.raw && !this.cs;
  }

  /** Matches in a text on its own. */
  find(text: string): Span[] {
    const lower = lowerSameLength(text);
    const tokens = this.hasTokens ? tokenize(lower) : [];
    const byOwner = this.hasTokens ? this.group.index.findAll(lower, tokens, this.owner) : [];
    return this.findIn(text, { lower, tokens, byOwner });
  }

  /** Matches in a text whose group scan is already done (an article scanned once for all matchers). */
  findIn(text: string, scan: TokenScan): Span[] {
    const out: Span[] = [...(scan.byOwner[this.owner] ?? [])];
    const parts = (out.length ? 1 : 0) + (this.loose ? 1 : 0) + (this.raw ? 1 : 0) + (this.cs ? 1 : 0);
    this.run(this.loose, this.looseEntries, scan.lower, out);
    if (this.rawMayMatch(scan.lower)) this.run(this.raw, this.rawEntries, scan.lower, out);
    this.run(this.cs, this.csEntries, text, out);
    if (parts > 1) {
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      // drop overlaps, keeping the earlier (then longer) match
      const kept: Span[] = [];
      for (const s of out) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
      return kept;
    }
    return out;
  }

  /**
   * findIn for a scan that advances (PartialScan): the returned function gives the matches that start before the
   * scan's position, the same as the first matches of findIn. Each part's matches are taken in order up to that
   * position, and the overlaps resolved the same way (sorted, earlier then longer kept), batch after batch.
   */
  follow(text: string, lower: string, byOwner: () => OwnerSpans, reached: () => number): () => readonly Span[] {
    const kept: Span[] = [];
    let tokenSpans = 0;
    let upTo = 0;
    const parts = [
      { re: this.loose, entries: this.looseEntries, text: lower },
      { re: this.rawMayMatch(lower) ? this.raw : null, entries: this.rawEntries, text: lower },
      { re: this.cs, entries: this.csEntries, text },
    ].flatMap((p) => (p.re ? [{ ...p, re: p.re, lastIndex: 0, next: undefined as Span | null | undefined }] : []));
    return () => {
      const limit = reached();
      if (limit <= upTo) return kept;
      upTo = limit;
      const batch: Span[] = [];
      const own = byOwner()[this.owner];
      if (own) for (; tokenSpans < own.length; tokenSpans++) batch.push(own[tokenSpans]!);
      for (const p of parts) {
        for (;;) {
          if (p.next === undefined) {
            // the next match of this part (as run: an empty match moves on one character)
            p.re.lastIndex = p.lastIndex;
            let m = p.re.exec(p.text);
            while (m && m[0].length === 0) {
              p.re.lastIndex++;
              m = p.re.exec(p.text);
            }
            p.lastIndex = p.re.lastIndex;
            p.next = m ? { start: m.index, end: m.index + m[0].length, entry: p.entries[firstGroup(m) - 1] ?? 0 } : null;
          }
          if (!p.next || p.next.start >= limit) break;
          batch.push(p.next);
          p.next = undefined;
        }
      }
      batch.sort((a, b) => a.start - b.start || b.end - a.end);
      for (const s of batch) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
      return kept;
    };
  }

  /**
   * Can the raw expressions match in the lower-cased text? An expression that opens with a look-behind is tried at
   * every position of an article ("(?<=programma\\s+nucleare\\s+e\\s+)spaziale"); the word it needs is found faster.
   */
  private rawMayMatch(lower: string): boolean {
    return !this.rawNeedles || this.rawNeedles.some((w) => lower.includes(w));
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }

  private run(re: RegExp | null, entries: number[], text: string, out: Span[]): void {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, entry: entries[firstGroup(m) - 1] ?? 0 });
    }
  }
}

/**
 * A word every match of a raw expression contains, or null when it is not plain to see: the letters that follow
 * the expression's leading look-behinds, in an expression without a top-level alternative.
 */
export function requiredWord(src: string): string | null {
  let i = 0;
  while (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
    const close = groupEnd(src, i);
    if (close < 0) return null;
    i = close + 1;
  }
  let j = i;
  while (j < src.length && /\p{L}/u.test(src[j]!)) j++;
  // a quantifier makes the last letter optional; anything but a letter or a quantifier ends the word
  if (j < src.length && '?*{'.includes(src[j]!)) j--;
  if (j <= i || hasTopLevelAlternative(src)) return null;
  return src.slice(i, j);
}

/** Index of the parenthesis that closes the group opening at src[open], or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(src, k);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
    if (k < 0) return -1;
  }
  return -1;
}

/** Index of the bracket that closes the character class opening at src[open], or -1. */
function classEnd(src: string, open: number): number {
  for (let k = open + 1; k < src.length; k++) {
    if (src[k] === '\\') k++;
    else if (src[k] === ']') return k;
  }
  return -1;
}

function hasTopLevelAlternative(src: string): boolean {
  let depth = 0;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(src, k);
      if (k < 0) return true;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The first capture group that took part in a match (the alternative that matched), or m.length. */
function firstGroup(m: RegExpExecArray): number {
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  return group;
}

/** A matcher over a flat list of terms. */
export function termList(terms: readonly string[], group?: MatcherGroup, inflect = false): TermMatcher {
  return new TermMatcher([terms], group, inflect);
}

/** A matcher over canonical → aliases; the canonical name itself is an alias too. */
export function aliasMatcher(
  map: ReadonlyMap<string, readonly string[]>,
  group?: MatcherGroup,
  inflect = false,
): { matcher: TermMatcher; names: string[] } {
  const names = [...map.keys()];
  return { matcher: new TermMatcher(names.map((n) => [n, ...(map.get(n) ?? [])]), group, inflect), names };
}

/** A regular expression that matches any of the terms at the end of a lower-cased string (qualifiers before a number). */
export function suffixRegExp(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  const src = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  return new RegExp(`(?:${src.join('|')})[\\s\\p{P}]*$`, 'u');
}

/** A regular expression that matches any of the terms at the start of a lower-cased string. */
export function prefixRegExp(terms: readonly string[], skipWords = 0): RegExp | null {
  if (!terms.length) return null;
  const src = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  const skip = skipWords ? `(?:\\s*[\\p{L}\\p{N}-]+){0,${skipWords}}?` : '';
  return new RegExp(`^${skip}[\\s]*(?:${src.join('|')})`, 'u');
}
