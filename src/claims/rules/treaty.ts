// treaty_event: the Comprehensive Strategic Partnership Treaty signed, ratified by one side, or in force.
// A specific name ("mutual defense treaty", "trattato di partenariato strategico") is enough; a generic one
// ("the treaty", "l'accordo") needs both countries in the sentence. Who ratified is the subject before the verb
// ("Il parlamento russo ha ratificato") or the agent after it ("da parte del regime di Kim").
import type { SentenceContext } from '../context.js';
import type { Span } from '../../articles/term-patterns.js';
import type { Draft, Rule } from './types.js';

const NEAR = 14;
/** Words between who ratified and the verb: a verb inside its clause, and one that closes it. */
const SUBJECT_BEFORE = 8;
const SUBJECT_BEFORE_FINAL_VERB = 12;

type Party = 'dprk' | 'russia';

function partyOf(ctx: SentenceContext, verb: Span): Party | undefined {
  const list: { s: Span; p: Party }[] = [
    ...ctx.spans('dprkEntity').map((s) => ({ s, p: 'dprk' as const })),
    ...ctx.spans('russiaEntity').map((s) => ({ s, p: 'russia' as const })),
    ...ctx.spans('russiaAdj').map((s) => ({ s, p: 'russia' as const })),
    ...ctx.spans('dprkAdj').map((s) => ({ s, p: 'dprk' as const })),
  ].filter(({ s }) => !ctx.spans('comitative').some((c) => c.end <= s.start && ctx.wordsBetween(c.end, s.start) <= 1));
  const [clauseStart] = ctx.clauseOf(verb.start);
  // a verb that closes its clause ("hat Nordkorea einen Vertrag zum Aufbau einer ... mit Russland ratifiziert,") has
  // its object between it and the subject
  const window = /^\s*(?:[,.;:]|$)/.test(ctx.text.slice(verb.end)) ? SUBJECT_BEFORE_FINAL_VERB : SUBJECT_BEFORE;
  const before = list
    .filter(({ s }) => s.end <= verb.start && s.start >= clauseStart && ctx.wordsBetween(s.end, verb.start) <= window)
    .sort((a, b) => b.s.start - a.s.start);
  if (before[0]) return before[0].p;
  // after the verb only as its agent: "da parte del regime di Kim", "signée par le président russe"
  const byAgent = (s: Span) => ctx.spans('agentPrep').some((a) => a.end <= s.start && ctx.wordsBetween(a.end, s.start) <= 3 && a.start >= verb.end);
  const after = list.filter(({ s }) => s.start >= verb.end && ctx.wordsBetween(verb.end, s.start) <= 10 && byAgent(s));
  const sides = new Set(after.map((x) => x.p));
  return sides.size === 1 ? after[0]!.p : undefined;
}

export const treatyRule: Rule = (ctx: SentenceContext) => {
  const specific = ctx.spans('treaty');
  const generic = ctx.spans('treatyGeneric');
  // in an article about the two countries, "the treaty" next to one of them is theirs
  const party = ctx.has('dprkEntity') || ctx.has('dprkAdj') || ctx.has('russiaEntity') || ctx.has('russiaAdj');
  const treaties = party ? [...specific, ...generic] : specific;
  if (!treaties.length) return [];
  // "Das Abkommen, das Kim und Putin im Juni ... unterzeichneten": the verb closing a relative clause that opens right
  // after the treaty, however long the clause
  const relativeOf = (t: Span, v: Span) => {
    const [start] = ctx.clauseOf(v.start);
    return start >= t.end && /^\s*,?\s*$/.test(ctx.text.slice(t.end, start)) && v.start > start;
  };
  const near = (v: Span) =>
    treaties.some((t) => (t.end <= v.start ? ctx.wordsBetween(t.end, v.start) : ctx.wordsBetween(v.end, t.start)) <= NEAR || relativeOf(t, v));
  const out: Draft[] = [];
  const add = (value: string, v: Span) => {
    if (!out.some((d) => d.value === value)) out.push({ kind: 'treaty_event', value, anchor: v.end });
  };
  // "signed a law ratifying the treaty", "das Gesetz zur Ratifizierung unterzeichnet": a ratification step
  const ratifying = (v: Span) =>
    ctx.spans('ratified').some((r) => (r.end <= v.start ? ctx.wordsBetween(r.end, v.start) : ctx.wordsBetween(v.end, r.start)) <= 4 && ctx.sameClause(r.start, v.start));
  for (const v of ctx.spans('signed')) if (near(v) && !ratifying(v)) add('signed', v);
  // "the treaty of June 2024", "im Rahmen des Vertrags vom Juni 2024": the treaty named by the date it was signed
  if (!out.some((d) => d.value === 'signed'))
    for (const t of treaties) {
      const d = ctx.dates.find((x) => x.start >= t.end && x.iso.length >= 7 && ctx.wordsBetween(t.end, x.start) <= 1 && /^\s*\p{L}{0,4}\s*$/u.test(ctx.text.slice(t.end, x.start)));
      if (!d || ctx.has('ratified') || ctx.has('inForce')) continue;
      out.push({ kind: 'treaty_event', value: 'signed', anchor: t.end, date: d.iso });
      break;
    }
  for (const v of ctx.spans('ratified')) {
    if (!near(v)) continue;
    const party = partyOf(ctx, v);
    if (party) add(party === 'dprk' ? 'ratified_dprk' : 'ratified_russia', v);
  }
  for (const v of ctx.spans('inForce')) if (near(v)) add('in_force', v);
  return out;
};
