// Event dates compared at the precision both state, never finer than a month: reports date different steps
// of one process (a vote, a signature, a publication) a few days apart, so the same month confirms.

/** The precision-limited prefixes of an ISO date: "2024" → year, "2024-06"/"2024-06-19" → month. */
function parts(d: string): string[] {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(d.trim());
  if (!m) return [];
  return m[2] ? [m[1]!, m[2]] : [m[1]!];
}

/**
 * True when two event dates can be the same event: equal at the coarser of the two precisions, at most to the
 * month ("2024" ~ "2024-06", "2024-06-03" ~ "2024-06-19"; "2023" ≁ "2024-06"). Unparseable dates are compatible.
 */
export function eventDatesCompatible(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  if (pa.length === 0 || pb.length === 0) return true;
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) if (pa[i] !== pb[i]) return false;
  return true;
}

/** YYYY-MM-DD comparison of publication dates (ISO strings sort chronologically). */
export function isBefore(a: string, b: string): boolean {
  return a.slice(0, 10) < b.slice(0, 10);
}
