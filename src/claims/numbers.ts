// Finds the figures in a sentence in every form the press writes them: "10.000", "10,000", "10 000", "10'000", "1,5 milioni",
// "12mila", "tremila", "ten thousand", "10k", "un migliaio"; with their hedge ("più di", "at least", "circa") and
// ranges ("11,000–12,000", "tra 10.000 e 12.000"). Vague quantities ("hundreds", "diverse centinaia") are not
// numbers in any lexicon and so yield nothing.
import type { Qualifier } from './model.js';
import type { Lexicon } from './lexicon.js';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
}

// Swiss copy groups thousands with an apostrophe ("10'000 ouvriers", "10’000 Soldaten").
const TOKEN_RE =
  /\d{1,3}(?:[.,\u00a0\u202f'’]\d{3})+(?:[.,]\d+)?(?![\d])|\d{1,3}(?: \d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)?|\p{L}+/gu;
const GROUPED = /^\d{1,3}(?:[.,\s\u00a0\u202f'’]\d{3})+$/;

interface Token {
  start: number;
  end: number;
  text: string;
}

function digitValue(s: string): number {
  if (GROUPED.test(s)) return Number(s.replace(/[^\d]/g, ''));
  return Number(s.replace(',', '.'));
}

const figureMemo = new WeakMap<Lexicon, Map<string, boolean>>();
const MEMO_LIMIT = 20000;

/**
 * Is a lower-case word (part of) a figure: a number word, a hedge, a scale, or a glued compound ("tremila")? Memoised
 * per lexicon (bounded): words ending like a scale ("-ed", "-on" in English) are common and rarely figures.
 */
export function isFigureWord(w: string, lex: Lexicon): boolean {
  // every word of every article is asked: one look-up of the answer instead of four of the lists
  let memo = figureMemo.get(lex);
  if (!memo) figureMemo.set(lex, (memo = new Map()));
  let v = memo.get(w);
  if (v === undefined) {
    const { words, approx, scales, scaleEndings } = lex.numbers;
    v = words.has(w) || approx.has(w) || scales.has(w) || (scaleEndings.has(w.slice(-2)) && wordValue(w, lex) !== undefined);
    if (memo.size < MEMO_LIMIT) memo.set(w, v);
  }
  return v;
}

/** Value of a number word, including glued compounds ("tremila", "zehntausend", "duecento"). */
export function wordValue(word: string, lex: Lexicon, depth = 0): number | undefined {
  const w = word.toLowerCase();
  const direct = lex.numbers.words.get(w);
  if (direct !== undefined) return direct;
  if (depth > 2 || w.length > 24 || !lex.numbers.scaleEndings.has(w.slice(-2))) return undefined;
  for (const [scale, mult] of lex.numbers.scales) {
    if (w.length > scale.length && w.endsWith(scale)) {
      const head = wordValue(w.slice(0, -scale.length), lex, depth + 1);
      if (head !== undefined) return head * mult;
    }
  }
  return undefined;
}

export function findNumbers(text: string, lex: Lexicon): NumberMention[] {
  const tokens: Token[] = [];
  const { scales, approx, articles } = lex.numbers;
  // words are looked up lower-cased: lower-case the sentence once (offsets stay when lengths do)
  const folded = text.toLowerCase();
  const source = folded.length === text.length ? folded : text;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(source); m; m = TOKEN_RE.exec(source)) {
    const t = m[0];
    // only digits and words that can be (part of) a figure
    const c = t.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) {
      const w = source === folded ? t : t.toLowerCase();
      if (!articles.has(w) && !isFigureWord(w, lex)) continue;
    }
    tokens.push({ start: m.index, end: m.index + t.length, text: t });
  }
  const raw: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    let start = t.start;
    let qualifier: Qualifier = 'exact';
    if (/^\d/.test(t.text)) value = digitValue(t.text);
    else {
      const lower = t.text.toLowerCase();
      value = wordValue(lower, lex);
      if (value === undefined && approx.has(lower)) {
        value = approx.get(lower);
        qualifier = 'about';
      }
      // "a million shells", "un milione di": a scale after an article counts once ("millions of" does not).
      const before = tokens[i - 1];
      const prev = before && /^(?:\s+|[-‐‑])$/.test(text.slice(before.end, t.start)) ? before.text.toLowerCase() : undefined;
      if (value === undefined && prev && articles.has(prev) && (scales.get(lower) ?? 0) >= 1000) {
        value = scales.get(lower);
        // the figure starts at its article, so that "more than a million" keeps its qualifier
        start = before!.start;
      }
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    // "KN-23", "MiG-29", "Hwasong-11": a model number glued to a name counts nothing
    if (/^\d/.test(t.text) && /\p{L}[-‐‑]$/u.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    // Tens and units written apart: "vingt-cinq", "twenty-five" (glued or "y"-joined forms are lexicon words).
    let end = t.end;
    const unit = !/^\d/.test(t.text) ? followingWordValue(text, tokens, i, end, lex) : undefined;
    if (unit && value >= 20 && value < 100 && value % 10 === 0 && unit.value < 10) {
      value += unit.value;
      end = unit.end;
      i++;
    }
    // "120-tägigen Einsatzes", "a 3-year-old": a figure inside a compound adjective counts nothing
    const compound = /^[-‐‑](\p{L}+)/u.exec(text.slice(end, end + 20));
    // ... but "six-thousand", "one-thousand" is a figure written with a hyphen before its scale
    if (compound && !lex.numbers.countCompounds.has(compound[1]!.toLowerCase()) && !scales.has(compound[1]!.toLowerCase())) continue;
    // Following scale words multiply: "12 mila", "1,5 milioni", "ten thousand", "10k".
    let lastScale = 0;
    while (i + 1 < tokens.length) {
      const n = tokens[i + 1]!;
      const gap = text.slice(end, n.start);
      const mult = scales.get(n.text.toLowerCase());
      if (mult === undefined || !/^[ \u00a0\u202f\-‐‑]?$/.test(gap)) break;
      value *= mult;
      lastScale = mult;
      end = n.end;
      i++;
    }
    // A smaller number word after the scale adds: "doce mil quinientos", "mille cinquecento" → 12,500, 1,500.
    const rest = lastScale ? followingWordValue(text, tokens, i, end, lex) : undefined;
    if (rest && rest.value < lastScale) {
      // "ten thousand five hundred": the added part may carry its own, smaller scale.
      const next = tokens[i + 2];
      const sub = next && /^[ \u00a0\u202f]$/.test(text.slice(rest.end, next.start)) ? scales.get(next.text.toLowerCase()) : undefined;
      const part = sub !== undefined && sub < lastScale ? rest.value * sub : rest.value;
      if (part < lastScale) {
        value += part;
        end = sub !== undefined && part !== rest.value ? next!.end : rest.end;
        i += part !== rest.value ? 2 : 1;
      }
    }
    raw.push({ start, end, value: Math.round(value * 1000) / 1000, qualifier });
  }
  const measure = lex.numbers.measure;
  // "30 %", "170 mm", "30 per cent": a share or a measure counts no one
  const counts = measure ? (m: NumberMention) => !measure.test(text.slice(m.end, m.end + 24).toLowerCase()) : () => true;
  return withRanges(text, raw, lex).filter(counts).map((m) => withQualifier(text, m, lex));
}

/** The value of the next token when it is a number word right after `end` (one space or a hyphen between). */
function followingWordValue(text: string, tokens: Token[], i: number, end: number, lex: Lexicon): { value: number; end: number } | undefined {
  const n = tokens[i + 1];
  if (!n || /^\d/.test(n.text) || !/^[ \u00a0\u202f-]$/.test(text.slice(end, n.start))) return undefined;
  const value = lex.numbers.words.get(n.text.toLowerCase());
  return value === undefined ? undefined : { value, end: n.end };
}

/** "10-12mila", "5 to 6 million": a bare first figure shares the second's scale. */
function sharedScale(a: NumberMention, b: NumberMention, text: string): number {
  // Only when the second figure is written with a scale word ("12mila", "6 million"), not "2 to 12,000".
  if (b.value <= a.value * 10 || !/^\d+$/.test(text.slice(a.start, a.end)) || !/\p{L}$/u.test(text.slice(b.start, b.end))) return a.value;
  for (const scale of [1000, 1_000_000]) {
    if (a.value * scale < b.value && b.value <= a.value * scale * 10) return a.value * scale;
  }
  return a.value;
}

function withRanges(text: string, list: NumberMention[], lex: Lexicon): NumberMention[] {
  const out: NumberMention[] = [];
  const n = lex.numbers;
  for (let i = 0; i < list.length; i++) {
    const first = list[i]!;
    const b = list[i + 1];
    const a = b ? { ...first, value: sharedScale(first, b, text) } : first;
    if (b && b.value > a.value && b.value <= a.value * 10) {
      const between = text.slice(a.end, b.start).toLowerCase();
      const before = text.slice(Math.max(0, a.start - 30), a.start).toLowerCase();
      const dash = /^\s*[-–—]\s*$/.test(between);
      // the word joins the two figures and nothing else stands between them ("tra i 10mila e i 12mila": the lexicon
      // lists "e i" with its article)
      const whole = (re: RegExp | null) => re?.exec(between)?.[0].length === between.trimEnd().length;
      const and = whole(n.rangeAnd) && n.rangeBetween?.test(before);
      const to = whole(n.rangeTo);
      if (dash || and || to) {
        out.push({ start: a.start, end: b.end, value: a.value, min: a.value, max: b.value, qualifier: a.qualifier });
        i++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

function withQualifier(text: string, m: NumberMention, lex: Lexicon): NumberMention {
  if (m.qualifier !== 'exact') return m;
  const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  let best: { q: Qualifier; at: number } | null = null;
  for (const { qualifier, re } of lex.numbers.qualifierBefore) {
    const hit = re.exec(before);
    if (hit && (!best || hit.index > best.at)) best = { q: qualifier, at: hit.index };
  }
  if (best) return { ...m, qualifier: best.q };
  const after = text.slice(m.end, m.end + 60).toLowerCase();
  for (const { qualifier, re } of lex.numbers.qualifierAfter) if (re.test(after)) return { ...m, qualifier };
  return m;
}
