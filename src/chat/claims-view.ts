// Read-side helpers over stored and baseline claims, shared by `status`, `claims` and `changes`.
import { CLAIM_KINDS, claimSlot, type SourcedClaim } from '../claims/model.js';
import type { StoredClaim } from '../store/types.js';

/** How many stored claims the status view reads: enough for every kind's latest value and its corroboration. */
export const STATUS_SCAN_LIMIT = 5000;

/** One slot per kind and direction: `weapon_supplied` DPRK → Russia and Russia → DPRK are different facts. */
export function kindKey(c: { kind: string; direction?: string }): string {
  return c.direction ? `${c.kind}|${c.direction}` : c.kind;
}

/** The baseline claim of each kind (and direction) with the latest publication date. */
export function latestBaseline(baseline: readonly SourcedClaim[]): Map<string, SourcedClaim> {
  const latest = new Map<string, SourcedClaim>();
  for (const c of baseline) {
    const key = kindKey(c);
    const prev = latest.get(key);
    if (!prev || c.published > prev.published) latest.set(key, c);
  }
  return latest;
}

/** Distinct reports (syndicated copies count once) per slot (kind, direction, value). */
export function reportsPerSlot(claims: readonly StoredClaim[]): Map<string, Set<number>> {
  const bySlot = new Map<string, Set<number>>();
  for (const c of claims) {
    const slot = claimSlot(c);
    let set = bySlot.get(slot);
    if (!set) bySlot.set(slot, (set = new Set()));
    set.add(c.reportId);
  }
  return bySlot;
}

/**
 * The most recently published claim per kind key. On the same day the original report wins over syndicated
 * copies (which the store lists first, being newer), so the outlet shown is the one that broke the story.
 */
export function latestStored(claims: readonly StoredClaim[]): Map<string, StoredClaim> {
  const latest = new Map<string, StoredClaim>();
  const isCopy = (c: StoredClaim) => c.articleId !== c.reportId;
  for (const c of claims) {
    const key = kindKey(c);
    const prev = latest.get(key);
    if (!prev || c.published > prev.published || (c.published === prev.published && isCopy(prev) && !isCopy(c))) {
      latest.set(key, c);
    }
  }
  return latest;
}

/** Where a claim came from, for people: "South Korea NIS via Yonhap" or just the outlet/title. */
export function originOf(c: { source?: string; outlet?: string; title?: string }): string {
  const via = c.outlet ?? c.title;
  if (c.source && via && c.source !== via) return `${c.source} via ${via}`;
  return c.source ?? via ?? 'unknown source';
}

/** Orders kind keys as claims.md lists the kinds, then by direction. */
export function compareKindKeys(a: string, b: string): number {
  const rank = (k: string) => (CLAIM_KINDS as readonly string[]).indexOf(k.split('|')[0] ?? '');
  return rank(a) - rank(b) || a.localeCompare(b);
}
