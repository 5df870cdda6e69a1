// official_visit: <who>_to_<country>. The destination is the country (or its capital) named after the visit word;
// the visitor is an official of the other country named in the sentence, nearest the visit word (the host is
// from the destination: "a visit to Pyongyang for a meeting with Kim Jong Un" is Shoigu's visit).
import type { NamedSpan, SentenceContext } from '../context.js';
import type { Draft, Rule } from './types.js';

const DEST_WINDOW = 12;
/** Words between the visit word and its visitor. */
const VISITOR_WINDOW = 15;

/** Words between a host and the hosting verb, and between the verb and the guest. */
const HOST_GAP = 4;
const GUEST_GAP = 2;

/**
 * "Putin hosted Kim Jong Un in Vostochny", "Kim Jong Un a accueilli Sergueï Choïgou", "Kim empfing Lawrow": the guest,
 * named right after a hosting verb whose subject is an official of the other country, visited the host's country.
 */
function hosted(ctx: SentenceContext, persons: NamedSpan[]): Draft[] {
  const out: Draft[] = [];
  const country = (name: string) => ctx.lex.persons.country.get(name);
  for (const v of ctx.spans('host')) {
    const before = [...persons].reverse().find((p) => p.end <= v.start && ctx.wordsBetween(p.end, v.start) <= HOST_GAP && ctx.sameClause(p.end, v.start));
    // "Lavrov was received by Kim Jong Un", "Putin è stato accolto da Kim": in the passive the agent hosts
    const agent = ctx.spans('agentPrep').find((a) => a.start >= v.end && ctx.wordsBetween(v.end, a.start) === 0);
    const from = agent ? agent.end : v.end;
    const after = persons.find((p) => p.start >= from && ctx.wordsBetween(from, p.start) <= GUEST_GAP && ctx.sameClause(from, p.start));
    const [host, guest] = agent ? [after, before] : [before, after];
    if (!host || !guest) continue;
    const where = country(host.name);
    if (!where || !country(guest.name) || country(guest.name) === where) continue;
    out.push({ kind: 'official_visit', value: `${guest.name}_to_${where}`, anchor: v.end });
  }
  return out;
}

export const visitRule: Rule = (ctx: SentenceContext) => {
  const visits = [...ctx.spans('visit'), ...ctx.spans('arrive')];
  if (!visits.length && !ctx.has('host')) return [];
  const persons = ctx.named('persons', ctx.lex.persons);
  if (!persons.length) return [];
  const dests = [
    ...ctx.spans('dprkEntity').map((s) => ({ s, c: 'dprk' as const })),
    ...ctx.spans('russiaEntity').map((s) => ({ s, c: 'russia' as const })),
  ].sort((a, b) => a.s.start - b.s.start);
  const out: Draft[] = [];
  for (const v of visits) {
    // the destination is not itself a person of that country (the host)
    // ... nor a possessive ("a visit to the secretive country and Moscow's ally")
    // ... nor the country of an official named right after it ("besuchte Nordkoreas Außenministerin Choe Son Hui Moskau")
    const place = (d: { s: { start: number; end: number }; c: string }) =>
      !persons.some((p) => p.start <= d.s.start && p.end >= d.s.end) &&
      !/^['’]s\b/.test(ctx.text.slice(d.s.end, d.s.end + 3)) &&
      !persons.some((p) => p.start >= d.s.end && ctx.wordsBetween(d.s.end, p.start) <= 2 && ctx.lex.persons.country.get(p.name) === d.c);
    // after the visit word ("visit to Pyongyang"), or right before a final verb ("Pjöngjang besucht")
    // "Lavrov met with Kim Jong Un during a visit": the host met is at home
    // ... but a summit or a meeting with someone says nothing of where it was ("Putin celebró una cumbre con Kim")
    const meeting = ctx.spans('meeting').some((m) => m.start <= v.start && m.end >= v.end);
    const host = meeting ? undefined : persons.find((p) => ctx.spans('comitative').some((c) => c.end <= p.start && ctx.wordsBetween(c.end, p.start) <= 3));
    const hostCountry = host ? ctx.lex.persons.country.get(host.name) : undefined;
    const dest =
      dests.find((d) => d.s.start >= v.end && ctx.wordsBetween(v.end, d.s.start) <= DEST_WINDOW && place(d)) ??
      [...dests].reverse().find((d) => d.s.end <= v.start && ctx.wordsBetween(d.s.end, v.start) <= 1 && place(d)) ??
      (hostCountry ? { s: host!, c: hostCountry } : undefined);
    if (!dest) continue;
    const byHost = host !== undefined && dest.s === host;
    // "la lettera di Putin ... la visita a Pyongyang di una delegazione russa": a person after "of" owns another noun
    // and visits nothing; after the visit word's own "of" ("la visita di Putin") the person is the visitor
    const owner = (p: NamedSpan) => ctx.afterOfWord(p) && !(p.start >= v.end && ctx.wordsBetween(v.end, p.start) <= 1);
    const visitors = persons
      // with only the host to go by, the visitor is the subject before the visit word ("Lavrov met with Kim during a visit")
      .filter((p) => ctx.lex.persons.country.get(p.name) !== dest.c && (!byHost || p.end <= v.start) && !owner(p))
      // "la visita della delegazione ..., aggiungendo di aver avuto una telefonata con Putin": someone named far from
      // the visit word is no visitor
      .filter((p) => (p.end <= v.start ? ctx.wordsBetween(p.end, v.start) : ctx.wordsBetween(v.end, p.start)) <= VISITOR_WINDOW)
      .sort((a, b) => Math.abs(a.start - v.start) - Math.abs(b.start - v.start));
    const who = visitors[0];
    if (!who) continue;
    const value = `${who.name}_to_${dest.c}`;
    if (!out.some((d) => d.value === value)) out.push({ kind: 'official_visit', value, anchor: v.end });
  }
  for (const h of hosted(ctx, persons)) if (!out.some((d) => d.value === h.value)) out.push(h);
  return out;
};
