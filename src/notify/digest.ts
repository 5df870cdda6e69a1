// The digest: what the period's claims changed, one line per distinct value, grouped by kind. Claims carrying a
// compatible value (same figure within hedging, same item, same event month) are merged into one line, and the
// number of distinct reports behind them is its corroboration.
import { CLAIM_KINDS, isEventKind, isQuantityKind, type ClaimKind } from '../claims/model.js';
import type { StoredClaim } from '../store/types.js';
import { CHANGE_RANK, changeLinesFromClaims } from './format.js';
import type { ChangeLine, DigestMessage } from './types.js';

/** Relative tolerance for a hedged figure, as in the comparison rules of claims.md. */
const HEDGE_TOLERANCE = 0.05;

function bounds(c: StoredClaim): [number, number] | undefined {
  const v = typeof c.value === 'number' ? c.value : Number(c.value);
  if (!Number.isFinite(v)) return undefined;
  return [c.min ?? v, c.max ?? v];
}

/** Whether two claims of one kind state values that hold together (corroborate each other). */
export function compatibleClaims(a: StoredClaim, b: StoredClaim): boolean {
  if (a.kind !== b.kind || (a.direction ?? '') !== (b.direction ?? '')) return false;
  if (isQuantityKind(a.kind)) {
    if (a.unit && b.unit && a.unit !== b.unit) return false;
    const ba = bounds(a);
    const bb = bounds(b);
    if (!ba || !bb) return false;
    const hedged = a.qualifier === 'about' || b.qualifier === 'about';
    const slack = hedged ? HEDGE_TOLERANCE * Math.max(ba[1], bb[1]) : 0;
    // Equal figures, overlapping ranges, or figures within the hedge tolerance.
    return ba[0] <= bb[1] + slack && bb[0] <= ba[1] + slack;
  }
  if (String(a.value).toLowerCase() !== String(b.value).toLowerCase()) return false;
  if (isEventKind(a.kind) && a.date && b.date) return a.date.slice(0, 7) === b.date.slice(0, 7);
  return true;
}

function inPeriod(c: StoredClaim, since: string, until: string): boolean {
  const t = Date.parse(c.createdAt);
  return t >= Date.parse(since) && t < Date.parse(until);
}

/** The claim that speaks for a cluster: the most significant change, then the newest. */
function representative(cluster: StoredClaim[]): StoredClaim {
  return cluster.reduce((best, c) => {
    const d = CHANGE_RANK[c.novelty] - CHANGE_RANK[best.novelty];
    if (d !== 0) return d > 0 ? c : best;
    return c.createdAt > best.createdAt ? c : best;
  });
}

/**
 * Builds the digest of [since, until) from stored claims. Claims outside the period still count as corroboration
 * for a line of the period (pass more history to count more), but only claims stored in the period make lines.
 */
export function buildDigest(claims: StoredClaim[], since: string, until: string): DigestMessage {
  const groups: DigestMessage['groups'] = [];
  const byKind = new Map<ClaimKind, StoredClaim[]>();
  for (const c of claims) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);

  for (const kind of CLAIM_KINDS) {
    const all = byKind.get(kind) ?? [];
    const period = all.filter((c) => inPeriod(c, since, until)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (period.length === 0) continue;
    const clusters: StoredClaim[][] = [];
    for (const c of period) {
      const home = clusters.find((cl) => compatibleClaims(cl[0]!, c));
      if (home) home.push(c);
      else clusters.push([c]);
    }
    const lines: ChangeLine[] = clusters.map((cluster) => {
      const rep = representative(cluster);
      const reports = new Set(all.filter((c) => compatibleClaims(rep, c)).map((c) => c.reportId));
      return changeLinesFromClaims([rep], Math.max(1, reports.size))[0]!;
    });
    lines.sort((a, b) => CHANGE_RANK[b.change] - CHANGE_RANK[a.change] || b.corroboration - a.corroboration);
    groups.push({ kind, lines });
  }
  return { type: 'digest', since, until, groups };
}
