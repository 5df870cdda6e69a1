// official_position: a party confirms or denies the deployment.
// - explicit: a party is the subject of a confirming verb with the deployment as object ("Pyongyang and Moscow
//   officially confirmed the deployment"), or of a denying verb ("Sebbene Mosca neghi queste accuse");
// - implicit: a party's own official praises or thanks the troops for taking part ("Putin thanked ... for the feat of
//   his country's fighters", "Putin ha affermato che unità dell'esercito nordcoreano hanno svolto un ruolo attivo").
// A negated verb ("did not confirm", "non ha confermato") is no position.
import type { SentenceContext } from '../context.js';
import { negated } from '../modality.js';
import type { Span } from '../../articles/term-patterns.js';
import { attributions } from '../attribution.js';
import type { Draft, Rule } from './types.js';

type Party = 'dprk' | 'russia';

function subjects(ctx: SentenceContext, verb: Span): Set<Party> {
  const out = new Set<Party>();
  const [clauseStart] = ctx.clauseOf(verb.start);
  // "Nordkorea hat die Entsendung nach Russland bestätigt": a destination or a companion is not the subject
  // nor is a genitive or a place ("la guerra de Rusia", "the war in Russia")
  const governed = (s: Span) => ctx.rightAfter(['toPrep', 'comitative', 'placePrep'], s) || ctx.afterOfWord(s);
  const near = (s: Span) =>
    s.end <= verb.start && s.start >= clauseStart && ctx.wordsBetween(s.end, verb.start) <= 8 && !governed(s);
  // "confirmed by Pyongyang", "la conferma è arrivata dalla stessa Nord Corea": the agent after "by" or "from"
  const [, clauseEnd] = ctx.clauseOf(verb.end);
  const agent = (s: Span) =>
    s.start >= verb.end && s.end <= clauseEnd && ctx.wordsBetween(verb.end, s.start) <= 6 && ctx.shortlyAfter(['agentPrep', 'fromPrep'], s, 1);
  const either = (s: Span) => near(s) || agent(s);
  if (ctx.spans('dprkEntity').some(either)) out.add('dprk');
  if (ctx.spans('russiaEntity').some(either)) out.add('russia');
  for (const a of ctx.actorMentions()) {
    const side = ctx.lex.actors.byName.get(a.name)?.side;
    if ((side === 'dprk' || side === 'russia') && either(a)) out.add(side);
  }
  return out;
}

/**
 * "bestätigt, dass in der Region Kursk nordkoreanische Minenräumer arbeiten": what is confirmed is a clause about North
 * Korean soldiers or workers, which is the deployment itself.
 */
function confirmsNorthKoreansThere(ctx: SentenceContext, verb: Span): boolean {
  const that = ctx.spans('complementizer').find((t) => t.start >= verb.end && ctx.wordsBetween(verb.end, t.start) <= 1);
  if (!that) return false;
  const after = (s: Span) => s.start >= that.end && ctx.wordsBetween(that.end, s.start) <= 10;
  const people = [...ctx.spans('troops'), ...ctx.spans('workers')].filter(after);
  return ctx.spans('dprkPeople').some(after) || people.some((p) => ctx.dprkMarkers().some((m) => after(m) && Math.abs(ctx.wordsBetween(m.end, p.start)) <= 2));
}

export const positionRule: Rule = (ctx: SentenceContext) => {
  const out: Draft[] = [];
  const source = ctx.lex.pack.shared.positionSource;
  const add = (party: Party, what: 'confirms' | 'denies', at: number) => {
    const value = `${party}_${what}_deployment`;
    if (!out.some((d) => d.value === value))
      out.push({ kind: 'official_position', value, anchor: at, status: what === 'confirms' ? 'confirmed' : 'denied', source: source[party] });
  };
  const anyNegatedConfirm = ctx.spans('confirm').some((c) => negated(ctx, c));
  for (const c of ctx.spans('confirm')) {
    if (negated(ctx, c)) continue;
    // the deployment as object, after the verb or before a final participle ("die Entsendung ... bestätigt")
    // ... or the part North Korea plays ("bestätigt, dass Nordkorea Russland im Krieg unterstützt"), or "it" after a
    // sentence about the troops ("ha confermato per la prima volta di averlo fatto")
    const object =
      [...ctx.spans('deployment'), ...ctx.spans('participation')].some((d) =>
        d.start >= c.end ? ctx.wordsBetween(c.end, d.start) <= 12 : d.end <= c.start && ctx.wordsBetween(d.end, c.start) <= 8,
      ) ||
      (ctx.previousHasDprkPersonnel && ctx.wordsBetween(c.end, ctx.text.length) <= 8 && !ctx.numbers.length) ||
      confirmsNorthKoreansThere(ctx, c);
    if (!object) continue;
    for (const p of subjects(ctx, c)) add(p, 'confirms', c.start);
  }
  // the parties speaking in the sentence: "..., Kremlin spokesman Dmitry Peskov told reporters", "the agency said"
  const speakers = new Set<Party>();
  const speaking: { side: Party; at: number }[] = [];
  for (const a of attributions(ctx)) {
    const side = ctx.lex.actors.byName.get(a.actor)?.side;
    if (side === 'dprk' || side === 'russia') {
      speakers.add(side);
      speaking.push({ side, at: a.at });
    }
  }
  for (const d of ctx.spans('deny')) {
    if (negated(ctx, d)) continue;
    // an allegation of supplies with no soldiers in it is about arms, and denials of arms are no position on the
    // deployment (claims.md): "han rechazado las denuncias de que el Norte envía armas a Rusia"
    const object = ctx.has('deployment') || ctx.hasDprkPersonnel || (ctx.has('allegation') && !ctx.has('supply'));
    if (!object) continue;
    // "dismissed as fabrications", "such fabrications," said Peskov: a denial noun in the speaker's words
    for (const p of new Set([...subjects(ctx, d), ...speakers])) add(p, 'denies', d.start);
  }
  if (!out.length && !anyNegatedConfirm && !ctx.has('deny')) {
    // "the agency said North Korean army units had been deployed to Russia": a party's own official or state media
    // stating the deployment (a verb, not the noun "troops") confirms it
    const troopsAt = new Set(ctx.spans('troops').map((t) => t.start));
    const stated = ctx.spans('deployment').filter((d) => !troopsAt.has(d.start) && !negated(ctx, d) && !ctx.before('possible', d.start, 6));
    // the speaker comes first and the deployment is what they said ("X, who fear the dispatch" is no statement)
    if (stated.length && ctx.hasDprkPersonnel)
      for (const sp of speaking) if (stated.some((d) => d.start > sp.at)) add(sp.side, 'confirms', sp.at);
  }
  if (!out.length && !anyNegatedConfirm && !ctx.has('deny')) {
    const praise = ctx.has('thank') || ctx.has('participation');
    const troops = ctx.has('troops') || ctx.has('dprkPeople') || ctx.has('participation');
    if (praise && troops && (ctx.dprkMarkers().length || ctx.previousHasDprkPersonnel)) {
      for (const a of attributions(ctx)) {
        const side = ctx.lex.actors.byName.get(a.actor)?.side;
        if (side === 'dprk' || side === 'russia') add(side, 'confirms', a.at);
      }
      // "Putin thanked North Korea ..." — the party's leader is the subject of the thanks
      for (const t of ctx.spans('thank')) for (const p of subjects(ctx, t)) add(p, 'confirms', t.start);
    }
  }
  return out;
};
