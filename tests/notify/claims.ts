// StoredClaim builders for digest and chart tests.
import type { StoredClaim } from '../../src/store/types.js';

let nextId = 1;

export function storedClaim(over: Partial<StoredClaim> & Pick<StoredClaim, 'kind' | 'value'>): StoredClaim {
  const id = nextId++;
  const published = over.published ?? '2024-11-05';
  return {
    id,
    articleId: id,
    reportId: id,
    status: 'reported',
    evidence: `Evidence sentence ${id}.`,
    change: 'new',
    novelty: 'new',
    comparedWith: [],
    published,
    createdAt: `${published}T10:00:00.000Z`,
    ...over,
  };
}
