// The claim extractor: sentence by sentence, small named rules propose claims (rules/), then the sentence's
// attribution, modality and dates complete them (attribution.ts, modality.ts, dates.ts). Pure and deterministic.
import { splitSentences } from '../articles/sentences.js';
import type { TopicPack } from '../config/topic-pack.js';
import { attributions, introducedPeople, isAttributionOnly, sourceAt, speaks, type Attribution } from './attribution.js';
import { ArticleIndex, SentenceContext } from './context.js';
import { lexiconFor } from './lexicon.js';
import { claimSlot, opposite, type Claim, type ClaimKind, type Direction } from './model.js';
import { statusFor } from './modality.js';
import { itemRule } from './rules/items.js';
import { locationRule } from './rules/locations.js';
import { positionRule } from './rules/positions.js';
import { quantityRule } from './rules/quantities.js';
import { treatyRule } from './rules/treaty.js';
import type { Draft, Rule } from './rules/types.js';
import { visitRule } from './rules/visits.js';

/** Bump whenever rules or lexicon semantics change: cached baseline claims are keyed by it (and the pack hash). */
export const EXTRACTOR_VERSION = '1.45.0';

export interface ExtractInput {
  title: string;
  text: string;
  language: string;
  /** YYYY-MM-DD */
  published: string;
}

export const RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'quantities', rule: quantityRule },
  { name: 'items', rule: itemRule },
  { name: 'locations', rule: locationRule },
  { name: 'treaty', rule: treatyRule },
  { name: 'visits', rule: visitRule },
  { name: 'positions', rule: positionRule },
];

const SUPPLY_KINDS: ReadonlySet<ClaimKind> = new Set(['weapon_supplied', 'munitions_supplied', 'missiles_supplied']);

/** How many sentences a named source keeps speaking for unattributed claims after it. */
const RUNNING_SOURCE = 5;
/** How many sentences after an unattributed lead the article may name its source ("... 3,000. This is the figure given
 * by Zelensky, who ..."). */
const LEAD_SOURCE = 3;

interface Ranked {
  claim: Claim;
  /** Higher is better supported: an explicit source, then a date for events. */
  rank: number;
  order: number;
  /** The direction is the kind's default, not read from the sentence. */
  guessed: boolean;
}

export function extractClaims(article: ExtractInput, pack: TopicPack): Claim[] {
  const lex = lexiconFor(pack, article.language);
  const sentences = splitSentences(article.text, lex.language, lex.abbreviations);
  const index = new ArticleIndex(article.text, lex.group);
  const found: Ranked[] = [];
  let carried: { source: string; paragraph: number } | undefined;
  let lastSource: string | undefined;
  let lastSourceAt = -Infinity;
  const people = new Map<string, string>();
  const roleActors = new Map<string, string>();
  // "KCNA ha dichiarato:" — the quotation that follows is the speaker's own statement
  let announced: string | undefined;
  let previousPersonnel = false;
  let order = 0;
  let nextCtx: SentenceContext | undefined;
  let prevCtx: SentenceContext | undefined;
  // an interview: the answers are the interviewee's, named in the lead ("In an interview, Ukraine's intelligence chief
  // ...", "Un alto cargo del GUR respondió a las preguntas ...")
  const interview = isInterview(article.text);
  let interviewee: string | undefined;
  let prevSupply: Direction | undefined;
  let prevTroopKind: ClaimKind | undefined;
  // claims of the lead made before any source was named, waiting for the sentences that name it: index in found
  let lead: { at: number; found: number }[] = [];
  const nextHedges = (i: number): boolean => {
    const next = sentences[i + 1];
    if (!next || next.paragraph !== sentences[i]!.paragraph) return false;
    // ... unless the hedge is about a figure of its own ("The containers could hold around 3 million shells": the
    // containers were shipped, the shells are presumed)
    const ctx = new SentenceContext(next, lex, article.published, false, index);
    return ctx.has('possible') && ctx.numbers.length === 0;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const ctx: SentenceContext = nextCtx && nextCtx.sentence === s ? nextCtx : new SentenceContext(s, lex, article.published, previousPersonnel, index);
    nextCtx = undefined;
    const prev = i > 0 ? sentences[i - 1]! : undefined;
    ctx.previousTroopKind = prevTroopKind;
    if (prev && prev.paragraph === s.paragraph && prevCtx) {
      ctx.previous = prevCtx;
      ctx.previousSupply = prevSupply;
    }
    ctx.personActors = people;
    ctx.roleActors = roleActors;
    if (carried && carried.paragraph === s.paragraph) ctx.carriedSource = carried.source;
    // "According to him, ...", "a-t-il ajouté": the last source named, even in an earlier paragraph
    else if (lastSource && ctx.has('sourcePronoun')) {
      carried = { source: lastSource, paragraph: s.paragraph };
      ctx.carriedSource = lastSource;
    }
    // "..., the agency said" a paragraph or two after the agency was named: the source named last, if recent
    else if (lastSource && i - lastSourceAt <= RUNNING_SOURCE && ctx.has('sourceAnaphora')) ctx.carriedSource = lastSource;
    const attrs = attributions(ctx);
    const drafts: Draft[] = [];
    for (const { rule } of RULES) drafts.push(...rule(ctx));
    let following: Attribution[] = [];
    // "... 5 million shells.\n\nThis was stated by South Korean Defense Minister Shin Wonsik.": also across a paragraph
    if (drafts.length && !attrs.length && sentences[i + 1]) {
      // "... nella regione di Kursk. Lo afferma un funzionario americano."
      nextCtx = new SentenceContext(sentences[i + 1]!, lex, article.published, ctx.hasDprkPersonnel, index);
      // what the next sentence's names stand for is known already (its actors are memoised on first use)
      nextCtx.personActors = people;
      nextCtx.roleActors = roleActors;
      const next = attributions(nextCtx);
      if (isAttributionOnly(nextCtx, next)) following = next;
    }
    for (const d of drafts) {
      let source = d.source ?? sourceAt(attrs, d.anchor);
      let explicit = source !== undefined;
      if (!source && announced) {
        source = announced;
        explicit = true;
      }
      if (!source && following.length) {
        source = sourceAt(following, 0);
        explicit = source !== undefined;
      }
      if (!source && carried && carried.paragraph === s.paragraph) source = carried.source;
      if (!source && interviewee && s.paragraph > 0) source = interviewee;
      // a report's running source: the last one named a few sentences back ("... the NIS told lawmakers.\n\nThe troops
      // were sent by sea ...")
      if (!source && lastSource && i - lastSourceAt <= RUNNING_SOURCE) source = lastSource;
      // what containers hold is presumed only when the text hedges it: in the sentence (modality.ts) or the next one of
      // the paragraph ("13,000 containers ... They could have been used to transport arms")
      const unitStatus = d.unitStatus && nextHedges(i) ? d.unitStatus : undefined;
      const status = d.status ?? statusFor(ctx, { kind: d.kind, anchor: d.anchor, source, explicitSource: explicit, unitStatus });
      const event = d.kind === 'treaty_event' || d.kind === 'official_visit' || d.kind === 'official_position';
      const date = d.date ?? (event ? ctx.eventDate(d.anchor) : ctx.nearestDate(d.anchor))?.iso;
      const claim: Claim = {
        kind: d.kind,
        value: d.value,
        ...(d.min !== undefined ? { min: d.min } : {}),
        ...(d.max !== undefined ? { max: d.max } : {}),
        ...(d.qualifier ? { qualifier: d.qualifier } : {}),
        ...(d.unit ? { unit: d.unit } : {}),
        ...(d.direction ? { direction: d.direction } : {}),
        ...(date ? { date } : {}),
        ...(source ? { source } : {}),
        status,
        evidence: s.text,
      };
      const rank = (explicit ? 2 : 0) + (date && (d.kind === 'treaty_event' || d.kind === 'official_visit') ? 1 : 0);
      if (!source && lastSource === undefined) lead.push({ at: i, found: found.length });
      found.push({ claim, rank, order: order++, guessed: d.guessedDirection === true });
    }
    if (interview && s.paragraph === 0 && !interviewee) interviewee = ctx.actorMentions()[0]?.name;
    for (const [name, actor] of introducedPeople(ctx)) if (!people.has(name)) people.set(name, actor);
    for (const [role, actor] of ctx.institutionsNamed()) roleActors.set(role, actor);
    const own = sourceAt(attrs, 0);
    if (own) {
      // the news lead states the facts and the next sentences say whose they are (the status stays as its own
      // sentence read it)
      if (speaks(ctx, attrs)) for (const l of lead) if (i - l.at <= LEAD_SOURCE) found[l.found]!.claim = withSource(found[l.found]!.claim, own);
      lead = [];
      lastSource = own;
      lastSourceAt = i;
      carried = { source: own, paragraph: s.paragraph };
    }
    announced = own && /:\s*$/.test(s.text) ? own : undefined;
    // a sentence about no soldiers at all ("Until December it could be ten thousand.") keeps the thread for the next
    previousPersonnel =
      ctx.hasDprkPersonnel || (previousPersonnel && !ctx.has('troops') && !ctx.has('workers') && !ctx.has('otherAdj') && !ctx.otherCountries().length);
    prevCtx = ctx;
    prevSupply = [...drafts].reverse().find((d) => d.direction && SUPPLY_KINDS.has(d.kind))?.direction;
    prevTroopKind = [...drafts].reverse().find((d) => d.kind.startsWith('troops_'))?.kind;
  }
  return dedupe(found);
}

/** A claim with a source given later, its fields in the usual order. */
function withSource(claim: Claim, source: string): Claim {
  const { status, evidence, ...rest } = claim;
  return { ...rest, source, status, evidence };
}

const QUOTE_OPENING = /^[^\n]{0,30}?["“„«»]|^\s*[-–—]\s*\S/;

/**
 * Is the article an interview: questions on lines of their own, or paragraphs that open with a quotation or a
 * dialogue dash ("On shells: \"Our estimate ...", "« Du pétrole ... »", "-Nuestras estimaciones ...")?
 */
export function isInterview(text: string): boolean {
  let questions = 0;
  let quoted = 0;
  for (const line of text.split('\n')) {
    if (/\?\s*$/.test(line)) questions++;
    if (QUOTE_OPENING.test(line)) quoted++;
  }
  return questions >= 2 || quoted >= 3;
}

/**
 * One claim per (kind, direction, value): the best supported, then the earliest. A direction that is only the kind's
 * default gives way to the same item read the other way from what a sentence said ("Russia may have transferred
 * MiG-29s to North Korea" before "the transfer of MiG-29s would upgrade North Korea's air force").
 */
function dedupe(found: Ranked[]): Claim[] {
  const stated = new Set(found.filter((r) => !r.guessed && r.claim.direction).map((r) => claimSlot(r.claim)));
  const flipped = (c: Claim) => claimSlot({ ...c, direction: opposite(c.direction!) });
  const best = new Map<string, Ranked>();
  for (const r of found) {
    if (r.guessed && r.claim.direction && stated.has(flipped(r.claim)) && !stated.has(claimSlot(r.claim))) continue;
    const key = claimSlot(r.claim);
    const prev = best.get(key);
    if (!prev || r.rank > prev.rank) best.set(key, r);
  }
  return [...best.values()].sort((a, b) => a.order - b.order).map((r) => r.claim);
}
