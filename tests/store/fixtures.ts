// Builders for store contract tests: small valid values, overridable per test.
import type { ChangeKind, ComparedClaim } from '../../src/claims/model.js';
import type { ArticleRecordInput, DeliveryInput, Store } from '../../src/store/types.js';

export const T0 = '2026-03-01T10:00:00.000Z';

export function at(minutes: number): string {
  return new Date(new Date(T0).getTime() + minutes * 60_000).toISOString();
}

export function feed(id: string, over: Partial<Parameters<Store['upsertFeed']>[0]> = {}): Parameters<Store['upsertFeed']>[0] {
  return { id, url: `https://example.org/${id}.xml`, intervalMinutes: 30, fetchFullText: false, origin: 'config', ...over };
}

export function article(over: Partial<ArticleRecordInput> = {}): ArticleRecordInput {
  return {
    feedId: 'f1',
    itemKey: 'item-1',
    url: 'https://news.example.org/a1',
    title: 'North Korean troops in Kursk',
    outlet: 'Example News',
    published: '2026-02-27',
    language: 'en',
    relevant: true,
    contentHash: 'c0ffee',
    simhash: '0123456789abcdef',
    ...over,
  };
}

export function claim(over: Partial<ComparedClaim & { novelty: ChangeKind }> = {}): ComparedClaim & { novelty: ChangeKind } {
  return {
    kind: 'troops_deployed',
    value: 12000,
    qualifier: 'about',
    min: 11000,
    max: 13000,
    date: '2024-11',
    source: 'South Korea NIS',
    status: 'reported',
    evidence: 'About 12,000 North Korean troops were deployed, the NIS said.',
    change: 'updates',
    novelty: 'updates',
    comparedWith: [
      { docId: 'corpus:01.md', published: '2024-10-20', value: 10000, qualifier: 'about', evidence: 'Some 10,000 troops.' },
    ],
    ...over,
  };
}

export function delivery(key: string, targetId = 'discord:1', payload = `{"key":"${key}"}`): DeliveryInput {
  return { idempotencyKey: key, targetId, payload };
}
