// Phrase matching on word tokens: every lexicon phrase that starts with a word is indexed by its first word, so one
// pass over an article's words finds the matches of all the lexicon's lists at once (a regular expression per list
// and per sentence was the extractor's main cost). Semantics follow term-patterns.ts: case-insensitive, any whitespace
// between words, ' or ’ for an apostrophe, a hyphen that may be a hyphen, a space or nothing, a trailing * for the
// rest of a word, a trailing apostrophe running into the next word ("dell'").
import type { Span } from './term-patterns.js';
import { charClass, forEachRun } from './char-class.js';

export interface Token {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** A word character, as in WORD. */
const isWordUnit = charClass(/[\p{L}\p{N}\p{M}]/u);

/**
 * Words of a lower-cased text with their offsets: runs of letters, digits and marks (the same as the WORD expression,
 * read one character at a time from a table; the expression is the main cost of a scan otherwise).
 */
export function tokenize(lower: string): Token[] {
  const out: Token[] = [];
  forEachRun(lower, isWordUnit, (start, end) => out.push({ start, end, word: lower.slice(start, end) }));
  return out;
}

/** Matches per owner (the index of a list in its group); undefined where a list matched nothing. */
export type OwnerSpans = (Span[] | undefined)[];

interface TokenPattern {
  words: string[];
  /** What separates word k from word k+1: ' ' (whitespace), "'" (apostrophe), '-' (hyphen or one space) or a literal. */
  gaps: string[];
  open: boolean;
  apostropheEnd: boolean;
  len: number;
  owner: number;
  entry: number;
  /** Per word, the stem its inflected forms share (null: the word matches only as written). */
  stems?: (string | null)[];
}

/**
 * A language's endings (German declension): a lexicon word also matches the word plus one of them, and its stem (the
 * word less one of `stems`) plus one of them, so "ballistische Raketen" finds "ballistischen Rakete" and
 * "Artilleriegeschosse" finds "Artilleriegeschossen" without every form written out.
 */
export interface Inflection {
  endings: ReadonlySet<string>;
  /** The endings a listed form may be stripped of to find its stem ("Raketen" → "Raket"): plural and weak endings only
   * ("Ukrainer" is no form of "Ukraine"). */
  stems: readonly string[];
  /** Words shorter than this are matched as written; a stem is never shorter than minStem. */
  minWord: number;
  minStem: number;
}

/** The stem a word's forms share under an inflection (the word itself when no stem ending fits), or null when the
 * word is too short to inflect. */
function stemOf(w: string, inf: Inflection): string | null {
  if (w.length < inf.minWord || !/\p{L}$/u.test(w)) return null;
  // the longest ending first: "Raketen" is "Raket" + "en", not "Rakete" + "n"
  for (const e of inf.stems) if (w.endsWith(e) && w.length - e.length >= inf.minStem) return w.slice(0, -e.length);
  return w;
}

/** Is token a form of the pattern word w (stem: stemOf(w))? */
function inflected(token: string, w: string, stem: string | null, inf: Inflection | undefined): boolean {
  if (token === w) return true;
  if (!inf || stem === null || !token.startsWith(stem)) return false;
  const rest = token.slice(stem.length);
  return rest === '' || inf.endings.has(rest) || (token.startsWith(w) && inf.endings.has(token.slice(w.length)));
}

type Shape = Pick<TokenPattern, 'words' | 'gaps' | 'open' | 'apostropheEnd'>;

/** The token shapes of a term (several when hyphens may also be written joined), or null if it needs a regex. */
export function tokenShapes(term: string): Shape[] | null {
  let t = term.trim().toLowerCase();
  if (t.startsWith('re:')) return null;
  const open = t.endsWith('*');
  if (open) t = t.slice(0, -1);
  const apostropheEnd = /['’]$/.test(t);
  if (apostropheEnd) t = t.slice(0, -1);
  if (!/^[\p{L}\p{N}]/u.test(t)) return null;
  const words: string[] = [];
  const gaps: string[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t)) {
    if (words.length) {
      const gap = t.slice(last, m.index);
      gaps.push(/^\s+$/.test(gap) ? ' ' : /^['’]$/.test(gap) ? "'" : gap === '-' ? '-' : gap.replace(/\s+/g, ' '));
    }
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last !== t.length) return null; // trailing punctuation ("ca."): leave it to a regex
  const shapes: Shape[] = [{ words, gaps, open, apostropheEnd }];
  // "nord-coreani" is also written "nordcoreani"
  for (let k = gaps.length - 1; k >= 0; k--) {
    if (gaps[k] !== '-') continue;
    for (const s of [...shapes]) {
      if (s.gaps[k] !== '-' || shapes.length > 8) continue;
      shapes.push({
        ...s,
        words: [...s.words.slice(0, k), s.words[k]! + s.words[k + 1]!, ...s.words.slice(k + 2)],
        gaps: [...s.gaps.slice(0, k), ...s.gaps.slice(k + 1)],
      });
    }
  }
  return shapes;
}

const SPACE = /\s/;
const HYPHEN_OR_SPACE = /[-‐‑\s]/;

/** Does lower[from, to) separate two words of a phrase as its gap kind says? Reads the text without copying it. */
function gapOk(kind: string, lower: string, from: number, to: number): boolean {
  switch (kind) {
    case ' ':
      if (to <= from) return false;
      for (let k = from; k < to; k++) if (!SPACE.test(lower[k]!)) return false;
      return true;
    case "'":
      return to - from === 1 && (lower[from] === "'" || lower[from] === '’');
    case '-':
      return to - from === 1 && HYPHEN_OR_SPACE.test(lower[from]!);
    default:
      return lower.slice(from, to).replace(/\s+/g, ' ') === kind;
  }
}

/**
 * A number for a word's first n (≤ 3) letters: a small-integer key needs neither a new string nor a string hash per
 * token. Keys of different lengths and letters past U+03FF may share a code; a candidate's length and startsWith are
 * checked anyway.
 */
function prefixCode(word: string, n: number): number {
  let code = n;
  for (let k = 0; k < n; k++) code = (code << 10) | (word.charCodeAt(k) & 0x3ff);
  return code & 0x3fffffff;
}

/** The phrases of many lists (owners), indexed by first word. */
export class PatternIndex {
  constructor(private readonly inflection?: Inflection) {}
  /** Inflected phrases by the stem of their first word (and by the word itself). */
  private readonly stemSlots = new Map<string, TokenPattern[]>();
  /** Per first word: its one-word phrases, and the longer ones by second word (one look-up per token). */
  private readonly slots = new Map<string, { exact?: TokenPattern[]; seconds?: Map<string, TokenPattern[]> }>();
  /** Single open words ("soldat*"), by their first three letters. */
  private readonly prefix = new Map<number, TokenPattern[]>();
  /** Word endings ("*erà": an Italian future), checked on every word. */
  private readonly suffix: { ending: string; owner: number; entry: number; len: number }[] = [];
  /** Last letters of the endings: most words end otherwise and skip the endings' loop. */
  private readonly suffixLast = new Set<string>();
  private owners = 0;
  /** The shortest open word: prefix keys are its length up to three letters. */
  private minOpen = 3;
  /**
   * Per word seen, every pattern that may start with it (null: none). A word's candidates depend only on the word,
   * and an article's words repeat (and a feed's articles share most of them): one look-up per token instead of one
   * per first word, per prefix length and per ending.
   */
  private readonly words = new Map<string, WordCandidates | null>();

  newOwner(): number {
    return this.owners++;
  }

  /** Adds a term of a list (owner); `inflect`: it also matches its inflected forms, when the index has an inflection. */
  add(owner: number, entry: number, term: string, inflect = false): boolean {
    this.words.clear();
    const ending = /^\*([\p{L}\p{M}]+)$/u.exec(term.trim().toLowerCase());
    if (ending) {
      this.suffix.push({ ending: ending[1]!, owner, entry, len: term.length });
      this.suffixLast.add(ending[1]!.slice(-1));
      return true;
    }
    const shapes = tokenShapes(term);
    if (!shapes) return false;
    for (const s of shapes) {
      const p: TokenPattern = { ...s, len: term.length, owner, entry };
      const first = s.words[0]!;
      const inf = inflect ? this.inflection : undefined;
      if (inf) {
        // an open last word ("soldat*") already takes any ending
        const stems = s.words.map((w, k) => (s.open && k === s.words.length - 1 ? null : stemOf(w, inf)));
        if (stems.some((x) => x !== null)) {
          p.stems = stems;
          for (const key of new Set([first, stems[0] ?? first])) {
            const list = this.stemSlots.get(key);
            if (list) list.push(p);
            else this.stemSlots.set(key, [p]);
          }
          continue;
        }
      }
      if (s.open && s.words.length === 1) {
        const key = first.slice(0, 3);
        this.minOpen = Math.min(this.minOpen, key.length);
        const code = prefixCode(key, key.length);
        const list = this.prefix.get(code);
        if (list) list.push(p);
        else this.prefix.set(code, [p]);
        continue;
      }
      let slot = this.slots.get(first);
      if (!slot) this.slots.set(first, (slot = {}));
      // Phrases of two or more words whose second word is whole go by "first second": common first words ("ha", "in",
      // "the") start hundreds of phrases, and the second word rules most of them out with one look-up.
      if (s.words.length >= 2 && !(s.open && s.words.length === 2)) {
        slot.seconds ??= new Map();
        const list = slot.seconds.get(s.words[1]!);
        if (list) list.push(p);
        else slot.seconds.set(s.words[1]!, [p]);
      } else (slot.exact ??= []).push(p);
    }
    return true;
  }

  /** The patterns that may start with a word, its first word (or prefix, or ending) checked already. */
  private candidates(word: string): WordCandidates | null {
    let c = this.words.get(word);
    if (c !== undefined) return c;
    const slot = this.slots.get(word);
    let opens: TokenPattern[] | undefined;
    for (let l = this.minOpen; l <= 3 && l <= word.length; l++)
      for (const p of this.prefix.get(prefixCode(word, l)) ?? []) {
        const first = p.words[0]!;
        // keys of other lengths or letters may share a code
        if ((first.length === l || l === 3) && word.startsWith(first)) (opens ??= []).push(p);
      }
    let endings: TokenPattern[] | undefined;
    if (this.suffixLast.has(word[word.length - 1]!))
      for (const sfx of this.suffix)
        // a word with at least two letters before the ending
        if (word.length >= sfx.ending.length + 2 && word.endsWith(sfx.ending))
          (endings ??= []).push({ words: [word], gaps: [], open: false, apostropheEnd: false, len: sfx.len, owner: sfx.owner, entry: sfx.entry });
    let forms: TokenPattern[] | undefined;
    if (this.stemSlots.size)
      // the word as a stem, or a stem plus an ending of up to three letters
      for (let k = 0; k <= 3 && k < word.length; k++) {
        if (k && !this.inflection!.endings.has(word.slice(-k))) continue;
        for (const p of this.stemSlots.get(k ? word.slice(0, -k) : word) ?? []) if (!forms?.includes(p)) (forms ??= []).push(p);
      }
    c = slot || opens || endings || forms ? { exact: slot?.exact, seconds: slot?.seconds, opens, endings, forms } : null;
    // a bounded memo: a stream of unseen words (numbers, names) must not grow it without end
    if (this.words.size < WORD_MEMO_LIMIT) this.words.set(word, c);
    return c;
  }

  /** Does p match at token i? Its first `known` words are known to be equal already (how p was looked up). */
  private matches(p: TokenPattern, tokens: Token[], i: number, lower: string, known: number): boolean {
    const n = p.words.length;
    if (i + n > tokens.length) return false;
    for (let k = 0; k < n; k++) {
      const tok = tokens[i + k]!;
      if (k >= known) {
        const w = p.words[k]!;
        if (k === n - 1 && p.open ? !tok.word.startsWith(w) : p.stems ? !inflected(tok.word, w, p.stems[k]!, this.inflection) : tok.word !== w)
          return false;
      }
      if (k > 0 && !gapOk(p.gaps[k - 1]!, lower, tokens[i + k - 1]!.end, tok.start)) return false;
    }
    if (p.apostropheEnd) {
      const next = lower[tokens[i + n - 1]!.end];
      if (next !== "'" && next !== '’') return false;
    }
    return true;
  }

  /** Per owner, non-overlapping matches: the earliest, then the longest term. */
  findAll(lower: string, tokens: Token[], only?: number): OwnerSpans {
    const scan = this.scanner(lower, tokens, only);
    scan.advance(tokens.length);
    return scan.out;
  }

  /**
   * A scan that can stop part way: advance(k) finds the matches that start at tokens before k. Matching goes left to
   * right and a match depends only on what precedes it, so these are the first matches of the whole scan (a caller
   * that needs only the start of an article does not pay for the rest).
   */
  scanner(lower: string, tokens: Token[], only?: number): IndexScan {
    // arrays indexed by owner (a few dozen), not maps: a scan records hundreds of matches
    const out: OwnerSpans = new Array<Span[] | undefined>(this.owners).fill(undefined);
    const nextFree = new Int32Array(this.owners);
    const bestOf = new Array<TokenPattern | undefined>(this.owners).fill(undefined);
    const touched = new Int32Array(this.owners);
    let nTouched = 0;
    // known: how many of a candidate's first words the look-up that found it has already compared
    const consider = (list: TokenPattern[] | undefined, i: number, known: number) => {
      if (!list) return;
      for (const p of list) {
        if (only !== undefined && p.owner !== only) continue;
        if (nextFree[p.owner]! > i) continue;
        const b = bestOf[p.owner];
        if (b && b.len >= p.len) continue;
        if (this.matches(p, tokens, i, lower, known)) {
          if (!b) touched[nTouched++] = p.owner;
          bestOf[p.owner] = p;
        }
      }
    };
    let next = 0;
    const advance = (upTo: number): void => {
      const to = Math.min(upTo, tokens.length);
      for (let i = next; i < to; i++) {
        const c = this.candidates(tokens[i]!.word);
        if (!c) continue;
        if (c.exact) consider(c.exact, i, 1);
        if (c.seconds && i + 1 < tokens.length) consider(c.seconds.get(tokens[i + 1]!.word), i, 2);
        if (c.opens) consider(c.opens, i, 1);
        if (c.forms) consider(c.forms, i, 0);
        // an ending is the first match of its list only where nothing else of that list matched
        if (c.endings)
          for (const p of c.endings)
            if ((only === undefined || p.owner === only) && nextFree[p.owner]! <= i && !bestOf[p.owner]) {
              touched[nTouched++] = p.owner;
              bestOf[p.owner] = p;
            }
        if (!nTouched) continue;
        for (let t = 0; t < nTouched; t++) {
          const owner = touched[t]!;
          const p = bestOf[owner]!;
          bestOf[owner] = undefined;
          const span: Span = { start: tokens[i]!.start, end: tokens[i + p.words.length - 1]!.end, entry: p.entry };
          const list = out[owner];
          if (list) list.push(span);
          else out[owner] = [span];
          nextFree[owner] = i + p.words.length;
        }
        nTouched = 0;
      }
      next = Math.max(next, to);
    };
    return { out, advance };
  }
}

/** What a word may start: one-word and longer phrases (by second word), open words, endings. */
interface WordCandidates {
  exact: TokenPattern[] | undefined;
  seconds: Map<string, TokenPattern[]> | undefined;
  opens: TokenPattern[] | undefined;
  endings: TokenPattern[] | undefined;
  /** Inflected phrases whose first word this word may be a form of. */
  forms: TokenPattern[] | undefined;
}

const WORD_MEMO_LIMIT = 50_000;

/** A scan of one text by a PatternIndex, advanced on demand (PatternIndex.scanner). */
export interface IndexScan {
  /** Per owner, the matches found so far. */
  readonly out: OwnerSpans;
  /** Finds the matches that start at tokens before `to` (a token index; a smaller one than before does nothing). */
  advance(to: number): void;
}
