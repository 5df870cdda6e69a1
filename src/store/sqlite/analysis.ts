// Articles and claims on SQLite. saveAnalysis writes article, claims, the item as seen and the outbox rows in one
// transaction: either the whole analysis is stored or nothing is.
import type BetterSqlite3 from 'better-sqlite3';
import { articleFromRow, claimDetails, claimFromRow, day, iso, type Row } from '../rows.js';
import type { Store } from '../types.js';
import { insertDeliveries } from './outbox.js';
import type { Prepare } from './statements.js';

type Analysis = Pick<
  Store,
  'saveAnalysis' | 'getArticle' | 'findArticleByUrl' | 'reportArticles' | 'recentSimhashes' | 'listClaims'
>;

const CLAIM_COLUMNS = `c.*, a.url AS a_url, a.outlet AS a_outlet, a.title AS a_title, a.published AS a_published`;

export function sqliteAnalysis(db: BetterSqlite3.Database, q: Prepare): Analysis {
  const insertArticle = (): BetterSqlite3.Statement => q(
    `INSERT INTO articles (report_id, feed_id, item_key, url, title, outlet, published, language, relevant,
       content_hash, simhash, created_at)
     VALUES (@reportOf, @feedId, @itemKey, @url, @title, @outlet, @published, @language, @relevant,
       @contentHash, @simhash, @at)`,
  );
  const setOwnReport = (): BetterSqlite3.Statement => q('UPDATE articles SET report_id = id WHERE id = ? AND report_id IS NULL');
  const insertClaim = (): BetterSqlite3.Statement => q(
    `INSERT INTO claims (article_id, report_id, kind, direction, change_kind, novelty, status, details, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const markSeen = (): BetterSqlite3.Statement => q(
    `INSERT INTO feed_items (feed_id, item_key, outcome, article_id, seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (feed_id, item_key) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id,
       seen_at = excluded.seen_at`,
  );

  const save = db.transaction((input: Parameters<Store['saveAnalysis']>[0]) => {
    const a = input.article;
    const at = iso(input.at);
    const articleId = Number(
      insertArticle().run({
        reportOf: a.reportOf ?? null,
        feedId: a.feedId ?? null,
        itemKey: a.itemKey ?? null,
        url: a.url ?? null,
        title: a.title,
        outlet: a.outlet ?? null,
        published: a.published,
        language: a.language,
        relevant: a.relevant ? 1 : 0,
        contentHash: a.contentHash,
        simhash: a.simhash,
        at,
      }).lastInsertRowid,
    );
    setOwnReport().run(articleId);
    const reportId = a.reportOf ?? articleId;
    for (const c of input.claims) {
      insertClaim().run(articleId, reportId, c.kind, c.direction ?? null, c.change, c.novelty, c.status, claimDetails(c), at);
    }
    if (a.feedId !== undefined && a.itemKey !== undefined) markSeen().run(a.feedId, a.itemKey, input.outcome, articleId, at);
    insertDeliveries(q, input.deliveries, at);
    return { articleId, reportId };
  });

  const one = (sql: string, ...args: unknown[]) => {
    const row = q(sql).get(...args) as Row | undefined;
    return row ? articleFromRow(row) : undefined;
  };

  return {
    async saveAnalysis(input) {
      return save.immediate(input);
    },
    async getArticle(id) {
      return one('SELECT * FROM articles WHERE id = ?', id);
    },
    async findArticleByUrl(url) {
      return one('SELECT * FROM articles WHERE url = ? ORDER BY id LIMIT 1', url);
    },
    async reportArticles(reportId) {
      const rows = q('SELECT * FROM articles WHERE report_id = ? ORDER BY id').all(reportId) as Row[];
      return rows.map(articleFromRow);
    },
    async recentSimhashes(since) {
      const rows = q('SELECT id, report_id, simhash FROM articles WHERE created_at >= ? ORDER BY id')
        .all(iso(since)) as Row[];
      return rows.map((r) => ({ articleId: Number(r.id), reportId: Number(r.report_id), simhash: String(r.simhash) }));
    },
    async listClaims(filter = {}) {
      const rows = q(
          `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
           WHERE (@kind IS NULL OR c.kind = @kind) AND (@since IS NULL OR a.published >= @since)
             AND (@recorded IS NULL OR c.created_at >= @recorded)
           ORDER BY a.published DESC, a.id DESC, c.id LIMIT @limit`,
        )
        .all({
          kind: filter.kind ?? null,
          since: filter.since === undefined ? null : day(filter.since),
          recorded: filter.recordedSince === undefined ? null : iso(filter.recordedSince),
          limit: filter.limit ?? -1,
        }) as Row[];
      return rows.map(claimFromRow);
    },
  };
}
