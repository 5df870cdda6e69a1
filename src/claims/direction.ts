// Who supplies whom: read from the verb and its prepositions ("North Korea supplies Russia", "Mosca fornirebbe a
// Pyongyang", "Russia provided North Korea with"), from a maker's adjective on the item ("tecnologia russa",
// "North Korean-made missiles"), and otherwise the usual flow for the kind (topic pack `defaultDirection`).
import { opposite, type ClaimKind, type Direction } from './model.js';
import type { SentenceContext } from './context.js';
import type { Span } from '../articles/term-patterns.js';

type Party = 'dprk' | 'russia';

interface PartySpan extends Span {
  party: Party;
}

const toward = (p: Party): Direction => (p === 'dprk' ? 'russia_to_dprk' : 'dprk_to_russia');
const from = (p: Party): Direction => (p === 'dprk' ? 'dprk_to_russia' : 'russia_to_dprk');

function parties(ctx: SentenceContext): PartySpan[] {
  const list: PartySpan[] = [
    ...ctx.spans('dprkEntity').map((s) => ({ ...s, party: 'dprk' as const })),
    ...ctx.spans('russiaEntity').map((s) => ({ ...s, party: 'russia' as const })),
  ];
  // "meeting with Kim", "insieme a Mosca": a companion is neither giver nor receiver.
  return list
    .filter((p) => !ctx.spans('comitative').some((c) => c.end <= p.start && ctx.wordsBetween(c.end, p.start) <= 1))
    .sort((a, b) => a.start - b.start);
}

/** The maker's adjective right next to the item: "Russian technology", "tecnologia russa". */
export function originOf(ctx: SentenceContext, item: Span): Party | undefined {
  const near = (s: Span) =>
    (s.end <= item.start && ctx.wordsBetween(s.end, item.start) === 0) ||
    (s.start >= item.end && ctx.wordsBetween(item.end, s.start) === 0 && ctx.sameClause(item.end, s.start));
  if (ctx.spans('dprkAdj').some(near)) return 'dprk';
  if (ctx.spans('russiaAdj').some(near)) return 'russia';
  return undefined;
}

/** Is the party governed by a preposition of that kind right before it ("an Russland", "dalla Corea del Nord")? */
function governedBy(ctx: SentenceContext, key: 'toPrep' | 'fromPrep', p: Span): boolean {
  return ctx.rightAfter([key], p);
}

function recipientAfter(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  // "liefert Russland ... Reis nach Nordkorea": a destination written as such, in the verb's clause, outranks a bare
  // party right after the verb (there the inverted subject)
  const destination = list.find((p) => p.start >= verb.end && governedBy(ctx, 'toPrep', p) && ctx.sameClause(verb.end, p.start) && ctx.wordsBetween(verb.end, p.start) <= 12);
  if (destination) return destination.party;
  for (const p of list) {
    if (p.start < verb.end || governedBy(ctx, 'fromPrep', p)) continue;
    // direct or dative object right after the verb: "provided North Korea with", "fornirebbe a Pyongyang"
    if (ctx.wordsBetween(verb.end, p.start) <= 3) return p.party;
    // "sent containers presumably to Russia", "ha fornito ... alla Russia"
    const prep = ctx.spans('toPrep').find((t) => t.end <= p.start && ctx.wordsBetween(t.end, p.start) <= 1 && t.start >= verb.end);
    if (prep) return p.party;
  }
  return undefined;
}

const POSSESSIVE = /^['’]s\b/;

function agentBefore(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  let best: PartySpan | undefined;
  // "dass Nordkorea ... an Russland geliefert hat": the destination before a final verb is not its subject; nor is a
  // possessive ("Russia's leading supporter ..., providing missiles": the supporter provides)
  for (const p of list)
    if (p.end <= verb.start && ctx.wordsBetween(p.end, verb.start) <= 12 && !governedBy(ctx, 'toPrep', p) && !POSSESSIVE.test(ctx.text.slice(p.end, p.end + 3))) best = p;
  return best?.party;
}

/** "an Russland geliefert", "to Russia" before a final verb: the recipient written before the verb, in its clause. */
function recipientBefore(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  let best: PartySpan | undefined;
  for (const p of list)
    if (p.end <= verb.start && ctx.wordsBetween(p.end, verb.start) <= 4 && ctx.sameClause(p.end, verb.start) && governedBy(ctx, 'toPrep', p)) best = p;
  return best?.party;
}

/**
 * Technology goes from Russia to North Korea unless the sentence says otherwise in so many words: a maker's adjective
 * ("North Korean know-how"), "from North Korea", or Russia as the recipient. A North Korean subject alone ("North
 * Korea will request technology transfers", "Pyongyang ha recibido asistencia técnica") is the receiver as often as not.
 */
export function directionFor(ctx: SentenceContext, item: Span, kind: ClaimKind): Direction {
  return directionReading(ctx, item, kind).direction;
}

/** The direction, and whether it is only the kind's default (nothing in the sentence said which way). */
export function directionReading(ctx: SentenceContext, item: Span, kind: ClaimKind): { direction: Direction; guessed: boolean } {
  const found = readDirection(ctx, item, kind);
  if (kind === 'technology_transfer' && found.how === 'agent') return { direction: ctx.lex.pack.shared.defaultDirection[kind] ?? 'russia_to_dprk', guessed: true };
  return { direction: found.direction, guessed: found.how === 'default' };
}

interface Reading {
  direction: Direction;
  how: 'origin' | 'from' | 'recipient' | 'agent' | 'default';
}

/** A supply noun governed by a receive verb right before it ("request technology transfers", "ha recibido asistencia"). */
function receivedSupply(ctx: SentenceContext, verb: Span): Span | undefined {
  // "erhält für seine militärische Unterstützung ... Öl": a supply noun after "for" is what the receiving pays with
  const forBetween = (r: Span) => ctx.spans('toPrep').some((t) => t.start >= r.end && t.end <= verb.start);
  return ctx.spans('receive').find((r) => r.end <= verb.start && ctx.wordsBetween(r.end, verb.start) <= (forBetween(r) ? 5 : 2) && ctx.sameClause(r.end, verb.start));
}

function readDirection(ctx: SentenceContext, item: Span, kind: ClaimKind): Reading {
  const origin = originOf(ctx, item);
  if (origin) return { direction: from(origin), how: 'origin' };
  const paidWith = exchangedFor(ctx, item) ?? paymentBefore(ctx, item);
  if (paidWith) return paidWith;
  const list = parties(ctx);
  const verbs = [
    ...ctx.spans('supply').map((s) => ({ ...s, receive: false })),
    ...ctx.spans('receive').map((s) => ({ ...s, receive: true })),
  ].sort((a, b) => a.start - b.start);
  // the verb governing the item: the nearest before it, else the nearest after it
  let verb = [...verbs].reverse().find((v) => v.end <= item.start);
  verb ??= verbs.find((v) => v.start >= item.end && ctx.wordsBetween(item.end, v.start) <= 8);
  if (verb && !verb.receive) {
    const governing = receivedSupply(ctx, verb);
    if (governing) verb = { ...governing, receive: true };
  }
  if (verb) {
    // "il sostegno russo", "Russian assistance": the giver is written on the transfer itself
    const giver = originOf(ctx, verb);
    if (giver) return { direction: from(giver), how: 'origin' };
    // "lanciarazzi arrivati dalla Corea del Nord", "shells from North Korea"
    const source = list.find((p) => governedBy(ctx, 'fromPrep', p) && ctx.sameClause(p.start, item.start) && Math.abs(ctx.wordIndex(p.start) - ctx.wordIndex(item.start)) <= 12);
    if (source) return { direction: from(source.party), how: 'from' };
    // "les technologies fournies par le Kremlin", "shells sent by Pyongyang": the agent of a passive gives
    if (!verb.receive) {
      const by = list.find((p) => p.start >= verb.end && ctx.wordsBetween(verb.end, p.start) <= 2 && ctx.shortlyAfter(['agentPrep'], p, 1));
      if (by) return { direction: from(by.party), how: 'agent' };
    }
    if (verb.receive) {
      const agent = agentBefore(ctx, verb, list);
      if (agent) return { direction: toward(agent), how: 'recipient' };
      // "erhält Pjöngjang im Gegenzug ...", "riceve Mosca": the subject right after the verb
      const inverted = list.find((p) => p.start >= verb.end && ctx.wordsBetween(verb.end, p.start) === 0);
      if (inverted) return { direction: toward(inverted.party), how: 'recipient' };
    } else {
      // "misiles que le suministra Corea del Norte", "che le fornisce la Corea del Nord": after a relative, the subject
      // may follow its verb
      const inverted = relativeSubject(ctx, verb, list);
      if (inverted) return { direction: from(inverted), how: 'agent' };
      // "dass Nordkorea Russland 148 Raketen geliefert hat": subject, then the bare dative, then the final verb
      const final = verb.start >= item.end ? subjectAndDative(ctx, verb, list) : invertedPair(ctx, verb, list);
      if (final) return { direction: from(final), how: 'agent' };
      const recipient = recipientAfter(ctx, verb, list) ?? recipientBefore(ctx, verb, list);
      if (recipient) return { direction: toward(recipient), how: 'recipient' };
      const agent = agentBefore(ctx, verb, list);
      if (agent) return { direction: from(agent), how: 'agent' };
    }
  }
  // "A cambio, ha recibido ... sistemas de misiles antiaéreos", "In return, ...": what North Korea is paid with
  if (ctx.spans('exchange').some((e) => e.end <= item.start && ctx.sameClause(e.end, item.start)) && verb?.receive)
    return { direction: 'russia_to_dprk', how: 'default' };
  // "Im Gegenzug habe Nordkorea technische Beratung ... erhalten": a sentence that opens with "in return" and names no
  // giver lists the payment, which goes to North Korea (the bargain the topic is about)
  if (list.length <= 1 && ctx.spans('exchange').some((e) => ctx.wordIndex(e.start) <= 1 && e.end <= item.start))
    return { direction: 'russia_to_dprk', how: 'default' };
  return { direction: ctx.lex.pack.shared.defaultDirection[kind] ?? 'dprk_to_russia', how: 'default' };
}

const EXCHANGE_SCOPE = 12;

/**
 * "suministrando municiones a Rusia a cambio de tecnología satelital", "sent troops in exchange for Russian help with
 * satellites": what a transfer is paid with goes the other way. The transfer is the verb written before the exchange
 * cue (none: no reading here); when that transfer's own direction is not written, the payment goes to North Korea
 * (the usual bargain).
 */
function exchangedFor(ctx: SentenceContext, item: Span): Reading | undefined {
  const verbs = [...ctx.spans('supply'), ...ctx.spans('receive')];
  const cue = ctx
    .spans('exchangeFor')
    .find(
      (e) =>
        e.end <= item.start &&
        ctx.wordsBetween(e.end, item.start) <= EXCHANGE_SCOPE &&
        ctx.sameClause(e.end, item.start) &&
        // "in exchange for drones and the technology to build them": a verb after the cue governs the item itself
        !verbs.some((v) => v.start >= e.end && v.end <= item.start),
    );
  if (!cue) return undefined;
  const before = verbs.filter((v) => v.end <= cue.start);
  // "reçoit en échange des technologies", "erhielt Nordkorea im Gegenzug für seine Truppen Startgeräte": right after
  // its verb (and its inverted subject) the cue is an adverb and the item the verb's object
  const list = parties(ctx);
  const adverb = (v: Span) => {
    const n = ctx.wordsBetween(v.end, cue.start);
    return n === 0 || list.some((p) => p.start >= v.end && p.end <= cue.start && ctx.wordsBetween(v.end, p.start) === 0 && ctx.wordsBetween(p.end, cue.start) === 0);
  };
  if (!before.length || before.some(adverb)) return undefined;
  const main = readDirection(ctx, { start: cue.start, end: cue.start, entry: 0 }, 'weapon_supplied');
  return paymentOf(main);
}

/** What pays for a transfer goes the other way; to North Korea when the transfer's way is not written (the usual bargain). */
function paymentOf(transfer: Reading): Reading {
  return { direction: transfer.how === 'default' ? 'russia_to_dprk' : opposite(transfer.direction), how: 'recipient' };
}

/**
 * "the oil is payment for weapons and troops sent to Moscow", "il petrolio come pagamento per le munizioni": the item
 * written before the cue pays for what follows it, and goes the other way (to North Korea when that way is not written).
 */
function paymentBefore(ctx: SentenceContext, item: Span): Reading | undefined {
  const cue = ctx.spans('paymentFor').find((p) => p.start >= item.end && ctx.wordsBetween(item.end, p.start) <= 3 && ctx.sameClause(item.end, p.start));
  if (!cue) return undefined;
  return paymentOf(readDirection(ctx, { start: cue.end, end: cue.end, entry: 0 }, 'weapon_supplied'));
}

/** "Im Gegenzug liefert Moskau Pjöngjang Öl": right after the verb, subject then bare dative; the first gives. */
function invertedPair(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  const after = list.filter((p) => p.start >= verb.end && ctx.wordsBetween(verb.end, p.start) <= 1);
  const [a, b] = after;
  if (!a || !b || a.party === b.party || ctx.wordsBetween(a.end, b.start) !== 0) return undefined;
  const bare = (p: PartySpan) => !governedBy(ctx, 'toPrep', p) && !governedBy(ctx, 'fromPrep', p);
  return bare(a) && bare(b) && /^\s+$/.test(ctx.text.slice(a.end, b.start)) ? a.party : undefined;
}

/** A relative ("que", "che", "qui") and at most a clitic before the verb, a bare party right after it: the subject. */
function relativeSubject(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  const rel = ctx.spans('complementizer').find((c) => c.end <= verb.start && ctx.wordsBetween(c.end, verb.start) <= 1);
  if (!rel || list.some((p) => p.start >= rel.end && p.end <= verb.start)) return undefined;
  const p = list.find((q) => q.start >= verb.end && ctx.wordsBetween(verb.end, q.start) <= 1);
  if (!p || governedBy(ctx, 'toPrep', p) || governedBy(ctx, 'fromPrep', p) || !ctx.sameClause(verb.end, p.start)) return undefined;
  return p.party;
}

/** Two parties, neither after a preposition, before a final verb in one clause: the first is the giver. */
function subjectAndDative(ctx: SentenceContext, verb: Span, list: PartySpan[]): Party | undefined {
  const bare = list.filter(
    (p) =>
      p.end <= verb.start &&
      ctx.wordsBetween(p.end, verb.start) <= 14 &&
      ctx.sameClause(p.end, verb.start) &&
      !governedBy(ctx, 'toPrep', p) &&
      !governedBy(ctx, 'fromPrep', p) &&
      !ctx.spans('placePrep').some((t) => t.end <= p.start && ctx.wordsBetween(t.end, p.start) === 0),
  );
  if (bare.length < 2) return undefined;
  const [a, b] = bare.slice(-2) as [PartySpan, PartySpan];
  // adjacent or nearly so: "Nordkorea Russland", "Russland hat seinem engen Verbündeten Nordkorea"
  return a.party !== b.party && ctx.wordsBetween(a.end, b.start) <= 5 ? a.party : undefined;
}

/** Is the sentence about a transfer at all (a supply or receive verb or noun, "in exchange")? */
export function hasTransfer(ctx: SentenceContext): boolean {
  return ctx.has('supply') || ctx.has('receive') || ctx.has('exchange');
}
