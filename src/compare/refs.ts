// The reference a compared claim carries to each earlier claim it was compared with, so a reader can check it.
import type { ClaimRef, SourcedClaim } from '../claims/model.js';

export function toRef(c: SourcedClaim): ClaimRef {
  const ref: ClaimRef = { docId: c.docId, published: c.published, value: c.value, evidence: c.evidence };
  if (c.title !== undefined) ref.title = c.title;
  if (c.outlet !== undefined) ref.outlet = c.outlet;
  if (c.url !== undefined) ref.url = c.url;
  if (c.qualifier !== undefined) ref.qualifier = c.qualifier;
  if (c.min !== undefined) ref.min = c.min;
  if (c.max !== undefined) ref.max = c.max;
  if (c.date !== undefined) ref.date = c.date;
  if (c.source !== undefined) ref.source = c.source;
  return ref;
}

/** Most recent document first (ISO dates sort as strings); ties keep their order. */
export function newestFirst(a: SourcedClaim, b: SourcedClaim): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : 0;
}
