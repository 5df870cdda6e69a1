// deployment_location: a place named in the same clause as North Korean personnel (soldiers, troops, workers)
// or their deployment. A place in another clause of the sentence ("...: il marito al fronte di Kharkiv") is
// somebody else's front.
import type { SentenceContext } from '../context.js';
import type { Draft, Rule } from './types.js';

export const locationRule: Rule = (ctx: SentenceContext) => {
  const places = ctx.named('places', ctx.lex.places);
  if (!places.length) return [];
  // "il sostegno fornito dalla Corea del Nord nella riconquista di Kursk": a North Korean part in the fighting
  const dprkRole = ctx.has('participation') && ctx.dprkMarkers().length > 0;
  // "The soldiers were first shipped to Vladivostok", "Ils seraient basés dans la région de Koursk": after a sentence
  // about North Korean personnel, their movements and posts, with no other army in the sentence
  const carried =
    ctx.previousHasDprkPersonnel &&
    !ctx.has('otherAdj') &&
    !ctx.otherCountries().length &&
    (ctx.has('troops') || ctx.has('workers') || ctx.has('deployment') || ctx.has('anaphora') || ctx.has('supply') || ctx.has('arrive'));
  if (!ctx.hasDprkPersonnel && !dprkRole && !carried) return [];
  const personnel = [
    ...ctx.spans('troops'),
    ...ctx.spans('workers'),
    ...ctx.spans('dprkPeople'),
    ...ctx.spans('deployment'),
    ...ctx.spans('dprkAdj'),
    ...(dprkRole ? ctx.spans('participation') : []),
    ...(carried ? [...ctx.spans('anaphora'), ...ctx.spans('supply'), ...ctx.spans('arrive')] : []),
  ];
  const out: Draft[] = [];
  for (const p of places) {
    if (out.some((d) => d.value === p.name)) continue;
    if (!personnel.some((s) => ctx.sameClause(s.start, p.start))) continue;
    out.push({ kind: 'deployment_location', value: p.name, anchor: p.start });
  }
  return out;
};
