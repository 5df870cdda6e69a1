// Claims × earlier claims (the baseline, or baseline + what was learned since) → one `change` per claim,
// implementing the rules of shared/claims.md "Changes against the baseline". Pure: no I/O, no clock.
import type { ChangeKind, Claim, ComparedClaim, SourcedClaim } from '../claims/model.js';
import { isEventKind, isQuantityKind } from '../claims/model.js';
import { figuresCompatible } from './figures.js';
import { eventDatesCompatible, isBefore } from './dates.js';
import { newestFirst, toRef } from './refs.js';

export interface CompareOptions {
  /** At most this many earlier claims named per compared claim (default 10). */
  limit?: number;
}

const DEFAULT_LIMIT = 10;

/** Compares each claim of an article published on `articleDate` (YYYY-MM-DD) with the earlier claims. */
export function compareClaims(
  claims: Claim[],
  earlier: SourcedClaim[],
  articleDate: string,
  opts: CompareOptions = {},
): ComparedClaim[] {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  return claims.map((claim) => {
    const { change, refs } = compareOne(claim, earlier, articleDate);
    return { ...claim, change, comparedWith: refs.slice(0, limit).map(toRef) };
  });
}

interface Outcome {
  change: ChangeKind;
  refs: SourcedClaim[];
}

/**
 * Same kind, and the direction (and, for munitions, the unit) is part of the slot when both state one:
 * satellite technology Russia→DPRK is not the same claim as DPRK→Russia. Only an undirected statement
 * ("an exchange of military technology") matches both directions.
 */
function samePeerSlot(c: Claim, e: SourcedClaim): boolean {
  if (e.kind !== c.kind) return false;
  if (c.direction && e.direction && c.direction !== e.direction) return false;
  if (c.unit && e.unit && c.unit.toLowerCase() !== e.unit.toLowerCase()) return false;
  return true;
}

function sameValue(a: Claim['value'], b: Claim['value']): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function compareOne(c: Claim, earlier: SourcedClaim[], articleDate: string): Outcome {
  const peers = earlier.filter((e) => samePeerSlot(c, e));
  if (isQuantityKind(c.kind)) return compareFigure(c, peers, articleDate);
  if (c.kind === 'official_position') return comparePosition(c, peers);
  if (isEventKind(c.kind)) return compareEvent(c, peers);
  return compareItem(c, peers);
}

function compareFigure(c: Claim, peers: SourcedClaim[], articleDate: string): Outcome {
  if (peers.length === 0) return { change: 'new', refs: [] };
  const compatible = peers.filter((p) => figuresCompatible(c, p));
  if (compatible.length > 0) {
    // Equal figures before merely compatible ones, then the most recent.
    const rank = (p: SourcedClaim) => (sameValue(p.value, c.value) ? 0 : 1);
    return { change: 'confirms', refs: [...compatible].sort((a, b) => rank(a) - rank(b) || newestFirst(a, b)) };
  }
  // Each batch of additional troops is its own event: a figure the earlier claims lack is a new batch.
  if (c.kind === 'troops_additional') return { change: 'new', refs: [...peers].sort(newestFirst) };
  const older = peers.filter((p) => isBefore(p.published, articleDate)).sort(newestFirst);
  // A revision of the most recent older figure; a differing figure no older claim explains cannot hold with them.
  if (older.length > 0) return { change: 'updates', refs: older };
  return { change: 'contradicts', refs: [...peers].sort(newestFirst) };
}

function compareItem(c: Claim, peers: SourcedClaim[]): Outcome {
  const same = peers.filter((p) => sameValue(p.value, c.value)).sort(newestFirst);
  return same.length > 0 ? { change: 'confirms', refs: same } : { change: 'new', refs: [] };
}

/** Events do not move: the same event with a date in another month (at the stated precision) contradicts. */
function compareEvent(c: Claim, peers: SourcedClaim[]): Outcome {
  const same = peers.filter((p) => sameValue(p.value, c.value)).sort(newestFirst);
  if (same.length === 0) return { change: 'new', refs: [] };
  if (!c.date) return { change: 'confirms', refs: same };
  const dated = same.filter((p) => p.date);
  if (dated.length === 0) return { change: 'confirms', refs: same };
  const compatible = dated.filter((p) => eventDatesCompatible(c.date!, p.date!));
  if (compatible.length > 0) return { change: 'confirms', refs: compatible };
  return { change: 'contradicts', refs: dated };
}

/** `<actor>_confirms_<what>` / `<actor>_denies_<what>`: the slot is actor + what, the stance is the value. */
function position(value: Claim['value']): { slot: string; stance: string } | undefined {
  const m = /^(.+)_(confirms|denies)_(.+)$/.exec(String(value).trim().toLowerCase());
  return m ? { slot: `${m[1]}|${m[3]}`, stance: m[2]! } : undefined;
}

function comparePosition(c: Claim, peers: SourcedClaim[]): Outcome {
  const mine = position(c.value);
  if (!mine) return compareItem(c, peers);
  const sameSlot = peers.filter((p) => position(p.value)?.slot === mine.slot).sort(newestFirst);
  if (sameSlot.length === 0) return { change: 'new', refs: [] };
  const same = sameSlot.filter((p) => position(p.value)?.stance === mine.stance);
  if (same.length > 0) return { change: 'confirms', refs: same };
  return { change: 'contradicts', refs: sameSlot };
}
