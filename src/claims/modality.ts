// Status (claims.md): a fact as reported, officially confirmed, only possible, or denied — read from the modality
// of the clause that carries the claim. The Italian journalistic conditional ("sarebbero", "fornirebbe") is not a
// modal in the lexicon, so it stays `reported`; "potrebbe", "could", "will", "plans to" make it `possible`.
import type { ClaimKind, ClaimStatus } from './model.js';
import type { SentenceContext } from './context.js';
import type { Span } from '../articles/term-patterns.js';

const MODAL_WINDOW = 14;
const DENY_WINDOW = 8;

/** How far a negation reaches: "did not confirm"; "neither Moscow nor Pyongyang confirmed" reaches further. */
const NEGATION_REACH = 2;
const NEITHER_REACH = 6;

/** Is the cue negated ("did not confirm", "non ha confermato", "n'a pas confirmé", "weder Russland noch ... bestätigt")? */
export function negated(ctx: SentenceContext, cue: Span): boolean {
  const reaches = (n: Span, reach: number) => n.end <= cue.start && ctx.sameClause(n.end, cue.start) && ctx.wordsBetween(n.end, cue.start) <= reach;
  return ctx.spans('negation').some((n) => reaches(n, NEGATION_REACH)) || ctx.spans('neither').some((n) => reaches(n, NEITHER_REACH));
}

export function isPossible(ctx: SentenceContext, anchor: number): boolean {
  // a cue before the anchor, or the anchor word itself ("Lavrov è atteso a Pyongyang")
  const cue = ctx.before('possible', anchor, MODAL_WINDOW) ?? ctx.spans('possible').find((s) => s.start === anchor);
  return cue !== undefined && !negated(ctx, cue);
}

export interface StatusInput {
  kind: ClaimKind;
  anchor: number;
  source?: string;
  /** Was the source named in this very sentence (not carried over from the one before)? */
  explicitSource: boolean;
  /** The status of the figure's unit when the text hedges it in the next sentence (shipping containers). */
  unitStatus?: ClaimStatus;
}

export function statusFor(ctx: SentenceContext, input: StatusInput): ClaimStatus {
  const { kind, anchor } = input;
  const deny = ctx.before('deny', anchor, DENY_WINDOW);
  if (deny && !negated(ctx, deny)) return 'denied';
  const possible = isPossible(ctx, anchor);
  // A place where troops are, or are to be, deployed is a deployment location either way (claims.md).
  if (kind === 'deployment_location' && possible) return 'reported';
  if (possible) return 'possible';
  if (input.unitStatus) return input.unitStatus;
  if (kind === 'treaty_event' || kind === 'official_visit') return 'reported';
  const actor = input.source ? ctx.lex.actors.byName.get(input.source) : undefined;
  if (actor && input.explicitSource) {
    // DPRK and Russian officials and state media speak for the parties themselves.
    if (actor.side === 'dprk' || actor.side === 'russia') return 'confirmed';
    // Ukraine announcing the prisoners its forces took states its own act. What another government "confirms" of
    // North Korea or Russia (troops in Kursk, shells shipped) is its assessment: reported (claims.md).
    if (kind === 'troops_captured' && actor.side === 'ukraine' && !actor.media) return 'confirmed';
  }
  return 'reported';
}
