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

function acronymSource(term: string): string {
  return `(?<![\\p{L}\\p{N}])${term.replace(ESC, '\\$&')}(?![\\p{Lu}\\p{N}])`;
}

/**
 * A compiled list of entries, each with its terms; finds non-overlapping, longest-first matches.
 * Speed matters (every sentence of every article): phrases are matched on the lower-cased text without the `i`
 * flag (Unicode case folding makes large alternations slow) and share one word-boundary look-behind.
 */
export class TermMatcher {
  private readonly phrases: RegExp | null;
  private readonly raw: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly phraseEntries: number[];
  private readonly rawEntries: number[];
  private readonly csEntries: number[];

  constructor(entries: readonly (readonly string[])[]) {
    const phrases: { src: string; len: number; entry: number }[] = [];
    const raw: { src: string; entry: number }[] = [];
    const cs: { src: string; len: number; entry: number }[] = [];
    entries.forEach((terms, entry) => {
      for (const term of terms) {
        if (isAcronym(term)) cs.push({ src: acronymSource(term), len: term.length, entry });
        // a raw expression starts at a word unless it says otherwise with a look-behind
        else if (term.startsWith('re:'))
          raw.push({ src: /^re:(?:[\p{L}\p{N}]|\\p\{L\})/u.test(term) ? `${WORD_START}(?:${term.slice(3)})` : `(?:${term.slice(3)})`, entry });
        else phrases.push({ src: phraseBody(term), len: term.length, entry });
      }
    });
    // Longest first, so that "missili antiaerei" wins over "missili".
    phrases.sort((a, b) => b.len - a.len);
    cs.sort((a, b) => b.len - a.len);
    // Alternatives grouped under their first letter: the engine then rejects most positions with one comparison.
    const groups = new Map<string, { src: string; entry: number }[]>();
    const seen = new Set<string>();
    for (const x of phrases) {
      if (seen.has(x.src)) continue;
      seen.add(x.src);
      const first = /^[\p{L}\p{N}]/u.test(x.src) ? x.src[0]! : '';
      const list = groups.get(first) ?? [];
      list.push({ src: first ? x.src.slice(1) : x.src, entry: x.entry });
      groups.set(first, list);
    }
    const order: number[] = [];
    const parts: string[] = [];
    for (const [first, list] of groups) {
      if (!first) continue;
      parts.push(`${first}(?:${list.map((x) => `(${x.src})`).join('|')})`);
      for (const x of list) order.push(x.entry);
    }
    // phrases that start with punctuation (", which") have no word boundary before them
    const loose = groups.get('') ?? [];
    for (const x of loose) order.push(x.entry);
    const alts = [
      ...(parts.length ? [`${WORD_START}(?:${parts.join('|')})`] : []),
      ...loose.map((x) => `(${x.src})`),
    ];
    this.phrases = alts.length ? new RegExp(alts.join('|'), 'gu') : null;
    this.raw = raw.length ? new RegExp(raw.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.cs = cs.length ? new RegExp(cs.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.phraseEntries = order;
    this.rawEntries = raw.map((x) => x.entry);
    this.csEntries = cs.map((x) => x.entry);
  }

  get empty(): boolean {
    return !this.phrases && !this.raw && !this.cs;
  }

  find(text: string): Span[] {
    const out: Span[] = [];
    if (this.phrases || this.raw) {
      let lower = text.toLowerCase();
      // lower-casing keeps offsets for all but a few letters (İ); fold those one by one
      if (lower.length !== text.length) lower = [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
      this.run(this.phrases, this.phraseEntries, lower, out);
      this.run(this.raw, this.rawEntries, lower, out);
    }
    this.run(this.cs, this.csEntries, text, out);
    if ((this.phrases ? 1 : 0) + (this.raw ? 1 : 0) + (this.cs ? 1 : 0) > 1) {
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
export function termList(terms: readonly string[]): TermMatcher {
  return new TermMatcher([terms]);
}

/** A matcher over canonical → aliases; the canonical name itself is an alias too. */
export function aliasMatcher(map: ReadonlyMap<string, readonly string[]>): { matcher: TermMatcher; names: string[] } {
  const names = [...map.keys()];
  return { matcher: new TermMatcher(names.map((n) => [n, ...(map.get(n) ?? [])])), names };
}

/** A regular expression that matches any of the terms at the end of a string (for qualifiers before a number). */
export function suffixRegExp(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  const src = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  return new RegExp(`(?:${src.join('|')})[\\s\\p{P}]*$`, 'iu');
}

/** A regular expression that matches any of the terms at the start of a string. */
export function prefixRegExp(terms: readonly string[], skipWords = 0): RegExp | null {
  if (!terms.length) return null;
  const src = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  const skip = skipWords ? `(?:\\s*[\\p{L}\\p{N}-]+){0,${skipWords}}?` : '';
  return new RegExp(`^${skip}[\\s]*(?:${src.join('|')})`, 'iu');
}
