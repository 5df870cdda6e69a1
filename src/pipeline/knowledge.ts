// What the bot has learned so far: baseline claims plus every claim stored since, as comparison input.
// Loaded once per cycle and extended as articles are saved, so a second report in the same cycle
// confirms the first rather than alerting again.
import type { Claim, SourcedClaim } from '../claims/model.js';
import type { StoredClaim, Store } from '../store/types.js';
import { figuresCompatible } from '../compare/figures.js';

export interface KnownClaim extends SourcedClaim {
  /** The report (story) it belongs to; syndicated copies share one. Baseline documents are their own report. */
  reportKey: string;
}

export function storedToKnown(c: StoredClaim): KnownClaim {
  return {
    kind: c.kind,
    value: c.value,
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.qualifier ? { qualifier: c.qualifier } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.direction ? { direction: c.direction } : {}),
    ...(c.date ? { date: c.date } : {}),
    ...(c.source ? { source: c.source } : {}),
    status: c.status,
    evidence: c.evidence,
    docId: `article:${c.articleId}`,
    published: c.published,
    ...(c.title ? { title: c.title } : {}),
    ...(c.outlet ? { outlet: c.outlet } : {}),
    ...(c.url ? { url: c.url } : {}),
    reportKey: `report:${c.reportId}`,
  };
}

/** Two claims that say the same thing: figures per the comparison's rule, items and events by name. */
export function compatible(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  if (typeof a.value === 'number' || typeof b.value === 'number') return figuresCompatible(a, b);
  return a.value.toLowerCase() === b.value.toLowerCase();
}

export class Knowledge {
  private readonly claims: KnownClaim[];

  constructor(baseline: SourcedClaim[], learned: KnownClaim[]) {
    this.claims = [...baseline.map((c) => ({ ...c, reportKey: c.docId })), ...learned];
  }

  static async load(store: Store, baseline: SourcedClaim[]): Promise<Knowledge> {
    const stored = await store.listClaims();
    return new Knowledge(baseline, stored.map(storedToKnown));
  }

  /** Everything known, baseline first; what the comparison for alerting looks at. */
  all(): SourcedClaim[] {
    return this.claims;
  }

  add(claims: KnownClaim[]): void {
    this.claims.push(...claims);
  }

  /** Whether a report (story) already carries a claim compatible with this one. */
  reportSays(reportKey: string, claim: Claim): boolean {
    return this.claims.some((k) => k.reportKey === reportKey && compatible(k, claim));
  }

  /** Independent reports carrying a compatible claim, counting `ownReport` (this article's story) once. */
  corroboration(claim: Claim, ownReport: string): number {
    const reports = new Set<string>([ownReport]);
    for (const k of this.claims) if (compatible(k, claim)) reports.add(k.reportKey);
    return reports.size;
  }
}
