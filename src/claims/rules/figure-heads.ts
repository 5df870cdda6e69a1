// What a figure counts: the noun that follows it ("3.000 soldati", "6 million artillery shells", "4.000 tra morti e
// feriti"), borrowed from the next figure in a partitive ("1.000 dei circa 12mila soldati"), or from an earlier
// count in the sentence ("50 soldiers were killed and 47 injured", "100 killed, with 1,000 others injured").
import type { SentenceContext } from '../context.js';
import type { NumberMention } from '../numbers.js';
import type { Span } from '../../articles/term-patterns.js';

export type HeadCategory = 'troops' | 'workers' | 'unit' | 'missiles' | 'killed' | 'wounded' | 'casualties' | 'captured' | 'others';

export interface Head {
  category: HeadCategory;
  span: Span;
  unit?: string;
}

const HEAD_WINDOW = 4;
/** How far a partitive's noun may stand behind a German-style attributive phrase. */
const LONG_PARTITIVE = 14;

/** Heads that may follow a figure, in priority order for equal positions. */
const CATEGORIES: HeadCategory[] = ['casualties', 'unit', 'missiles', 'workers', 'troops', 'killed', 'wounded', 'captured', 'others'];

const candidatesMemo = new WeakMap<SentenceContext, Head[]>();

/** Every noun a figure of the sentence may count (memoised per sentence; callers must not mutate the list). */
export function headCandidates(ctx: SentenceContext): Head[] {
  const memo = candidatesMemo.get(ctx);
  if (memo) return memo;
  const out: Head[] = [];
  candidatesMemo.set(ctx, out);
  for (const c of CATEGORIES) {
    if (c === 'unit') {
      for (const u of ctx.named('units', ctx.lex.units)) out.push({ category: 'unit', span: u, unit: u.name });
    } else if (c === 'troops') {
      for (const s of [...ctx.spans('troops'), ...ctx.spans('dprkPeople')]) out.push({ category: 'troops', span: s });
    } else if (c === 'casualties') {
      // "4.700 Opfer", "casualties": a count noun, only right after the figure
      for (const s of [...ctx.spans('casualties'), ...ctx.spans('casualtyNouns')]) out.push({ category: 'casualties', span: s });
    } else out.push(...ctx.spans(c).map((span) => ({ category: c, span })));
  }
  return out;
}

/** The head noun right after a figure (within a few words, same clause, before the next figure). */
export function headAfter(ctx: SentenceContext, m: NumberMention, limit: number): Head | undefined {
  let best: Head | undefined;
  for (const h of headCandidates(ctx)) {
    if (h.span.start < m.end || h.span.start >= limit) continue;
    const gap = ctx.wordsBetween(m.end, h.span.start);
    if (gap > HEAD_WINDOW || !ctx.sameClause(m.end, h.span.start)) continue;
    // a loss noun counts only right after its figure: "two months to replace their losses" counts months
    if (h.category === 'casualties' && gap > 1 && ctx.spans('casualtyNouns').some((c) => c.start === h.span.start)) continue;
    // the nearest noun; on a tie, the category listed first (CATEGORIES)
    if (!best || h.span.start < best.span.start) best = h;
  }
  // "Etwa 1.000 der im Krieg gegen die Ukraine eingesetzten nordkoreanischen Soldaten", "1,000 of the North Korean
  // soldiers deployed": after a partitive article, the first North Korean troops noun of the clause, however far
  if ((!best || best.category === 'others') && ctx.lex.numbers.partitive?.test(ctx.text.slice(m.end, m.end + 30).toLowerCase())) {
    const noun = headCandidates(ctx).find(
      (h) =>
        h.category === 'troops' &&
        h.span.start >= m.end &&
        h.span.start < limit &&
        ctx.wordsBetween(m.end, h.span.start) <= LONG_PARTITIVE &&
        ctx.sameClause(m.end, h.span.start) &&
        ctx.spans('dprkAdj').some((d) => d.end <= h.span.start && ctx.wordsBetween(d.end, h.span.start) === 0),
    );
    if (noun) return noun;
  }
  // "3,000 more soldiers", "2.000 altri soldati": "more" qualifies the noun that follows it
  if (best?.category === 'others') {
    const b = best;
    const noun = headCandidates(ctx).find(
      (h) =>
        (h.category === 'troops' || h.category === 'workers') &&
        h.span.start >= b.span.end &&
        h.span.start < limit &&
        // "3,000 more soldiers", "3,000 more North Korean troops"
        (ctx.wordsBetween(b.span.end, h.span.start) === 0 ||
          (ctx.wordsBetween(b.span.end, h.span.start) <= 3 && ctx.dprkMarkers().some((d) => d.start >= b.span.end && d.end <= h.span.start))),
    );
    if (noun) return noun;
  }
  return best;
}

/** "1.000 dei circa 12mila soldati": the figure is a part of the next one. */
export function isPartitive(ctx: SentenceContext, m: NumberMention, next: NumberMention | undefined): boolean {
  if (!next || !ctx.lex.numbers.partitive) return false;
  const between = ctx.text.slice(m.end, next.start).toLowerCase();
  return ctx.lex.numbers.partitive.test(between) && ctx.wordsBetween(m.end, next.start) <= 4;
}
