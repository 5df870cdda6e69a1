// Articles and claims on PostgreSQL. saveAnalysis writes article, claims, the item as seen and the outbox rows in
// one BEGIN/COMMIT: either the whole analysis is stored or nothing is.
import type pg from 'pg';
import { articleFromRow, claimDetails, claimFromRow, day, iso, type Row } from '../rows.js';
import type { Store } from '../types.js';
import { inTransaction } from './db.js';
import { insertDeliveries } from './outbox.js';

type Analysis = Pick<
  Store,
  'saveAnalysis' | 'getArticle' | 'findArticleByUrl' | 'reportArticles' | 'recentSimhashes' | 'listClaims'
>;

export function postgresAnalysis(pool: pg.Pool): Analysis {
  const one = async (sql: string, args: unknown[]) => {
    const row = (await pool.query<Row>(sql, args)).rows[0];
    return row ? articleFromRow(row) : undefined;
  };

  return {
    async saveAnalysis(input) {
      const a = input.article;
      const at = iso(input.at);
      return inTransaction(pool, async (c) => {
        const inserted = await c.query<{ id: string }>(
          `INSERT INTO articles (report_id, feed_id, item_key, url, title, outlet, published, language, relevant,
             content_hash, simhash, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [a.reportOf ?? null, a.feedId ?? null, a.itemKey ?? null, a.url ?? null, a.title, a.outlet ?? null,
            a.published, a.language, a.relevant, a.contentHash, a.simhash, at],
        );
        const articleId = Number(inserted.rows[0]?.id);
        const reportId = a.reportOf ?? articleId;
        if (a.reportOf === undefined) await c.query('UPDATE articles SET report_id = id WHERE id = $1', [articleId]);
        for (const cl of input.claims) {
          await c.query(
            `INSERT INTO claims (article_id, report_id, kind, direction, change_kind, novelty, status, details, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
            [articleId, reportId, cl.kind, cl.direction ?? null, cl.change, cl.novelty, cl.status, claimDetails(cl), at],
          );
        }
        if (a.feedId !== undefined && a.itemKey !== undefined) {
          await c.query(
            `INSERT INTO feed_items (feed_id, item_key, outcome, article_id, seen_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (feed_id, item_key) DO UPDATE SET outcome = excluded.outcome, article_id = excluded.article_id,
               seen_at = excluded.seen_at`,
            [a.feedId, a.itemKey, input.outcome, articleId, at],
          );
        }
        await insertDeliveries(c, input.deliveries, at);
        return { articleId, reportId };
      });
    },
    async getArticle(id) {
      return one('SELECT * FROM articles WHERE id = $1', [id]);
    },
    async findArticleByUrl(url) {
      return one('SELECT * FROM articles WHERE url = $1 ORDER BY id LIMIT 1', [url]);
    },
    async reportArticles(reportId) {
      const r = await pool.query<Row>('SELECT * FROM articles WHERE report_id = $1 ORDER BY id', [reportId]);
      return r.rows.map(articleFromRow);
    },
    async recentSimhashes(since) {
      const r = await pool.query<Row>('SELECT id, report_id, simhash FROM articles WHERE created_at >= $1 ORDER BY id', [
        iso(since),
      ]);
      return r.rows.map((x) => ({ articleId: Number(x.id), reportId: Number(x.report_id), simhash: String(x.simhash) }));
    },
    async listClaims(filter = {}) {
      // Dates are compared as text, byte-wise as SQLite does, whatever the database's collation.
      const r = await pool.query<Row>(
        `SELECT c.*, a.url AS a_url, a.outlet AS a_outlet, a.title AS a_title, a.published AS a_published
         FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE ($1::text IS NULL OR c.kind = $1) AND ($2::text IS NULL OR a.published COLLATE "C" >= $2)
           AND ($4::timestamptz IS NULL OR c.created_at >= $4)
         ORDER BY a.published COLLATE "C" DESC, a.id DESC, c.id LIMIT $3`,
        [
          filter.kind ?? null,
          filter.since === undefined ? null : day(filter.since),
          filter.limit ?? null,
          filter.recordedSince === undefined ? null : iso(filter.recordedSince),
        ],
      );
      return r.rows.map(claimFromRow);
    },
  };
}
