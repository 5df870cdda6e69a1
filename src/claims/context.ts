// What the rules know about one sentence: lexicon matches (computed lazily, once), figures, dates, word positions
// and clause boundaries. Rules ask questions of it instead of scanning the text themselves.
import type { Sentence } from '../articles/sentences.js';
import { findDates, type DateMention } from './dates.js';
import type { Lexicon, Named, TermKey } from './lexicon.js';
import type { ClaimKind, Direction } from './model.js';
import { findNumbers, isFigureWord, type NumberMention } from './numbers.js';
import { charClass } from '../articles/char-class.js';
import { scanText, type MatcherGroup, type Span, type TermMatcher, type TokenScan } from '../articles/term-patterns.js';

export interface NamedSpan extends Span {
  name: string;
}

/**
 * Lexicon matches over the whole article, computed once per matcher and handed to each sentence by offset:
 * running every matcher once on the article is much cheaper than once per sentence.
 */
export class ArticleIndex {
  private readonly memo = new Map<string, Span[]>();
  private scan: TokenScan | undefined;
  constructor(
    readonly text: string,
    private readonly group?: MatcherGroup,
  ) {}

  private figureStarts: number[] | undefined;
  private words: number[] | undefined;

  /**
   * Offsets of the words in [start, end), relative to start. A figure such as "1,000" or "10.000" is one word, and so
   * is "nord-coréens". Found once over the article, then sliced per sentence.
   */
  wordStartsIn(start: number, end: number): number[] {
    this.words ??= wordStarts(this.text);
    const all = this.words;
    const out: number[] = [];
    for (let i = lowerBound(all, start); i < all.length && all[i]! < end; i++) out.push(all[i]! - start);
    return out;
  }

  /**
   * Could a figure start in [start, end)? Offsets of digits and number words over the whole article, so that
   * sentences without any skip the figure reader.
   */
  mayHaveFigure(start: number, end: number, lex: Lexicon): boolean {
    if (!this.figureStarts) {
      const starts: number[] = [];
      if (this.group) {
        // the article's word scan serves here too: a word that starts with a digit, or a number word
        this.scan ??= scanText(this.text, this.group);
        for (const t of this.scan.tokens) {
          const c = t.word.charCodeAt(0);
          if ((c >= 48 && c <= 57) || isFigureWord(t.word, lex)) starts.push(t.start);
          else if (/\d/.test(t.word)) starts.push(t.start + t.word.search(/\d/));
        }
      } else {
        const re = /\d+|\p{L}+/gu;
        const lower = this.text.toLowerCase();
        for (let m = re.exec(lower); m; m = re.exec(lower)) {
          const w = m[0];
          if (/^\d/.test(w) || isFigureWord(w, lex)) starts.push(m.index);
        }
      }
      this.figureStarts = starts;
    }
    const s = this.figureStarts;
    const lo = lowerBound(s, start);
    return lo < s.length && s[lo]! < end;
  }

  spansIn(key: string, matcher: TermMatcher, start: number, end: number): Span[] {
    let all = this.memo.get(key);
    if (!all) {
      if (this.group) this.scan ??= scanText(this.text, this.group);
      this.memo.set(key, (all = this.scan ? matcher.findIn(this.text, this.scan) : matcher.find(this.text)));
    }
    // spans are sorted by start: binary search the first one in the sentence
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    // most keys match nothing in most sentences: those share one empty list
    if (lo >= all.length || all[lo]!.start >= end) return NO_SPANS;
    const out: Span[] = [];
    for (let i = lo; i < all.length && all[i]!.start < end; i++) {
      const s = all[i]!;
      if (s.end <= end) out.push({ start: s.start - start, end: s.end - start, entry: s.entry });
    }
    return out;
  }
}

const isLetterOrDigit = charClass(/[\p{L}\p{N}]/u);
const isDigit = charClass(/\p{N}/u);
const isHyphen = (c: string) => c === '-' || c === '‐' || c === '‑';
const isFigureSeparator = (c: string) => c === '.' || c === ',' || c === '\u00a0' || c === '\u202f';

/**
 * Where the words of a text start: a run of letters and digits, joined on by a hyphen and more letters or digits
 * ("nord-coréens") or by a figure's separator and digits ("10.000", "1,5", "10 000" with a no-break space).
 */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrDigit(text, i)) {
      i++;
      continue;
    }
    out.push(i);
    while (i < n && isLetterOrDigit(text, i)) i++;
    // joined on: a hyphen and letters or digits, a figure's separator and digits
    for (;;) {
      if (i + 1 < n && isHyphen(text[i]!) && isLetterOrDigit(text, i + 1)) {
        i++;
        while (i < n && isLetterOrDigit(text, i)) i++;
      } else if (i + 1 < n && isFigureSeparator(text[i]!) && isDigit(text, i + 1)) {
        i++;
        while (i < n && isDigit(text, i)) i++;
      } else break;
    }
  }
  return out;
}

/** The empty match list, frozen: callers share it and must not mutate match lists. */
const NO_SPANS: Span[] = Object.freeze([]) as unknown as Span[];

/** How far back a North Korean subject ("Nordkorea hat ... 3.000 Soldaten") may stand from its soldiers. */
const ENTITY_SUBJECT = 12;

export class SentenceContext {
  readonly text: string;
  private readonly wordStarts: number[];
  private readonly memo = new Map<string, Span[]>();
  private readonly namedMemo = new Map<string, NamedSpan[]>();
  private numbersMemo: NumberMention[] | undefined;
  private datesMemo: DateMention[] | undefined;
  private breaksMemo: number[] | undefined;
  private personnelMemo: boolean | undefined;
  private actorsMemo: NamedSpan[] | undefined;
  private markersMemo: Span[] | undefined;
  /** The sentence before this one in the same paragraph (set by the extractor): what "they", "the agency" or an
   * answer's bare list ("Money, oil and food.") continue. */
  previous: SentenceContext | undefined;
  /** Kind of the last troop figure of the previous sentence ("Seoul puts the figure at 1,100" continues it). */
  previousTroopKind: ClaimKind | undefined;
  /** Direction of the supply claims the previous sentence of the paragraph made ("They have also sent ..."). */
  previousSupply: Direction | undefined;
  /** The source carried from an earlier sentence of the paragraph ("The agency said ..."), if any. */
  carriedSource: string | undefined;
  /** People introduced earlier with their office ("South Korean Defense Minister Shin Wonsik"): name → actor. */
  personActors: ReadonlyMap<string, string> | undefined;
  /** Institutions named earlier with their country, by role ("intelligence" → South Korea NIS): what the role alone
   * stands for later (shared.yaml `anaphoricInstitutions`). */
  roleActors: ReadonlyMap<string, string> | undefined;
  /** Role → actor of the institutions this sentence names with their country (set with the actors). */
  private institutionsMemo: [string, string][] = [];

  constructor(
    readonly sentence: Sentence,
    readonly lex: Lexicon,
    readonly published: string,
    /** Did the previous sentence speak of North Korean personnel (for "these troops")? */
    readonly previousHasDprkPersonnel: boolean,
    /** Matches over the whole article; without it the sentence is matched alone. */
    private readonly index: ArticleIndex = new ArticleIndex(sentence.text),
    private readonly offset: number = index.text === sentence.text ? 0 : sentence.start,
  ) {
    this.text = sentence.text;
    this.wordStarts = index.wordStartsIn(this.offset, this.offset + this.text.length);
  }

  /** Matches of any matcher, keyed for the article-wide cache. */
  lookup(key: string, matcher: TermMatcher): Span[] {
    let s = this.memo.get(key);
    if (!s) this.memo.set(key, (s = this.index.spansIn(key, matcher, this.offset, this.offset + this.text.length)));
    return s;
  }

  spans(key: TermKey): Span[] {
    if (key === 'dprkEntity') return (this.dprkEntitiesMemo ??= this.dprkEntities());
    // rules ask the same keys many times a sentence: the memo first, the lexicon's (large) table only once
    return this.memo.get(key) ?? this.lookup(key, this.lex.terms[key]);
  }

  private dprkEntitiesMemo: Span[] | undefined;

  /**
   * North Korea named: the lexicon's names, and "the regime" alone in a sentence that names Russia besides ("el régimen
   * ha suministrado a Moscú alrededor de 10 millones de proyectiles"): the other party of the cooperation. A regime
   * qualified ("the regime of Putin", "il regime russo") is whoever qualifies it.
   */
  private dprkEntities(): Span[] {
    const named = this.lookup('dprkEntity', this.lex.terms.dprkEntity);
    const regimes = this.lookup('bareRegime', this.lex.terms.bareRegime);
    if (!regimes.length) return named;
    const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
    const russia = [...this.lookup('russiaEntity', this.lex.terms.russiaEntity), ...this.lookup('russiaAdj', this.lex.terms.russiaAdj)];
    // "the regime of Putin", "il regime del Cremlino", "el régimen norcoreano": a country or a leader within two words
    const qualifiers = [...russia, ...named, ...this.lookup('dprkAdj', this.lex.terms.dprkAdj), ...this.lookup('otherAdj', this.lex.terms.otherAdj), ...this.lookup('otherEntity', this.lex.terms.otherEntity), ...this.named('persons', this.lex.persons)];
    const qualified = (r: Span) => qualifiers.some((q) => q.start >= r.end && this.wordsBetween(r.end, q.start) <= 2);
    const bare = regimes.filter((r) => !named.some((n) => overlaps(n, r)) && !qualified(r) && russia.some((x) => !overlaps(x, r)));
    return bare.length ? [...named, ...bare].sort((a, b) => a.start - b.start) : named;
  }

  has(key: TermKey): boolean {
    return this.spans(key).length > 0;
  }

  /** Matches of a canonical-name matcher with their names; memoised per key (callers must not mutate the list). */
  named(key: string, named: Named): NamedSpan[] {
    let out = this.namedMemo.get(key);
    if (!out) this.namedMemo.set(key, (out = this.lookup(key, named.matcher).map((x) => ({ start: x.start, end: x.end, entry: x.entry, name: named.names[x.entry] ?? '' }))));
    return out;
  }

  /** Figures, leaving out those that are part of a date ("nell'ottobre 2024"). */
  get numbers(): NumberMention[] {
    if (this.numbersMemo) return this.numbersMemo;
    if (!this.index.mayHaveFigure(this.offset, this.offset + this.text.length, this.lex)) return (this.numbersMemo = []);
    return (this.numbersMemo = findNumbers(this.text, this.lex).filter(
      (n) => !this.dates.some((d) => n.start < d.end && d.start < n.end && !(d.iso.length === 4 && this.countsSomething(n))),
    ));
  }

  /** "alrededor de 2000 soldados", "de 2000 obus": a figure shaped like a year, with what it counts right after it. */
  private countsSomething(n: NumberMention): boolean {
    const nouns = [...this.spans('troops'), ...this.spans('workers'), ...this.spans('dprkPeople'), ...this.spans('missiles'), ...this.named('units', this.lex.units)];
    return nouns.some((h) => h.start >= n.end && this.wordsBetween(n.end, h.start) <= 1);
  }

  get dates(): DateMention[] {
    return (this.datesMemo ??= findDates(this.text, this.lex, this.published, (key, matcher) => this.lookup(key, matcher)));
  }

  /** Index of the word at or after an offset. */
  wordIndex(offset: number): number {
    return lowerBound(this.wordStarts, offset);
  }

  /** Words strictly between the end of one span and the start of another (negative when they overlap). */
  wordsBetween(endOfFirst: number, startOfSecond: number): number {
    return this.wordIndex(startOfSecond) - this.wordIndex(endOfFirst);
  }

  /** Offsets where a clause ends: ";", ":", dashes, brackets and relative-clause openers of the language. */
  get breaks(): number[] {
    if (!this.breaksMemo) {
      const b: number[] = [];
      // dashes often frame a parenthesis ("6,000 personnel—5,000 workers—to Kursk"): not a clause end
      const re = /[;:()]/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) b.push(m.index);
      for (const s of this.lookup('clauseBreak', this.lex.clauseBreak)) b.push(s.start);
      this.breaksMemo = b.sort((x, y) => x - y);
    }
    return this.breaksMemo;
  }

  /** Are two offsets in the same clause? */
  sameClause(a: number, b: number): boolean {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    // "120 Koksan guns (170 mm) and as many rocket launchers": a bracket that opens and closes between the two is an
    // aside, not the end of the clause
    return !this.breaks.some((x) => x > lo && x < hi && !this.asideBetween(x, lo, hi));
  }

  /** Is the break at x a bracket whose partner also lies in (lo, hi)? */
  private asideBetween(x: number, lo: number, hi: number): boolean {
    const c = this.text[x];
    if (c === '(') {
      const close = this.text.indexOf(')', x);
      return close > x && close < hi && !this.text.slice(x + 1, close).includes('(');
    }
    if (c === ')') {
      const open = this.text.lastIndexOf('(', x);
      return open > lo && open < x;
    }
    return false;
  }

  /** Bounds of the clause containing an offset. */
  clauseOf(offset: number): [number, number] {
    let start = 0;
    let end = this.text.length;
    for (const b of this.breaks) {
      if (b < offset) start = b;
      else if (b > offset) {
        end = b;
        break;
      }
    }
    return [start, end];
  }

  /** Spans of a kind that lie within [from, to). */
  within(key: TermKey, from: number, to: number): Span[] {
    return this.spans(key).filter((s) => s.start >= from && s.end <= to);
  }

  /** Is there a span of this kind ending within `words` words before the offset (same clause)? */
  before(key: TermKey, offset: number, words: number): Span | undefined {
    let best: Span | undefined;
    for (const s of this.spans(key))
      if (s.end <= offset && this.wordsBetween(s.end, offset) <= words && this.sameClause(s.end, offset)) best = s;
    return best;
  }

  /** Is there a span of this kind starting within `words` words after the offset (same clause)? */
  after(key: TermKey, offset: number, words: number): Span | undefined {
    for (const s of this.spans(key))
      if (s.start >= offset && this.wordsBetween(offset, s.start) <= words && this.sameClause(offset, s.start)) return s;
    return undefined;
  }

  /**
   * The date of an event verb: the nearest date after it ("firmato nel giugno 2024", "ratificato ... a ottobre"),
   * else the nearest before it ("In late June, Putin visited").
   */
  eventDate(offset: number, maxWords = 10): DateMention | undefined {
    const after = this.dates.filter((d) => d.start >= offset && this.wordsBetween(offset, d.start) <= maxWords);
    if (after.length) return after[0];
    return this.nearestDate(offset, maxWords);
  }

  /** The date mention nearest to an offset, within a few words: a far date is another event's. */
  nearestDate(offset: number, maxWords = 10): DateMention | undefined {
    let best: DateMention | undefined;
    let dist = Infinity;
    for (const d of this.dates) {
      const words = d.end <= offset ? this.wordsBetween(d.end, offset) : d.start >= offset ? this.wordsBetween(offset, d.start) : 0;
      if (words > maxWords) continue;
      const dd = d.end <= offset ? offset - d.end : d.start >= offset ? d.start - offset : 0;
      if (dd < dist) {
        dist = dd;
        best = d;
      }
    }
    return best;
  }

  /**
   * Another country named as a noun ("Ukraine deployed 5,000 troops", "Kiew meldet 300 Tote" is a speaker, not an army):
   * spans of otherEntity that no speech verb or attribution cue makes a source.
   */
  otherCountries(): Span[] {
    return (this.otherCountriesMemo ??= this.findOtherCountries());
  }

  private otherCountriesMemo: Span[] | undefined;

  private findOtherCountries(): Span[] {
    if (!this.has('otherEntity')) return [];
    const speech = this.lookup('attr:speech', this.lex.attribution.speech);
    const cues = this.lookup('attr:cues', this.lex.attribution.cues);
    return this.spans('otherEntity').filter(
      (o) =>
        !speech.some((v) => (v.start >= o.end ? this.wordsBetween(o.end, v.start) <= 1 : this.wordsBetween(v.end, o.start) <= 1 && v.end <= o.start)) &&
        !cues.some((c) => c.end <= o.start && this.wordsBetween(c.end, o.start) <= 1),
    );
  }

  /** The institutions this sentence names with their country, as role → actor (for the sentences after it). */
  institutionsNamed(): readonly [string, string][] {
    this.actorMentions();
    return this.institutionsMemo;
  }

  /**
   * The actors a sentence names: the lexicon's aliases, and an institution with its country ("la inteligencia de
   * Seúl", "South Korea's spy agency", "servizi segreti ucraini"), which wins over a place name inside it.
   */
  actorMentions(): NamedSpan[] {
    if (this.actorsMemo) return this.actorsMemo;
    const aliases = this.named('actors', this.lex.actors.strong);
    const compounds = this.institutionActors().filter((c) => !aliases.some((a) => a.start <= c.start && a.end >= c.end));
    if (!compounds.length) return (this.actorsMemo = aliases);
    const rest = aliases.filter((a) => !compounds.some((c) => a.start < c.end && c.start < a.end));
    return (this.actorsMemo = [...rest, ...compounds].sort((a, b) => a.start - b.start));
  }

  /** An institution word and the nearest country that qualifies it, named as the actor they stand for together. */
  private institutionActors(): NamedSpan[] {
    const { roles, countries, actor, anaphoric } = this.lex.institutions;
    const rs = this.named('inst:roles', roles);
    if (!rs.length) return [];
    const cs = this.named('inst:countries', countries);
    // role: set when a country qualifies the institution (what roleActors remembers)
    const found: (NamedSpan & { d: number; role?: string })[] = [];
    for (const r of rs) {
      let best: { c: NamedSpan; name: string; d: number } | undefined;
      let qualified = false;
      for (const c of cs) {
        // "South Korean intelligence", "Seoul's spy agency" (at most one word between); "intelligence sudcoreana",
        // "la inteligencia de Seúl", "agenzia d'intelligence della Corea del Sud" (at most two small link words)
        const d = c.end <= r.start ? this.linkWords(c.end, r.start, 1) : c.start >= r.end ? this.linkWords(r.end, c.start, 2) : -1;
        if (d >= 0) qualified = true;
        const name = d >= 0 ? actor.get(`${r.name} ${c.name}`) : undefined;
        if (name && (!best || d < best.d)) best = { c, name, d };
      }
      if (best) {
        found.push({ start: Math.min(r.start, best.c.start), end: Math.max(r.end, best.c.end), entry: -1, name: best.name, d: best.d, role: r.name });
      } else if (!qualified && anaphoric.has(r.name)) {
        // the role alone: the institution of that role named last ("the intelligence" after "Seoul's spy agency")
        const earlier = this.roleActors?.get(r.name);
        if (earlier) found.push({ ...r, entry: -1, name: earlier, d: Number.MAX_SAFE_INTEGER });
      }
    }
    // one country qualifies one institution: "an official of Ukrainian military intelligence" is the intelligence
    // service (the closer pair), not a Ukrainian official
    found.sort((a, b) => a.d - b.d || b.end - b.start - (a.end - a.start));
    const out: NamedSpan[] = [];
    for (const { d: _d, role, ...f } of found) {
      if (out.some((o) => f.start < o.end && o.start < f.end)) continue;
      out.push(f);
      if (role) this.institutionsMemo.push([role, f.name]);
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Words in a gap if they are only small lower-case link words ("of", "de la", "'s"), up to max; else -1. */
  private linkWords(from: number, to: number, max: number): number {
    const gap = this.text.slice(from, to);
    if (/[,;:()"“”«»\[\]]|[.!?]\s/.test(gap)) return -1;
    const words = gap.match(/[\p{L}]+/gu) ?? [];
    return words.length <= max && words.every((w) => w.length <= 5 && w === w.toLowerCase()) ? words.length : -1;
  }

  /** Does a term of one of these lists stand right before the span, no word between ("to Russia", "with Kim")? */
  rightAfter(keys: readonly TermKey[], s: Span): boolean {
    return this.shortlyAfter(keys, s, 0);
  }

  /** Does a term of those kinds end at most `words` words before the span ("par le Kremlin", "dalla stessa Nord Corea")? */
  shortlyAfter(keys: readonly TermKey[], s: Span, words: number): boolean {
    return keys.some((k) => this.spans(k).some((p) => p.end <= s.start && this.wordsBetween(p.end, s.start) <= words));
  }

  /** Is the word right before the span the language's "of" ("un soldado de Corea del Norte", "la guerre d'Ukraine")? */
  afterOfWord(s: Span): boolean {
    const before = /(\p{L}+)(?:(['’])|\s+)$/u.exec(this.text.slice(Math.max(0, s.start - 12), s.start));
    if (!before) return false;
    const word = before[1]!.toLowerCase();
    return before[2] ? this.lex.numbers.of.has(`${word}'`) : this.lex.numbers.of.has(word);
  }

  /** A place or destination preposition other than "of" right before the span ("told lawmakers in Seoul", "to Russia"). */
  afterPlacePreposition(s: Span): boolean {
    return [...this.spans('placePrep'), ...this.spans('toPrep')].some(
      (p) => p.end <= s.start && this.wordsBetween(p.end, s.start) === 0 && !this.lex.numbers.of.has(this.text.slice(p.start, p.end).toLowerCase()),
    );
  }

  /** Adjectives of other countries that are not part of a named source ("Ukrainian military intelligence said"). */
  foreignAdjectives(): Span[] {
    return this.spans('otherAdj').filter((o) => !this.ofSource(o));
  }

  /** Is a span part of a named source, or the adjective right before one ("des südkoreanischen Geheimdienstes NIS")? */
  private ofSource(o: Span): boolean {
    return this.actorMentions().some(
      (a) => (a.start <= o.start && a.end >= o.end) || (a.start >= o.end && this.wordsBetween(o.end, a.start) <= 1),
    );
  }

  /** DPRK markers: the country, its people and adjectives. */
  dprkMarkers(): Span[] {
    return (this.markersMemo ??= [...this.spans('dprkEntity'), ...this.spans('dprkAdj'), ...this.spans('dprkPeople'), ...this.dprkLeaders()]);
  }

  /**
   * North Korea's officials named alone ("Kim ha inviato 11.000 soldati"): the persons lexicon's North Koreans, unless
   * the name is part of someone else's ("Kim Yong-hyun" is South Korea's minister) or of a North Korean entity already.
   */
  private dprkLeaders(): Span[] {
    const { persons } = this.lex;
    const entities = this.spans('dprkEntity');
    const others = this.actorMentions().filter((a) => this.lex.actors.byName.get(a.name)?.side !== 'dprk');
    return this.named('persons', persons).filter(
      (p) =>
        persons.country.get(p.name) === 'dprk' &&
        !entities.some((e) => e.start < p.end && p.start < e.end) &&
        !others.some((a) => a.start < p.end && p.start < a.end),
    );
  }

  /**
   * Does the sentence speak of North Korean personnel? "North Koreans", or soldiers/workers with a North Korean
   * marker near them ("soldati nordcoreani", "North Korea sent 3,000 troops"), or "these troops" after such a
   * sentence. "Russian troops fired North Korean missiles" does not.
   */
  get hasDprkPersonnel(): boolean {
    if (this.personnelMemo !== undefined) return this.personnelMemo;
    let yes = this.has('dprkPeople');
    if (!yes) {
      const markers = this.dprkMarkers();
      const foreign = this.spans('otherAdj');
      const entities = new Set(this.spans('dprkEntity').map((e) => e.start));
      // an adjective of the source ("des südkoreanischen Geheimdienstes NIS") is no other army
      const others = [...foreign, ...this.spans('russiaEntity'), ...this.spans('russiaAdj')].filter((o) => !this.ofSource(o));
      // "North Korean losses", "perdite nordcoreane": their dead and wounded are personnel too
      yes = [...this.spans('troops'), ...this.spans('workers'), ...this.spans('casualtyNouns')].some((p) => {
        const adjacentForeign = foreign.some((f) => (f.end <= p.start ? this.wordsBetween(f.end, p.start) === 0 : f.start >= p.end && this.wordsBetween(p.end, f.start) === 0));
        if (adjacentForeign) return false;
        return markers.some((m) => {
          if (m.end <= p.start) {
            if (!this.sameClause(m.end, p.start)) return false;
            const gap = this.wordsBetween(m.end, p.start);
            if (gap <= 6) return true;
            // "Nordkorea hat nach Erkenntnissen des NIS bereits rund 3.000 Soldaten ... verlegt": the country as the
            // subject further back, with no other country or army in between
            return gap <= ENTITY_SUBJECT && entities.has(m.start) && !others.some((o) => o.start >= m.end && o.end <= p.start);
          }
          return m.start >= p.end && this.wordsBetween(p.end, m.start) <= 3 && this.sameClause(p.end, m.start);
        });
      });
    }
    if (!yes) yes = this.previousHasDprkPersonnel && this.has('anaphora');
    return (this.personnelMemo = yes);
  }
}

/** Index of the first element not below `x` in an ascending array (binary search). */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
