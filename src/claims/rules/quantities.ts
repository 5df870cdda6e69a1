// Quantity claims: troops deployed / additional, casualties, killed, wounded, captured, workers, munitions,
// missiles. A figure counts only North Koreans: its noun must be tied to a North Korean marker ("1.500 soldati
// nordcoreani", "Pyongyang ha inviato 10.000 soldati", "10,000 troops by Pyongyang") and not to another army
// ("Russian troops", "soldati russi"); "50mila soldati nella regione di Kursk, tra cui nordcoreani" counts Russians.
import type { ClaimKind } from '../model.js';
import type { SentenceContext } from '../context.js';
import { directionFor, hasTransfer } from '../direction.js';
import type { NumberMention } from '../numbers.js';
import type { Span } from '../../articles/term-patterns.js';
import { headAfter, isPartitive, type Head } from './figure-heads.js';
import type { Draft, Rule } from './types.js';

const MARKER_BEFORE = 25;
const MARKER_AFTER = 6;
/** Fewer soldiers than this are prisoners or an anecdote, never a deployment. */
const SMALL_GROUP = 20;

/** "40,000 soldiers, North Koreans among them": a North Korean marker that only names a part. */
function onlyAPart(ctx: SentenceContext, marker: Span): boolean {
  return ctx.spans('amongThem').some((a) =>
    a.end <= marker.start
      ? ctx.wordsBetween(a.end, marker.start) <= 2
      : // "North Koreans among them," closes the phrase; "nordcoreani, tra cui 500 ufficiali" opens a subset
        a.start >= marker.end && ctx.wordsBetween(marker.end, a.start) <= 1 && /^\s*(?:[,.;)]|$)/.test(ctx.text.slice(a.end)),
  );
}

/** Is the counted noun North Korean? */
function countsNorthKoreans(ctx: SentenceContext, m: NumberMention, head: Span): boolean {
  const foreign = ctx.spans('otherAdj').some(
    (s) =>
      (s.end <= head.start && ctx.wordsBetween(s.end, head.start) === 0) ||
      (s.start >= head.end && ctx.wordsBetween(head.end, s.start) <= 1 && ctx.sameClause(head.end, s.start) &&
        // "troops to Russia's Kursk region": a destination or a place is not the army's owner
        !ctx.afterPlacePreposition(s)),
  );
  const adjacentDprk = ctx.dprkMarkers().some(
    (s) =>
      (s.end <= head.start && s.start >= m.end) ||
      (s.start >= head.end && ctx.wordsBetween(head.end, s.start) <= 2 && !onlyAPart(ctx, s)) ||
      (s.start >= head.start && s.end <= head.end),
  );
  // "50,000 Russian and North Korean troops": a mixed count
  // (the other army's adjective stands with the noun: "im russischen Krieg eingesetzten nordkoreanischen Soldaten" is
  // not mixed)
  const mixed = ctx.spans('otherAdj').some((s) => s.start >= m.end && s.end <= head.start && ctx.wordsBetween(s.end, head.start) <= 3);
  if (mixed) return false;
  if (adjacentDprk) return true;
  if (foreign) return false;
  const near = ctx.dprkMarkers().some((s) =>
    s.end <= m.start
      ? ctx.wordsBetween(s.end, m.start) <= MARKER_BEFORE && ctx.sameClause(s.end, m.start)
      : s.start >= head.end && ctx.wordsBetween(head.end, s.start) <= MARKER_AFTER && ctx.sameClause(head.end, s.start) && !onlyAPart(ctx, s),
  );
  if (near) return true;
  return ctx.previousHasDprkPersonnel && ctx.spans('anaphora').some((a) => a.start <= head.start && a.end >= head.end - 1);
}

/** Does the sentence name a weapon whose maker is North Korea (a KN-23)? */
function dprkMadeItem(ctx: SentenceContext): boolean {
  return ctx.named('item:weapon_supplied', ctx.lex.items.weapon_supplied).some((s) => ctx.lex.itemOrigins.get(s.name) === 'dprk' || ctx.lex.itemOrigins.get(ctx.text.slice(s.start, s.end).toLowerCase()) === 'dprk');
}

/** A foreign army or country near the counted noun, outside a named source ("Según el JCS surcoreano, ..." is no army). */
function foreignNear(ctx: SentenceContext, m: NumberMention, head: Span): boolean {
  const actors = ctx.actorMentions();
  const inActor = (s: Span) => actors.some((a) => a.start <= s.start && a.end >= s.end);
  const destination = (s: Span) => ctx.rightAfter(['toPrep'], s);
  return [...ctx.spans('otherAdj'), ...ctx.otherCountries(), ...ctx.spans('russiaEntity'), ...ctx.spans('russiaAdj')].some((s) => {
    if (inActor(s) || destination(s)) return false;
    if (s.end <= m.start) return ctx.wordsBetween(s.end, m.start) <= 8 && ctx.sameClause(s.end, m.start);
    // "600.000 russische Soldaten": the army named between the figure and its noun
    if (s.start >= m.end && s.end <= head.start) return true;
    return s.start >= head.end && ctx.wordsBetween(head.end, s.start) <= 1;
  });
}

/**
 * "North Korea has sent 12,000 soldiers. ... A further 1,500 troops could follow", "-¿Cuántos norcoreanos hay? -Más de
 * 14.000 militares": after a sentence about North Korean personnel, a troop count with no marker of any army is theirs.
 */
function continuesTroops(ctx: SentenceContext, m: NumberMention, head: Span): boolean {
  if (!ctx.previousHasDprkPersonnel || ctx.dprkMarkers().length) return false;
  // the noun right after the figure ("1,500 troops", "14.000 militares"): "Group No. 84 of the ... Forces" is a name
  if (head.start < m.end || ctx.wordsBetween(m.end, head.start) > 1) return false;
  return !foreignNear(ctx, m, head);
}

/** North Koreans (the people, not soldiers) with what they come to do: work, rebuild, build. */
function labourers(ctx: SentenceContext, head: Span): boolean {
  if (!ctx.spans('dprkPeople').some((p) => p.start === head.start)) return false;
  const [, end] = ctx.clauseOf(head.end);
  return ctx.spans('labourPurpose').some((p) => p.start >= head.end && p.start < end && ctx.wordsBetween(head.end, p.start) <= 10);
}

type Predicate = 'killed' | 'wounded' | 'casualties' | 'captured';
const PREDICATES: Predicate[] = ['casualties', 'killed', 'wounded', 'captured'];

/** What happened to the counted people: the first casualty/capture term in [from, to). */
function predicateIn(ctx: SentenceContext, from: number, to: number): Predicate | undefined {
  let best: { p: Predicate; span: Span } | undefined;
  for (const p of PREDICATES)
    for (const s of ctx.within(p, from, to))
      if (!best || s.start < best.span.start) best = { p, span: s };
  if (!best) return undefined;
  // "killed and 1,000 wounded" is two figures, but "killed and wounded" together are casualties
  if (best.p === 'killed' || best.p === 'wounded') {
    const first = best.span;
    const other = best.p === 'killed' ? 'wounded' : 'killed';
    // ... unless a count of their own stands between: "600 uccisi e migliaia feriti"
    const together = (s: Span) => s.start >= first.end && ctx.wordsBetween(first.end, s.start) <= 2 && !ctx.within('vagueCount', first.end, s.start).length;
    if (ctx.within(other, from, to).some(together)) return 'casualties';
  }
  return best.p;
}

/** "a fresh contingent of at least 1,000 troops", "un nuovo contingente di 2.000 soldati": the batch noun before the figure. */
function batchOf(ctx: SentenceContext, m: NumberMention): boolean {
  const add = ctx.before('additional', m.start, 4);
  if (!add) return false;
  let between = ctx.text.slice(add.end, m.start).toLowerCase();
  // "tercer plan de despliegue de 6000 soldados": the batch's troops or deployment noun may stand between
  for (const t of [...ctx.within('troops', add.end, m.start), ...ctx.within('deployment', add.end, m.start)])
    between = between.replace(ctx.text.slice(t.start, t.end).toLowerCase(), ' ');
  for (const { re } of ctx.lex.numbers.qualifierBefore) between = between.replace(re, ' ');
  const words = between.split(/[\s,]+/).filter(Boolean);
  return words.length <= 2 && words.every((w) => ctx.lex.numbers.of.has(w) || /^d['’]?$/.test(w));
}

/** Is [from, to) only where it happened ("habría perdido en Kursk 300 soldados"): a place preposition and a place? */
function onlyAPlace(ctx: SentenceContext, from: number, to: number): boolean {
  const prep = ctx.spans('placePrep').find((p) => p.start >= from && ctx.wordsBetween(from, p.start) === 0);
  if (!prep) return false;
  const place = ctx.named('places', ctx.lex.places).find((p) => p.start >= prep.end && ctx.wordsBetween(prep.end, p.start) === 0);
  return place !== undefined && ctx.wordsBetween(place.end, to) === 0 && /^[\s,]*$/.test(ctx.text.slice(place.end, to));
}

function troopKind(ctx: SentenceContext, m: NumberMention, head: Head, from: number, to: number): ClaimKind {
  const [, clauseEnd] = ctx.clauseOf(Math.max(from, m.end));
  const end = Math.min(to, clauseEnd);
  // a transitive verb right before the figure: "captured two", "killed three", "wounded 47 others"
  for (const p of ['captured', 'killed', 'wounded'] as const) {
    const v = ctx.before(p, m.start, 4);
    if (!v) continue;
    // "captured two", "la captura de dos", "è costata la vita ad almeno 300", "herido a otros 47": only a
    // preposition, a hedge or "others" between
    let between = ctx.text.slice(v.end, m.start).toLowerCase();
    for (const { re } of ctx.lex.numbers.qualifierBefore) between = between.replace(re, '');
    for (const o of ctx.within('others', v.end, m.start)) between = between.replace(ctx.text.slice(o.start, o.end).toLowerCase(), '');
    between = between.trim();
    if (between === '' || ctx.lex.numbers.of.has(between) || onlyAPlace(ctx, v.end, m.start)) return `troops_${p}`;
  }
  const pred =
    head.category === 'killed' || head.category === 'wounded' || head.category === 'casualties' || head.category === 'captured'
      ? head.category
      : predicateIn(ctx, from, end);
  if (pred) return pred === 'casualties' ? 'troops_casualties' : (`troops_${pred}` as ClaimKind);
  // "les pertes nord-coréennes s'élèvent à 4 000 hommes": the losses are the subject, the figure counts them ("to
  // replace its losses, North Korea sent 3,000 troops" has a verb between)
  const losses = ctx.before('casualtyNouns', m.start, 8);
  const verbAfter = (v: Span) => losses !== undefined && v.start >= losses.end && v.end <= m.start;
  if (losses && !ctx.spans('supply').some(verbAfter) && !ctx.spans('deployment').some(verbAfter)) return 'troops_casualties';
  // a batch marker on the figure itself outweighs a total further back ("15mila in tutto, compresi i tremila di
  // rinforzo"): "a further 1,500", "3.000 di rinforzo"
  const marked = ctx.before('additional', m.start, 0) !== undefined || ctx.after('additional', m.end, 0) !== undefined || batchOf(ctx, m);
  if (marked) return 'troops_additional';
  if (ctx.before('total', m.start, 6)) return 'troops_deployed';
  const additional =
    (head.span.start >= m.end && ctx.within('additional', m.end, head.span.start).length > 0) ||
    // "30 000 soldats supplémentaires", "3.000 soldati in più"
    (head.span.start >= m.end && ctx.after('additional', head.span.end, 1) !== undefined);
  // "invia 3.000 soldati, portando il totale a 11.000": the first figure is the new batch
  const totalLater = ctx.spans('total').some((t) => t.start > m.end);
  return additional || totalLater ? 'troops_additional' : 'troops_deployed';
}

interface Reading {
  head: Head;
  /** Where to look for what happened to them. */
  from: number;
  to: number;
  /** The noun was borrowed from an earlier, already North Korean count. */
  borrowed: boolean;
}

/** The figure closes its clause: no noun of its own follows ("... restano tra 11.000 e 13.000.", "about 11,000, ..."). */
function closesClause(ctx: SentenceContext, m: NumberMention): boolean {
  return /^\s*(?:[.,;:!?)»"”]|[-–—]\s|$)/.test(ctx.text.slice(m.end, m.end + 3));
}

/** A North Korean troops noun before the figure in its clause: the figure's subject or the count cue's owner. */
function subjectTroops(ctx: SentenceContext, m: NumberMention, words: number): Span | undefined {
  const troops = [...ctx.spans('troops'), ...ctx.spans('dprkPeople')]
    .filter((t) => t.end <= m.start && ctx.wordsBetween(t.end, m.start) <= words && ctx.sameClause(t.end, m.start))
    .sort((a, b) => b.start - a.start)[0];
  if (!troops) return undefined;
  if (ctx.spans('dprkPeople').some((p) => p.start === troops.start)) return troops;
  return dprkBeside(ctx, troops) ? troops : undefined;
}

/** After a sentence about North Korean personnel, a sentence that names no other army or country still speaks of them. */
function stillNorthKoreans(ctx: SentenceContext): boolean {
  return ctx.previousHasDprkPersonnel && !ctx.foreignAdjectives().length && !ctx.otherCountries().length && !ctx.has('russiaEntity');
}

/**
 * "I soldati nordcoreani sono in Russia. ... i soldati morti e feriti erano 4mila": after a sentence about North Korean
 * personnel, the soldiers a sentence speaks of without naming any army or country are still theirs.
 */
function carriedSubject(ctx: SentenceContext, m: NumberMention, words: number): Span | undefined {
  if (ctx.dprkMarkers().length || !stillNorthKoreans(ctx)) return undefined;
  return ctx.spans('troops').filter((t) => t.end <= m.start && ctx.wordsBetween(t.end, m.start) <= words && ctx.sameClause(t.end, m.start)).at(-1);
}

/** A North Korean marker right beside a noun, at most one word away ("nordkoreanische Soldaten", "perdite nordcoreane"). */
function dprkBeside(ctx: SentenceContext, noun: Span): boolean {
  return ctx
    .dprkMarkers()
    .some((d) => (d.end <= noun.start ? ctx.wordsBetween(d.end, noun.start) <= 1 : d.start >= noun.end && ctx.wordsBetween(noun.end, d.start) <= 1));
}

/** How far after its noun a fate ("morti e feriti") may stand, in characters (an adjective or two in between). */
const FATE_REACH = 40;

/** Killed and wounded together, or one of them alone, written in [from, to): the head of a count of them. */
function fateBetween(ctx: SentenceContext, from: number, to: number): Head | undefined {
  const inside = (s: Span) => s.start >= from && s.end <= to;
  const both = ctx.spans('casualties').find(inside);
  if (both) return { category: 'casualties', span: both };
  const killed = ctx.spans('killed').find(inside);
  const wounded = ctx.spans('wounded').find(inside);
  if (killed && wounded) return { category: 'casualties', span: killed };
  if (killed) return { category: 'killed', span: killed };
  if (wounded) return { category: 'wounded', span: wounded };
  return undefined;
}

function elliptic(ctx: SentenceContext, m: NumberMention, earlier: Head | undefined, to: number): Reading | undefined {
  // "bringing the total to 11,000", "portando il totale delle truppe inviate a circa 11.000"
  if (earlier && ctx.before('total', m.start, 6)) return { head: earlier, from: m.end, to, borrowed: true };
  // "North Korean casualties have risen to about 4,000", "le perdite nordcoreane ammontano a 4.700": the losses of a
  // North Korean noun, with the figure closing the clause
  const ownLosses = ctx.before('casualtyNouns', m.start, 8);
  if (ownLosses && closesClause(ctx, m) && dprkBeside(ctx, ownLosses))
    return { head: { category: 'casualties', span: ownLosses }, from: m.end, to, borrowed: true };
  // "the number of North Korean soldiers killed ... at around 3,000"; "le perdite delle truppe nordcoreane sono stimate
  // in circa 4.700": the noun and what happened to them come before the figure
  const losses = ctx.before('casualtyNouns', m.start, 15);
  const cue = losses ?? ctx.before('countCue', m.start, 15);
  if (cue) {
    const troops = ctx.within('troops', cue.end, m.start)[0] ?? ctx.within('dprkPeople', cue.end, m.start)[0];
    const dprk = troops && ctx.dprkMarkers().some((s) => s.start >= cue.end && s.end <= m.start);
    if (troops && dprk) {
      // "die Zahl der getöteten und verwundeten nordkoreanischen Soldaten": what happened to them, between cue and figure
      const fate = losses ? undefined : fateBetween(ctx, cue.end, m.start);
      const head: Head = losses ? { category: 'casualties', span: losses } : (fate ?? { category: 'troops', span: troops });
      return { head, from: troops.end, to: m.start, borrowed: true };
    }
  }
  // "North Korean troops in Russia now number about 11,000", "i militari nordcoreani in Russia restano tra 11.000 e
  // 13.000", "nordkoreanischer Soldaten, deren Zahl das Pentagon auf etwa 11.000 beziffert"
  if (closesClause(ctx, m)) {
    const subject = subjectTroops(ctx, m, 12) ?? carriedSubject(ctx, m, 12);
    if (subject && !ctx.spans('otherAdj').some((o) => o.start > subject.end && o.end <= m.start)) {
      // "i soldati nordcoreani morti e feriti sono 4mila": the subject's fate, right after it, is what is counted
      const fate = fateBetween(ctx, subject.end, Math.min(m.start, subject.end + FATE_REACH));
      return { head: fate ?? { category: 'troops', span: subject }, from: m.end, to, borrowed: true };
    }
  }
  return undefined;
}

function readFigure(ctx: SentenceContext, nums: NumberMention[], i: number, lastTroops: Head | undefined): Reading | undefined {
  const m = nums[i]!;
  const next = nums[i + 1];
  const end = ctx.text.length;
  if (isPartitive(ctx, m, next)) {
    // the part takes the whole's noun and what is said after it
    const whole = headAfter(ctx, next!, nums[i + 2]?.start ?? end);
    if (whole) return { head: whole, from: whole.span.start, to: nums[i + 2]?.start ?? end, borrowed: false };
  }
  const to = next?.start ?? end;
  const head = headAfter(ctx, m, to);
  // "three civilians were killed": the figure counts the people named before the verb
  if (head && head.category !== 'troops' && ctx.within('nonTroops', m.end, head.span.start).length) return undefined;
  if (head && (head.category === 'others' || (lastTroops && ['killed', 'wounded', 'captured'].includes(head.category)))) {
    // "47 injured", "1,000 others injured": the noun of an earlier figure; "2.700 von ihnen": of the last sentence's
    if (lastTroops) return { head: lastTroops, from: head.span.start, to, borrowed: true };
    if (head.category === 'others' && ctx.previousHasDprkPersonnel)
      return { head: { category: 'troops', span: head.span }, from: head.span.start, to, borrowed: true };
    return undefined;
  }
  if (head) return { head, from: head.span.start, to, borrowed: false };
  return elliptic(ctx, m, lastTroops, to);
}

/**
 * "Eine Million Granaten hat Russland erhalten", "près d'un million d'obus ont été livrés" after a sentence about North
 * Korea: munitions Russia received, or delivered with no party named, where no other country is in sight, are the
 * shipments the topic follows (their giver left unwritten).
 */
function receivedByRussia(ctx: SentenceContext, unit: Span, ownedByOther: boolean): boolean {
  if (ownedByOther || ctx.otherCountries().length || ctx.spans('otherAdj').length) return false;
  if (!ctx.has('russiaEntity')) return (ctx.previous?.dprkMarkers().length ?? 0) > 0 && !ctx.has('russiaAdj');
  // Russia receives, or is where the munitions were sent ("se han enviado ... a Rusia")
  const destination = ctx.spans('russiaEntity').some((r) => ctx.rightAfter(['toPrep'], r));
  return directionFor(ctx, unit, 'munitions_supplied') === 'dprk_to_russia' && (ctx.has('receive') || destination);
}

/** Missiles fired fewer than this are one strike's, not a total that bounds what was supplied. */
const ONE_STRIKE = 50;

/** Words that may stand between a bare figure and its deployment verb ("13,000 have already been deployed"). */
const BARE_FIGURE_VERB = 3;

/**
 * A figure with nothing counted after it, followed by a deployment verb in its clause, while the thread is North
 * Korean soldiers (this sentence or the one before): "13,000 have been deployed", "13.000 sono già stati schierati".
 */
function deployedBareFigure(ctx: SentenceContext, m: NumberMention, next: number): boolean {
  if (m.value < SMALL_GROUP || headAfter(ctx, m, next) !== undefined) return false;
  if (!ctx.previousHasDprkPersonnel && !ctx.hasDprkPersonnel) return false;
  return ctx.spans('deployedVerb').some((v) => v.start >= m.end && v.start < next && ctx.wordsBetween(m.end, v.start) <= BARE_FIGURE_VERB && ctx.sameClause(m.end, v.start));
}

export const quantityRule: Rule = (ctx) => {
  const nums = ctx.numbers;
  if (!nums.length) return [];
  const out: Draft[] = [];
  let lastTroops: Head | undefined;
  let lastUnit: Draft | undefined;
  for (let i = 0; i < nums.length; i++) {
    const m = nums[i]!;
    const r = readFigure(ctx, nums, i, lastTroops);
    if (!r) {
      // "Le gouvernement sud-coréen estime ce chiffre à environ 1 100": the previous sentence's count, another estimate
      const cue = ctx.before('countCue', m.start, 6);
      if (cue && ctx.previousTroopKind && closesClause(ctx, m) && !ctx.within('troops', cue.end, m.start).length && !ctx.foreignAdjectives().some((o) => o.start >= cue.end && o.end <= m.start)) {
        out.push({ kind: ctx.previousTroopKind, value: m.value, min: m.min, max: m.max, qualifier: m.qualifier, anchor: m.start });
        continue;
      }
      // "South Korea says 13,000 have been deployed": a bare figure as the subject of a deployment verb, after a
      // sentence about North Korean soldiers
      if (deployedBareFigure(ctx, m, nums[i + 1]?.start ?? ctx.text.length)) {
        out.push({ kind: 'troops_deployed', value: m.value, min: m.min, max: m.max, qualifier: m.qualifier, anchor: m.start });
        continue;
      }
      // "1,2 million d'obus ..., portant le total à plus de 9 millions": the running total of the same munitions
      if (lastUnit && ctx.before('total', m.start, 6) && headAfter(ctx, m, nums[i + 1]?.start ?? ctx.text.length) === undefined)
        out.push({ ...lastUnit, value: m.value, min: m.min, max: m.max, qualifier: m.qualifier, anchor: m.start });
      continue;
    }
    const { head } = r;
    const base = { value: m.value, min: m.min, max: m.max, qualifier: m.qualifier, anchor: m.start };
    switch (head.category) {
      case 'troops':
      case 'killed':
      case 'wounded':
      case 'casualties':
      case 'captured': {
        // "Etwa 600 wurden getötet" after a sentence about North Korean soldiers, with no other army in sight
        const continues =
          head.category !== 'troops'
            ? stillNorthKoreans(ctx)
            : continuesTroops(ctx, m, head.span);
        const tied = r.borrowed || continues || countsNorthKoreans(ctx, m, head.span);
        if (!tied) break;
        // "circa 15mila nordcoreani siano entrati in Russia per lavorare", "5,000 North Koreans to help rebuild Kursk"
        if (head.category === 'troops' && labourers(ctx, head.span)) {
          out.push({ kind: 'workers_sent', ...base });
          break;
        }
        let kind = troopKind(ctx, m, head, r.from, r.to);
        // a handful of soldiers is no deployment: "these two North Korean soldiers" after a capture are prisoners,
        // "three personnel went missing" is an anecdote
        if ((kind === 'troops_deployed' || kind === 'troops_additional') && m.value < SMALL_GROUP && m.max === undefined) {
          if (ctx.has('captured') || ctx.previous?.has('captured')) kind = 'troops_captured';
          else break;
        }
        // "13.000 soldati, tra cui 400 ufficiali": a part of a count is no deployment of its own
        if (kind === 'troops_deployed' && ctx.before('amongThem', m.start, 1)) break;
        out.push({ kind, ...base });
        lastTroops = head.category === 'troops' ? head : { category: 'troops', span: head.span };
        break;
      }
      case 'workers':
        if (countsNorthKoreans(ctx, m, head.span)) out.push({ kind: 'workers_sent', ...base });
        break;
      case 'unit': {
        // "They may contain up to 4.8 million artillery shells", "Los contenedores podrían contener unos 3 millones de
        // cartuchos": the shipment of the previous sentence, in its direction
        const ownedByOther = [...ctx.spans('russiaAdj'), ...ctx.spans('otherAdj')].some(
          (o) => o.end <= head.span.start && o.start >= m.end && ctx.wordsBetween(o.end, head.span.start) === 0,
        );
        if (!ctx.dprkMarkers().length && ctx.previousSupply && !ownedByOther) {
          out.push({ kind: 'munitions_supplied', ...base, unit: head.unit, direction: ctx.previousSupply });
          break;
        }
        if (!hasTransfer(ctx)) break;
        if (!ctx.dprkMarkers().length && !receivedByRussia(ctx, head.span, ownedByOther)) break;
        const unitStatus = ctx.lex.pack.shared.units[head.unit ?? '']?.status;
        lastUnit = { kind: 'munitions_supplied', ...base, unit: head.unit, direction: directionFor(ctx, head.span, 'munitions_supplied'), ...(unitStatus ? { unitStatus } : {}) };
        out.push(lastUnit);
        break;
      }
      case 'missiles': {
        // "about 150 ballistic missiles, KN-23 and KN-24, sent to Russia", "etwa 250 ballistische Raketen vom Typ
        // KN-23": North Korean missiles (a marker or a North Korean-made system) with a transfer or a named system
        const dprkSystem = dprkMadeItem(ctx);
        const made = ctx.dprkMarkers().length > 0 || dprkSystem;
        const russiaGets = hasTransfer(ctx) && (ctx.has('russiaEntity') || ctx.previousSupply !== undefined);
        if (!made && !russiaGets) break;
        if (!hasTransfer(ctx) && !dprkSystem) break;
        // "se utilizaron siete misiles balísticos", "11 missiles launched overnight": what one strike fired is no
        // count of what was supplied (a war's total fired, "about 200 KN-23 fired at Ukraine", is its lower bound)
        if (m.value < ONE_STRIKE && !hasTransfer(ctx) && ctx.spans('fired').some((f) => ctx.sameClause(Math.min(f.end, m.end), Math.max(f.start, m.start)))) break;
        out.push({ kind: 'missiles_supplied', ...base, direction: dprkSystem ? 'dprk_to_russia' : directionFor(ctx, head.span, 'missiles_supplied') });
        break;
      }
      default:
        break;
    }
  }
  // The whole of a partitive ("dei circa 12mila soldati ... uccisi") is the total deployed, not a casualty count.
  for (let i = 1; i < nums.length; i++) {
    if (!isPartitive(ctx, nums[i - 1]!, nums[i]!)) continue;
    const d = out.find((x) => x.anchor === nums[i]!.start);
    if (d && d.kind.startsWith('troops_')) d.kind = 'troops_deployed';
  }
  return out.filter((d) => d.value !== 0);
};
