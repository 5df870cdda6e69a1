// The reference a compared claim carries to each earlier claim it was compared with, so a reader can check it.
import type { ClaimRef, SourcedClaim } from '../claims/model.js';

/** Only the fields that are set, in reading order: document → value → evidence. */
export function toRef(c: SourcedClaim): ClaimRef {
  return {
    docId: c.docId,
    published: c.published,
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.outlet !== undefined ? { outlet: c.outlet } : {}),
    ...(c.url !== undefined ? { url: c.url } : {}),
    value: c.value,
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.date !== undefined ? { date: c.date } : {}),
    ...(c.source !== undefined ? { source: c.source } : {}),
    evidence: c.evidence,
  };
}

/** Most recent document first (ISO dates sort as strings); ties keep their order. */
export function newestFirst(a: SourcedClaim, b: SourcedClaim): number {
  return a.published < b.published ? 1 : a.published > b.published ? -1 : 0;
}
