// A ChatContext for tests: a real SQLite store in memory, a fixed clock and recording fakes of the pipeline hooks.
import type { SourcedClaim, ComparedClaim } from '../../../src/claims/model.js';
import type { DigestMessage } from '../../../src/notify/types.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { silentLogger, type Logger } from '../../../src/shared/logger.js';
import { openSqliteStore } from '../../../src/store/sqlite/store.js';
import type { FeedRecord, Store } from '../../../src/store/types.js';
import type { ChatContext, UrlAnalysis } from '../../../src/chat/types.js';

export const NOW = '2024-11-06T12:00:00.000Z';

export const BASELINE: SourcedClaim[] = [
  {
    kind: 'troops_deployed',
    value: 11000,
    qualifier: 'about',
    status: 'reported',
    source: 'South Korea NIS',
    evidence: 'About 11,000 North Korean troops are in Russia, the NIS said.',
    docId: 'corpus:nis.md',
    published: '2024-10-30',
    outlet: 'Yonhap',
  },
  {
    kind: 'treaty_event',
    value: 'signed',
    date: '2024-06-19',
    status: 'confirmed',
    evidence: 'Putin and Kim signed the treaty on June 19.',
    docId: 'corpus:treaty.md',
    published: '2024-06-20',
    outlet: 'Reuters',
  },
];

export function comparedClaim(over: Partial<ComparedClaim> = {}): ComparedClaim {
  return {
    kind: 'troops_deployed',
    value: 12000,
    status: 'reported',
    source: 'Ukraine GUR',
    evidence: 'Some 12,000 North Korean soldiers are now in Kursk, Ukrainian intelligence said.',
    change: 'updates',
    comparedWith: [
      { docId: 'corpus:nis.md', published: '2024-10-30', outlet: 'Yonhap', value: 11000, qualifier: 'about', evidence: 'About 11,000…' },
    ],
    ...over,
  };
}

export interface Calls {
  analyzed: string[];
  added: string[];
  removed: string[];
  digests: string[];
}

export interface TestContext {
  ctx: ChatContext;
  store: Store;
  calls: Calls;
  clock: ReturnType<typeof fixedClock>;
  /** Makes analyzeUrl wait this long first (to exercise deferral). */
  setAnalyzeDelay(ms: number): void;
  setAnalyzeResult(r: UrlAnalysis | Error): void;
  /** Makes buildDigest attach this chart PNG. */
  setDigestChart(png: Uint8Array | undefined): void;
  close(): Promise<void>;
}

export async function saveArticleWithClaims(
  store: Store,
  a: { title: string; url: string; outlet: string; published: string; reportOf?: number },
  claims: (ComparedClaim & { novelty: ComparedClaim['change'] })[],
): Promise<{ articleId: number; reportId: number }> {
  return store.saveAnalysis({
    article: {
      title: a.title,
      url: a.url,
      outlet: a.outlet,
      published: a.published,
      language: 'en',
      relevant: true,
      contentHash: `hash-${a.url}`,
      simhash: '0000000000000000',
      ...(a.reportOf !== undefined ? { reportOf: a.reportOf } : {}),
    },
    claims,
    deliveries: [],
    outcome: 'analyzed',
    at: a.published,
  });
}

export async function createTestContext(opts: { logger?: Logger } = {}): Promise<TestContext> {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  const calls: Calls = { analyzed: [], added: [], removed: [], digests: [] };
  let analyzeDelay = 0;
  let digestChart: Uint8Array | undefined;
  let analyzeResult: UrlAnalysis | Error = {
    article: {
      url: 'https://news.example/kursk',
      title: 'North Korean troops in Kursk',
      text: 'Some 12,000 North Korean soldiers are now in Kursk.',
      published: '2024-11-05',
      outlet: 'Example News',
      language: 'en',
      relevance: { relevant: true, reasons: ['north korea', 'kursk'] },
    },
    claims: [comparedClaim()],
  };
  const clock = fixedClock(NOW);
  const ctx: ChatContext = {
    store,
    clock,
    logger: opts.logger ?? silentLogger(),
    baseline: BASELINE,
    async analyzeUrl(url) {
      calls.analyzed.push(url);
      if (analyzeDelay) await new Promise((r) => setTimeout(r, analyzeDelay));
      if (analyzeResult instanceof Error) throw analyzeResult;
      return analyzeResult;
    },
    async addFeed(url) {
      calls.added.push(url);
      const feed = { id: 'example-feed', url, name: 'Example feed', intervalMinutes: 30, fetchFullText: false, origin: 'chat' as const };
      await store.upsertFeed(feed);
      return (await store.getFeed(feed.id)) as FeedRecord;
    },
    async removeFeed(id) {
      calls.removed.push(id);
      return store.removeFeed(id);
    },
    async buildDigest(since): Promise<DigestMessage> {
      calls.digests.push(since);
      return {
        type: 'digest',
        ...(digestChart ? { chartPng: digestChart } : {}),
        since,
        until: clock.now().toISOString(),
        groups: [
          {
            kind: 'troops_deployed',
            lines: [{ kind: 'troops_deployed', change: 'updates', value: '12,000', previous: 'about 11,000', status: 'reported', evidence: 'Some 12,000…', corroboration: 2 }],
          },
        ],
      };
    },
  };
  return {
    ctx,
    store,
    calls,
    clock,
    setAnalyzeDelay: (ms) => {
      analyzeDelay = ms;
    },
    setAnalyzeResult: (r) => {
      analyzeResult = r;
    },
    setDigestChart: (png) => {
      digestChart = png;
    },
    close: () => store.close(),
  };
}
