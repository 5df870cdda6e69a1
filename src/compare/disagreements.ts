// Where baseline documents disagree with each other: the same event dated to different months (seed 001 puts
// the treaty signature in 2023, the others in June 2024) or opposite official positions of one actor.
// Differing figures are not listed: documents of different dates revise each other (see compare.ts).
import type { SourcedClaim } from '../claims/model.js';
import { eventDatesCompatible } from './dates.js';

export interface Disagreement {
  kind: string;
  values: { value: number | string; date?: string; docs: string[] }[];
}

/** Month precision at most: "2024-06-19" and "2024-06" are one reading. */
function monthOf(date: string): string {
  return date.slice(0, 7);
}

function addDoc(values: Disagreement['values'], value: number | string, date: string | undefined, docId: string): void {
  let row = values.find((v) => v.value === value && v.date === date);
  if (!row) {
    row = date === undefined ? { value, docs: [] } : { value, date, docs: [] };
    values.push(row);
  }
  if (!row.docs.includes(docId)) row.docs.push(docId);
}

function eventDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const byEvent = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    if ((c.kind !== 'treaty_event' && c.kind !== 'official_visit') || !c.date) continue;
    const key = `${c.kind}|${String(c.value).toLowerCase()}`;
    byEvent.set(key, [...(byEvent.get(key) ?? []), c]);
  }
  const out: Disagreement[] = [];
  for (const group of byEvent.values()) {
    const clash = group.some((a) => group.some((b) => !eventDatesCompatible(a.date!, b.date!)));
    if (!clash) continue;
    const values: Disagreement['values'] = [];
    for (const c of group) addDoc(values, c.value, monthOf(c.date!), c.docId);
    out.push({ kind: group[0]!.kind, values });
  }
  return out;
}

function positionDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const byActor = new Map<string, SourcedClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'official_position') continue;
    const m = /^(.+)_(?:confirms|denies)_(.+)$/.exec(String(c.value).toLowerCase());
    if (!m) continue;
    const key = `${m[1]}|${m[2]}`;
    byActor.set(key, [...(byActor.get(key) ?? []), c]);
  }
  const out: Disagreement[] = [];
  for (const group of byActor.values()) {
    const values: Disagreement['values'] = [];
    for (const c of group) addDoc(values, c.value, undefined, c.docId);
    if (values.length > 1) out.push({ kind: 'official_position', values });
  }
  return out;
}

export function baselineDisagreements(claims: SourcedClaim[]): Disagreement[] {
  return [...eventDisagreements(claims), ...positionDisagreements(claims)];
}
