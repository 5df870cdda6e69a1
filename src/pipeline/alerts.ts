// Which changes of an analysed article are worth an alert, and to whom: configured targets and chat subscriptions.
import type { ChangeKind } from '../claims/model.js';
import type { AnalyzedClaim } from './analyze.js';
import type { AlertMessage, ChangeLine } from '../notify/types.js';
import type { Subscription } from '../store/types.js';
import { CHANGE_RANK, changeLinesFromClaims } from '../notify/format.js';

export type MinChange = Subscription['minChange'];

/** The change that decides alerting: against everything known (novelty), else against the baseline. */
export function alertChange(c: AnalyzedClaim): ChangeKind {
  return c.novelty ?? c.change;
}

/** Confirmations never alert (they raise corroboration, shown in digests); the rest alert from `min` up. */
export function passes(change: ChangeKind, min: MinChange): boolean {
  return change !== 'confirms' && CHANGE_RANK[change] >= CHANGE_RANK[min];
}

export interface AlertTarget {
  targetId: string;
  minChange: MinChange;
  /** Empty: every kind. */
  kinds: string[];
}

export function targetsFor(staticTargets: string[], staticMin: MinChange, subs: Subscription[]): AlertTarget[] {
  const out: AlertTarget[] = staticTargets.map((targetId) => ({ targetId, minChange: staticMin, kinds: [] }));
  for (const s of subs) {
    if (s.mode !== 'alerts' || out.some((t) => t.targetId === s.targetId)) continue;
    out.push({ targetId: s.targetId, minChange: s.minChange, kinds: s.kinds });
  }
  return out;
}

/** The change lines one target should see, strongest change first. */
export function linesForTarget(lines: ChangeLine[], target: AlertTarget): ChangeLine[] {
  return lines
    .filter((l) => passes(l.change, target.minChange))
    .filter((l) => target.kinds.length === 0 || target.kinds.includes(l.kind))
    .sort((a, b) => CHANGE_RANK[b.change] - CHANGE_RANK[a.change]);
}

export function alertLines(claims: AnalyzedClaim[], corroboration: (c: AnalyzedClaim) => number): ChangeLine[] {
  // One line per slot: an article repeating a figure in two sentences is one change.
  const seen = new Set<string>();
  const unique = claims.filter((c) => {
    const key = `${c.kind}|${c.direction ?? ''}|${String(c.value).toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return changeLinesFromClaims(unique, corroboration);
}

export function alertMessage(
  article: { title: string; url?: string; outlet?: string; published: string; language: string },
  lines: ChangeLine[],
): AlertMessage {
  return {
    type: 'alert',
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    published: article.published,
    language: article.language,
    changes: lines,
  };
}
