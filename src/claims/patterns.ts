// Turns lexicon terms from the topic pack into regular expressions.
// A term is a case-insensitive phrase: spaces match any whitespace, apostrophes match ' and ’, a hyphen matches a
// hyphen, a space or nothing, a trailing * matches the rest of a word; "re:" starts a raw regular expression.
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

function termSource(term: string): string {
  if (term.startsWith('re:')) return `(?:${term.slice(3)})`;
  let t = term.trim();
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
  return `${WORD_START}${body}${end}`;
}

function isAcronym(term: string): boolean {
  return /^[A-Z][A-Z0-9.]{1,}$/.test(term) && /[A-Z].*[A-Z]/.test(term);
}

function acronymSource(term: string): string {
  return `(?<![\\p{L}\\p{N}])${term.replace(ESC, '\\$&')}(?![\\p{Lu}\\p{N}])`;
}

/** A compiled list of entries, each with its terms; finds non-overlapping, longest-first matches. */
export class TermMatcher {
  private readonly ci: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly ciEntries: number[] = [];
  private readonly csEntries: number[] = [];

  constructor(entries: readonly (readonly string[])[]) {
    const ci: { src: string; len: number; entry: number }[] = [];
    const cs: { src: string; len: number; entry: number }[] = [];
    entries.forEach((terms, entry) => {
      for (const term of terms) {
        if (isAcronym(term)) cs.push({ src: acronymSource(term), len: term.length, entry });
        else ci.push({ src: termSource(term), len: term.startsWith('re:') ? 1000 : term.length, entry });
      }
    });
    // Longest first, so that "missili antiaerei" wins over "missili".
    ci.sort((a, b) => b.len - a.len);
    cs.sort((a, b) => b.len - a.len);
    this.ci = ci.length ? new RegExp(ci.map((x) => `(${x.src})`).join('|'), 'giu') : null;
    this.cs = cs.length ? new RegExp(cs.map((x) => `(${x.src})`).join('|'), 'gu') : null;
    this.ciEntries = ci.map((x) => x.entry);
    this.csEntries = cs.map((x) => x.entry);
  }

  get empty(): boolean {
    return !this.ci && !this.cs;
  }

  find(text: string): Span[] {
    const out: Span[] = [];
    this.run(this.ci, this.ciEntries, text, out);
    this.run(this.cs, this.csEntries, text, out);
    if (this.ci && this.cs) {
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      // drop overlaps, keeping the earlier (then longer) match
      const kept: Span[] = [];
      for (const s of out) if (!kept.length || s.start >= kept[kept.length - 1]!.end) kept.push(s);
      return kept;
    }
    return out;
  }

  test(text: string): boolean {
    if (this.ci) {
      this.ci.lastIndex = 0;
      if (this.ci.test(text)) return true;
    }
    if (this.cs) {
      this.cs.lastIndex = 0;
      if (this.cs.test(text)) return true;
    }
    return false;
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
export function prefixRegExp(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  const src = [...terms].sort((a, b) => b.length - a.length).map(termSource);
  return new RegExp(`^[\\s]*(?:${src.join('|')})`, 'iu');
}
