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

import { PatternIndex, tokenize, type OwnerSpans, type Token } from './token-patterns.js';

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
  readonly index = new PatternIndex();
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
  if (!lastWords || lastWords.text !== text) {
    const lower = lowerSameLength(text);
    lastWords = { text, lower, tokens: tokenize(lower) };
  }
  const { lower, tokens } = lastWords;
  return { lower, tokens, byOwner: group.index.findAll(lower, tokens) };
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
  private readonly csEntries: number[];
  private readonly hasTokens: boolean;

  constructor(entries: readonly (readonly string[])[], group: MatcherGroup = new MatcherGroup()) {
    this.group = group;
    this.owner = group.index.newOwner();
    const loose: { src: string; len: number; entry: number }[] = [];
    const raw: { src: string; entry: number }[] = [];
    const cs: { src: string; len: number; entry: number }[] = [];
    let hasTokens = false;
    entries.forEach((terms, entry) => {
      for (const term of terms) {
        if (isAcronym(term)) cs.push({ src: acronymSource(term), len: term.length, entry });
        // "cs:Nord-Coréens": case decides ("les Nord-Coréens" are people, "des pétroliers nord-coréens" are not)
        else if (term.startsWith('cs:')) cs.push({ src: caseSensitiveSource(term.slice(3)), len: term.length - 3, entry });
        else if (term.startsWith('re:'))
          // a raw expression starts at a word unless it says otherwise with a look-behind
          raw.push({ src: /^re:(?:[\p{L}\p{N}]|\\p\{L\})/u.test(term) ? `${WORD_START}(?:${term.slice(3)})` : `(?:${term.slice(3)})`, entry });
        else if (group.index.add(this.owner, entry, term)) hasTokens = true;
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
    this.run(this.raw, this.rawEntries, scan.lower, out);
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
      let group = 1;
      while (group < m.length && m[group] === undefined) group++;
      out.push({ start: m.index, end: m.index + m[0].length, entry: entries[group - 1] ?? 0 });
    }
  }
}

/** A matcher over a flat list of terms. */
export function termList(terms: readonly string[], group?: MatcherGroup): TermMatcher {
  return new TermMatcher([terms], group);
}

/** A matcher over canonical → aliases; the canonical name itself is an alias too. */
export function aliasMatcher(map: ReadonlyMap<string, readonly string[]>, group?: MatcherGroup): { matcher: TermMatcher; names: string[] } {
  const names = [...map.keys()];
  return { matcher: new TermMatcher(names.map((n) => [n, ...(map.get(n) ?? [])]), group), names };
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
