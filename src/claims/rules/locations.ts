// deployment_location: a place named in the same clause as North Korean personnel (soldiers, troops, workers)
// or their deployment. A place in another clause of the sentence ("...: il marito al fronte di Kharkiv") is
// somebody else's front.
import type { SentenceContext } from '../context.js';
import type { Span } from '../../articles/term-patterns.js';
import type { Draft, Rule } from './types.js';

/** Words between a country's adjective and the place it qualifies ("regione russa di Kursk"). */
const PLACE_ADJECTIVE = 2;

export const locationRule: Rule = (ctx: SentenceContext) => {
  const places = ctx.named('places', ctx.lex.places);
  if (!places.length) return [];
  // "il sostegno fornito dalla Corea del Nord nella riconquista di Kursk": a North Korean part in the fighting
  const dprkRole = ctx.has('participation') && ctx.dprkMarkers().length > 0;
  // "The soldiers were first shipped to Vladivostok", "Ils seraient basés dans la région de Koursk": after a sentence
  // about North Korean personnel, their movements and posts, with no other army in the sentence
  // ... and where they fell ("circa 100 morti e oltre 1.000 feriti nella regione di Kursk")
  const fates = ctx.previousHasDprkPersonnel ? [...ctx.spans('killed'), ...ctx.spans('wounded'), ...ctx.spans('casualtyNouns')] : [];
  const carried =
    ctx.previousHasDprkPersonnel &&
    (ctx.has('troops') || ctx.has('workers') || ctx.has('deployment') || ctx.has('anaphora') || ctx.has('supply') || ctx.has('arrive') || fates.length > 0);
  if (!ctx.hasDprkPersonnel && !dprkRole && !carried) return [];
  const personnel = [
    ...ctx.spans('troops'),
    ...ctx.spans('workers'),
    ...ctx.spans('dprkPeople'),
    ...ctx.spans('deployment'),
    ...ctx.spans('dprkAdj'),
    ...(dprkRole ? ctx.spans('participation') : []),
    ...(carried ? [...ctx.spans('anaphora'), ...ctx.spans('supply'), ...ctx.spans('arrive'), ...fates] : []),
  ];
  // a carried subject holds only where no other army or country is named before the place in its clause (one named
  // after it describes the place)
  let others: Span[] | undefined;
  // ... an adjective of the place itself is no army ("la región rusa de Kursk", "der russischen Region Kursk")
  const ownClause = (at: number) =>
    ctx.hasDprkPersonnel ||
    dprkRole ||
    !(others ??= [...ctx.spans('otherAdj'), ...ctx.otherCountries()]).some((o) => o.start < at && ctx.sameClause(o.start, at) && ctx.wordsBetween(o.end, at) > PLACE_ADJECTIVE);
  const out: Draft[] = [];
  for (const p of places) {
    if (out.some((d) => d.value === p.name)) continue;
    if (!personnel.some((s) => ctx.sameClause(s.start, p.start)) && !whereTheyAre(ctx, p.end)) continue;
    if (!ownClause(p.start)) continue;
    out.push({ kind: 'deployment_location', value: p.name, anchor: p.start });
  }
  return out;
};

/**
 * "nella regione di Kursk, dove i russi hanno concentrato 12.000 soldati nordcoreani": a place right before a
 * locative relative ("where", "dove", "où") whose clause has North Korean personnel in it.
 */
function whereTheyAre(ctx: SentenceContext, placeEnd: number): boolean {
  const rel = ctx.spans('whereRelative').find((w) => w.start >= placeEnd && w.start - placeEnd <= 1);
  if (!rel) return false;
  const theirs = [...ctx.spans('dprkPeople'), ...ctx.spans('dprkAdj'), ...ctx.spans('dprkEntity')];
  const personnel = [...ctx.spans('troops'), ...ctx.spans('workers'), ...ctx.spans('dprkPeople')];
  const inClause = (s: { start: number }) => s.start > rel.end && ctx.sameClause(rel.end, s.start);
  return personnel.some(inClause) && theirs.some(inClause);
}
