// Item claims: weapons, technology and resources changing hands between the two countries. An item counts when the
// sentence speaks of a transfer (a supply or receive verb or noun) and names one of the parties, or when the
// item's maker is fixed (a KN-23 is North Korean) or written next to it ("tecnologia russa").
import { opposite, type ItemKind } from '../model.js';
import type { NamedSpan, SentenceContext } from '../context.js';
import { directionFor, directionReading, hasTransfer, originOf } from '../direction.js';
import type { Span } from '../../articles/term-patterns.js';
import type { Draft, Rule } from './types.js';

const KINDS: ItemKind[] = ['weapon_supplied', 'technology_transfer', 'resources_supplied'];

const TRANSFER_WINDOW = 20;

/** A supply/receive verb or "in exchange" in the item's clause, not too far: "Russia fired drones, while Pyongyang sent shells". */
function transferNear(ctx: SentenceContext, item: Span): boolean {
  return (['supply', 'receive', 'exchange'] as const).some((k) =>
    ctx.spans(k).some((v) =>
      ctx.sameClause(v.start, item.start) &&
      (v.end <= item.start ? ctx.wordsBetween(v.end, item.start) : ctx.wordsBetween(item.end, v.start)) <= TRANSFER_WINDOW,
    ),
  );
}

const LIST_GAP = 3;

/**
 * Starts of the items in a list that opens a verbless sentence, as in an answer ("Money, oil and food.",
 * "« Du pétrole, des devises et une légitimité. »", "-Dinero, alimentos y, sobre todo, tecnología militar.").
 */
function openingList(ctx: SentenceContext): Set<number> {
  const out = new Set<number>();
  if (hasTransfer(ctx)) return out;
  const all = KINDS.flatMap((k) => ctx.named(`item:${k}`, ctx.lex.items[k as 'weapon_supplied'])).sort((a, b) => a.start - b.start);
  let end = -1;
  for (const s of all) {
    const ok = end < 0 ? ctx.wordIndex(s.start) <= 2 : ctx.wordsBetween(end, s.start) <= LIST_GAP;
    if (!ok) break;
    out.add(s.start);
    end = s.end;
  }
  return out;
}

const TECH_SCOPE = 14;

/**
 * What a technology is for, after a technology cue in the same clause: "technology transfers relating to tactical
 * nuclear weapons, ... reconnaissance satellites and nuclear submarines", "asistencia técnica en materia de satélites
 * espía, aviones no tripulados". A verb between the cue and the item starts another predicate ("technology, while
 * Pyongyang sends missiles"). Returns each item with the cue that opened it.
 */
function cuedTechnology(ctx: SentenceContext): { item: NamedSpan; cue: Span }[] {
  const cues = ctx.spans('techCue');
  if (!cues.length) return [];
  const verbs = [...ctx.spans('supply'), ...ctx.spans('receive')];
  const out: { item: NamedSpan; cue: Span }[] = [];
  const weapons = ctx.named('item:weapon_supplied', ctx.lex.items.weapon_supplied);
  for (const item of ctx.named('item:cued_technology', ctx.lex.items.cued_technology)) {
    // "misiles antiaéreos" is an air defence system, not what a missile technology is for
    if (weapons.some((w) => w.start <= item.start && w.end >= item.end && w.end - w.start > item.end - item.start)) continue;
    const cue = [...cues]
      .reverse()
      .find(
        (c) =>
          c.end <= item.start &&
          ctx.wordsBetween(c.end, item.start) <= TECH_SCOPE &&
          ctx.sameClause(c.end, item.start) &&
          !verbs.some((v) => v.start >= c.end && v.end <= item.start && ctx.wordsBetween(c.end, v.start) > 0),
      );
    if (cue) out.push({ item, cue });
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Does a sentence name both North Korea and Russia? */
function prevNamesBoth(prev: SentenceContext): boolean {
  return prev.dprkMarkers().length > 0 && (prev.has('russiaEntity') || prev.has('russiaAdj'));
}

/**
 * "satellite imagery", "imágenes de satélites", "Satellitenbilder": pictures taken by an item are evidence, not the
 * item changing hands.
 */
function imaged(ctx: SentenceContext, item: Span): boolean {
  return ctx.spans('imagery').some(
    (m) =>
      overlaps(m, item) ||
      (m.start >= item.end && ctx.wordsBetween(item.end, m.start) === 0) ||
      (m.end <= item.start && ctx.wordsBetween(m.end, item.start) <= 1 && (ctx.text.slice(m.end, item.start).trim() === '' || ctx.lex.numbers.of.has(ctx.text.slice(m.end, item.start).trim().toLowerCase()))),
  );
}

const COMPANION_GAP = 3;
const GENERIC_TECHNOLOGY = 'military technology';
const GENERIC_NEAR = 3;

/**
 * "Moscow has been sharing technology on nuclear issues with Tehran": a transfer to, from or with a third country,
 * in a clause that names no North Korean party, is not the cooperation the topic follows.
 */
function thirdPartyTransfer(ctx: SentenceContext, item: Span): boolean {
  const [start, end] = ctx.clauseOf(item.start);
  const inClause = (s: Span) => s.start >= start && s.end <= end;
  if (ctx.dprkMarkers().some(inClause)) return false;
  return ctx.spans('thirdCountry').some((t) => inClause(t) && ctx.rightAfter(['toPrep', 'fromPrep', 'comitative'], t));
}

/**
 * "Russia had struck Ukraine with North Korean ballistic missiles", "le forze russe hanno lanciato missili nordcoreani":
 * Russia, then a verb of firing, then the weapon, in one clause. A North Korean weapon in Russian hands was supplied.
 */
function firedByRussia(ctx: SentenceContext, item: Span): boolean {
  const fired = ctx.spans('fired').find((f) => f.end <= item.start && ctx.sameClause(f.end, item.start));
  if (!fired) return false;
  return [...ctx.spans('russiaEntity'), ...ctx.spans('russiaAdj')].some((r) => r.end <= fired.start && ctx.sameClause(r.end, fired.start) && ctx.wordsBetween(r.end, fired.start) <= 4);
}

export const itemRule: Rule = (ctx: SentenceContext) => {
  const out: Draft[] = [];
  const transfer = hasTransfer(ctx);
  const parties = ctx.has('dprkEntity') || ctx.has('russiaEntity') || ctx.has('dprkAdj') || ctx.has('russiaAdj');
  // the previous sentence of the paragraph spoke of a transfer: "They have also sent ...", "Dazu kommen ...", or a
  // question answered with a list ("What does Kim get? Money, oil and food.")
  const prev = ctx.previous;
  const prevAsks =
    prev !== undefined &&
    (hasTransfer(prev) || (/\?\s*$/.test(prev.text) && (prev.has('dprkEntity') || prev.has('russiaEntity') || prev.named('persons', prev.lex.persons).length > 0)));
  let list: Set<number> | undefined;
  // a North Korean-made system fixes the flow of what is listed with it ("sent Koksan guns and rocket launchers"):
  // a chain of weapons a few words apart, in one clause, around a system of fixed origin
  const chained = new Map<number, 'dprk' | 'russia'>();
  {
    const all = ctx.named('item:weapon_supplied', ctx.lex.items.weapon_supplied);
    const origin = all.map((sp) => ctx.lex.itemOrigins.get(sp.name) ?? ctx.lex.itemOrigins.get(ctx.text.slice(sp.start, sp.end).toLowerCase()));
    const linked = (i: number) => ctx.wordsBetween(all[i]!.end, all[i + 1]!.start) <= COMPANION_GAP && ctx.sameClause(all[i]!.end, all[i + 1]!.start);
    for (let i = 0; i < all.length; i++) {
      const o = origin[i];
      if (!o) continue;
      for (let j = i; j + 1 < all.length && linked(j); j++) if (!chained.has(all[j + 1]!.start)) chained.set(all[j + 1]!.start, o);
      for (let j = i - 1; j >= 0 && linked(j); j--) if (!chained.has(all[j]!.start)) chained.set(all[j]!.start, o);
    }
  }
  const companion = (span: Span) => chained.get(span.start);
  const cued = transfer && parties ? cuedTechnology(ctx) : [];
  for (const { item, cue } of cued) {
    if (out.some((d) => d.value === item.name)) continue;
    // the direction is the technology's ("Russian technology transfers relating to North Korean missiles"), not its
    // target's; so is the modality ("will likely request technology transfers relating to ... satellites"): the cue
    // is what the claim hangs on
    out.push({ kind: 'technology_transfer', value: item.name, direction: directionFor(ctx, cue, 'technology_transfer'), anchor: cue.start });
  }
  for (const kind of KINDS) {
    const named = ctx.lex.items[kind as 'weapon_supplied'];
    const spans = ctx.named(`item:${kind}`, named);
    for (const span of spans) {
      const surface = ctx.text.slice(span.start, span.end).toLowerCase();
      const fixed = ctx.lex.itemOrigins.get(span.name) ?? ctx.lex.itemOrigins.get(surface);
      if (out.some((d) => d.kind === kind && d.value === span.name)) continue;
      if (imaged(ctx, span)) continue;
      if (thirdPartyTransfer(ctx, span)) continue;
      // "ballistic missile technology" is technology, named by the technology lexicon, not a missile
      if (kind === 'weapon_supplied' && ctx.spans('techCue').some((c) => c.start >= span.end && ctx.wordsBetween(span.end, c.start) === 0)) continue;
      // the item is what a technology is for ("help with drones"), or the cue itself when it opens a list of them
      if (cued.some((c) => overlaps(c.item, span) || (kind === 'technology_transfer' && span.name === GENERIC_TECHNOLOGY && overlaps(c.cue, span)))) continue;
      if (fixed) {
        out.push({ kind, value: span.name, direction: fixed === 'dprk' ? 'dprk_to_russia' : 'russia_to_dprk', anchor: span.start });
        continue;
      }
      // "satellite know-how", "tecnologia per i sottomarini": the specific technology names what is transferred
      if (kind === 'technology_transfer' && span.name === GENERIC_TECHNOLOGY) {
        const specific = spans.some(
          (o) => o.name !== GENERIC_TECHNOLOGY && (o.end <= span.start ? ctx.wordsBetween(o.end, span.start) : ctx.wordsBetween(span.end, o.start)) <= GENERIC_NEAR,
        );
        if (specific) continue;
      }
      const maker = originOf(ctx, span);
      // a maker's adjective alone is enough for technology ("tecnologia russa"); a weapon also needs a transfer
      // ("40 per cent of Russian shells come from there" are Russia's own), or to be North Korean and fired by Russia
      // ... North Korea's own technology ("das nordkoreanische Atomwaffenprogramm") needs a transfer too
      const made =
        maker !== undefined &&
        (kind === 'weapon_supplied' ? transfer || (maker === 'dprk' && firedByRussia(ctx, span)) : maker === 'russia' || transfer);
      if ((transfer && parties && transferNear(ctx, span)) || made) {
        const { direction, guessed } = directionReading(ctx, span, kind);
        out.push({ kind, value: span.name, direction, anchor: span.start, ...(guessed ? { guessedDirection: true } : {}) });
        continue;
      }
      const partner = kind === 'weapon_supplied' ? companion(span) : undefined;
      if (partner) {
        out.push({ kind, value: span.name, direction: partner === 'dprk' ? 'dprk_to_russia' : 'russia_to_dprk', anchor: span.start });
        continue;
      }
      if (parties || !prev) continue;
      // continuing the previous sentence's transfer: its direction
      if (ctx.previousSupply && kind === 'weapon_supplied' && (transfer || ctx.wordIndex(span.start) <= 6)) {
        // "... ha suministrado a Moscú 10 millones de proyectiles. A cambio, ha recibido sistemas de misiles
        // antiaéreos": what comes in return goes the other way
        const inReturn = ctx.spans('exchange').some((e) => ctx.wordIndex(e.start) <= 1 && e.end <= span.start);
        const direction = inReturn ? opposite(ctx.previousSupply) : ctx.previousSupply;
        out.push({ kind, value: span.name, direction, anchor: span.start });
        continue;
      }
      // "A questo si aggiungono le forniture di proiettili di artiglieria": a transfer whose parties the previous
      // sentence of the paragraph names, both of them, goes the usual way for its kind
      if (transfer && transferNear(ctx, span) && prevNamesBoth(prev)) {
        out.push({ kind, value: span.name, direction: directionFor(ctx, span, kind), anchor: span.start });
        continue;
      }
      if (prevAsks && (list ??= openingList(ctx)).has(span.start))
        out.push({ kind, value: span.name, direction: directionFor(prev, { start: prev.text.length, end: prev.text.length, entry: 0 }, kind), anchor: span.start });
    }
  }
  return withoutGenericTechnology(out);
}

/**
 * "Technologies for the spy satellite programme", "componenti e tecnologie ... per un nuovo satellite": a sentence that
 * says which technology flows one way does not also transfer technology in general that way.
 */
function withoutGenericTechnology(out: Draft[]): Draft[] {
  const specific = new Set(out.filter((d) => d.kind === 'technology_transfer' && d.value !== GENERIC_TECHNOLOGY).map((d) => d.direction));
  if (!specific.size) return out;
  return out.filter((d) => !(d.kind === 'technology_transfer' && d.value === GENERIC_TECHNOLOGY && specific.has(d.direction)));
};
