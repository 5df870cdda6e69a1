// Finds dates in a sentence, absolute or relative to the article's publication date: "il 23 novembre 2024",
// "on 6 November", "December 17", "nel giugno 2024", "in June 2024", "nel 2023", "lo scorso giugno", "last June",
// "Monday", "last Friday", "ieri". A date without a year is the latest such date not after publication.
import type { Lexicon } from './lexicon.js';
import type { Span, TermMatcher } from '../articles/term-patterns.js';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  iso: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

interface DateRes {
  monthRe: RegExp | null;
  weekdayRe: RegExp | null;
}
const compiled = new WeakMap<Lexicon, DateRes>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function res(lex: Lexicon): DateRes {
  let r = compiled.get(lex);
  if (r) return r;
  // matched on the lower-cased text (case folding makes large expressions slow)
  const alt = (keys: Iterable<string>) =>
    [...keys].sort((a, b) => b.length - a.length).map((k) => escape(k.toLowerCase()).replace(/\\\.$/, '\\.?')).join('|');
  const months = alt(lex.dates.months.keys());
  const weekdays = alt(lex.dates.weekdays.keys());
  r = {
    monthRe: months
      ? new RegExp(
          // day-month-year | month-day-year | month-year | month | year after a preposition
          `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th|er|°|º|\\.)?\\s+(?:de\\s+)?(${months})(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?` +
            `|(${months})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)` +
            `|(${months})(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?)(?![\\p{L}])`,
          'gu',
        )
      : null,
    weekdayRe: weekdays ? new RegExp(`(?<![\\p{L}])(${weekdays})(?![\\p{L}])`, 'gu') : null,
  };
  compiled.set(lex, r);
  return r;
}

function parseIso(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function monthKey(lex: Lexicon, s: string): number | undefined {
  const k = s.toLowerCase();
  return lex.dates.months.get(k) ?? lex.dates.months.get(k.replace(/\.$/, '')) ?? lex.dates.months.get(`${k}.`);
}

/** How a caller with an article-wide index hands over term matches (see SentenceContext.lookup). */
export type TermLookup = (key: string, matcher: TermMatcher) => Span[];

export function findDates(text: string, lex: Lexicon, published: string, lookup?: TermLookup): DateMention[] {
  const terms = (key: string, matcher: TermMatcher) => (lookup ? lookup(key, matcher) : matcher.find(text));
  const pub = parseIso(published);
  const out: DateMention[] = [];
  // the month and weekday expressions are the costly part: a sentence that names no month or weekday skips them
  const named = !lookup || terms('date:names', lex.dates.names).length > 0;
  const { monthRe, weekdayRe } = named ? res(lex) : { monthRe: null, weekdayRe: null };
  const lower = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  const wordBefore = (at: number) => /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, at - 25), at))?.[1]?.toLowerCase();
  const wordAfter = (at: number) => /^\s*(\p{L}+)/u.exec(text.slice(at, at + 25))?.[1]?.toLowerCase();
  if (monthRe) {
    monthRe.lastIndex = 0;
    for (let m = monthRe.exec(lower); m; m = monthRe.exec(lower)) {
      const at = m.index + m[0].indexOf(m[2] ?? m[4] ?? m[7] ?? '');
      const monthText = text.slice(at, at + (m[2] ?? m[4] ?? m[7] ?? '').length);
      // English "may" and "march" are verbs too: where months are capitalised, a lower-case one is not a month.
      if (lex.language === 'en' || lex.language === 'de') if (!/^\p{Lu}/u.test(monthText)) continue;
      const month = monthKey(lex, monthText);
      if (!month || !pub) continue;
      const day = Number(m[1] ?? m[5] ?? 0);
      const yearText = m[3] ?? m[6] ?? m[8];
      let year = yearText ? Number(yearText) : pub.getUTCFullYear();
      const end = m.index + m[0].length;
      const last = lex.dates.last.has(wordBefore(m.index) ?? '') || lex.dates.last.has(wordAfter(end) ?? '');
      if (!yearText) {
        const pubMonth = pub.getUTCMonth() + 1;
        // "last June" written in June means the year before; a bare month after publication is last year's.
        if (month > pubMonth || (last && month >= pubMonth) || (day && month === pubMonth && day > pub.getUTCDate() + 1)) year--;
      }
      if (day > 31) continue;
      out.push({ start: m.index, end, iso: day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}` });
    }
  }
  // "nel 2023", "in 2023", "im Jahr 2023"
  const yearRe = /(?<![\p{L}\d])((?:19|20)\d{2})(?![\d])/gu;
  for (let m = yearRe.exec(text); m; m = yearRe.exec(text)) {
    if (out.some((d) => m!.index >= d.start && m!.index < d.end)) continue;
    const prev = wordBefore(m.index);
    if (prev && lex.dates.yearPrefix.has(prev)) out.push({ start: m.index - 0, end: m.index + 4, iso: m[1]! });
  }
  if (pub && weekdayRe) {
    weekdayRe.lastIndex = 0;
    for (let m = weekdayRe.exec(lower); m; m = weekdayRe.exec(lower)) {
      const wd = lex.dates.weekdays.get(m[1]!.toLowerCase());
      if (wd === undefined) continue;
      const last = lex.dates.last.has(wordBefore(m.index) ?? '') || lex.dates.last.has(wordAfter(m.index + m[0].length) ?? '');
      let back = (pub.getUTCDay() - wd + 7) % 7;
      if (last && back === 0) back = 7;
      out.push({ start: m.index, end: m.index + m[0].length, iso: isoDay(new Date(pub.getTime() - back * 86400000)) });
    }
  }
  if (pub) {
    for (const s of terms('date:yesterday', lex.dates.yesterday))
      out.push({ start: s.start, end: s.end, iso: isoDay(new Date(pub.getTime() - 86400000)) });
    for (const s of terms('date:today', lex.dates.today)) out.push({ start: s.start, end: s.end, iso: isoDay(pub) });
    const year = pub.getUTCFullYear();
    for (const s of terms('date:lastYear', lex.dates.lastYear)) out.push({ start: s.start, end: s.end, iso: String(year - 1) });
    for (const s of terms('date:thisYear', lex.dates.thisYear)) out.push({ start: s.start, end: s.end, iso: String(year) });
  }
  return out.sort((a, b) => a.start - b.start);
}
