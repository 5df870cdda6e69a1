// A pipeline on a real SQLite file, the real HTTP client (loopback allowed) and a predictable extractor:
// every sentence "… N troops …" in a text that mentions "Pyongyang" yields troops_deployed N.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, SourcedClaim } from '../../src/claims/model.js';
import type { TopicPack } from '../../src/config/topic-pack.js';
import type { AnalysisStages } from '../../src/pipeline/analyze.js';
import type { PipelineDeps } from '../../src/pipeline/deps.js';
import type { OutMessage, Sender } from '../../src/notify/types.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { createHttpClient } from '../../src/shared/http/client.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';

export const fakeStages: AnalysisStages = {
  detectLanguage: () => 'en',
  assessRelevance: (a) => ({ relevant: /pyongyang/i.test(`${a.title} ${a.text}`), reasons: [] }),
  extractClaims: (a) => {
    const out: Claim[] = [];
    for (const m of a.text.matchAll(/[^.]*?\b(\d[\d,]*) troops[^.]*\./g)) {
      out.push({ kind: 'troops_deployed', value: Number(m[1]!.replace(/,/g, '')), qualifier: 'exact', status: 'reported', evidence: m[0].trim() });
    }
    return out;
  },
};

export const BASELINE: SourcedClaim[] = [
  {
    kind: 'troops_deployed',
    value: 11000,
    qualifier: 'about',
    status: 'reported',
    evidence: 'Baseline: about 11,000 troops.',
    docId: 'corpus:test.txt',
    published: '2025-03-27',
  },
];

export interface RecordingSender extends Sender {
  sent: { targetId: string; message: OutMessage; key: string }[];
}

export function recordingSender(prefix = 'test:'): RecordingSender {
  const sent: RecordingSender['sent'] = [];
  return {
    prefix,
    sent,
    async send(targetId, message, key) {
      sent.push({ targetId, message, key });
      return { ok: true };
    },
  };
}

export async function makeDeps(overrides: Partial<PipelineDeps> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-pipeline-'));
  const store = openSqliteStore(join(dir, 'db.sqlite'));
  const migrated = store.migrate();
  await migrated;
  const clock = fixedClock('2026-01-10T12:00:00Z');
  const sender = recordingSender();
  const deps: PipelineDeps = {
    store,
    http: createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 5000 }),
    clock,
    logger: silentLogger(),
    pack: {} as TopicPack,
    baseline: BASELINE,
    senders: [sender],
    settings: {
      concurrency: 4,
      maxItemAgeHours: 24,
      maxAlertsPerFeedPerCycle: 5,
      backoffBaseMinutes: 5,
      backoffMaxMinutes: 360,
      fullTextConcurrency: 2,
    },
    alertTargets: ['test:channel'],
    alertMinChange: 'new',
    digestTargets: ['test:digest'],
    digestChart: false,
    stages: fakeStages,
    ...overrides,
  };
  return {
    deps,
    clock,
    sender,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function rssFeed(items: { title: string; guid: string; date?: Date; text: string; link?: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title><link>http://example.com/</link>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><guid isPermaLink="false">${i.guid}</guid>${i.link ? `<link>${i.link}</link>` : ''}` +
      `${i.date ? `<pubDate>${i.date.toUTCString()}</pubDate>` : ''}<description>${esc(i.text)}</description></item>`,
  )
  .join('\n')}</channel></rss>`;
}
