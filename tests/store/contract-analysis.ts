// Store contract, part 2: saveAnalysis (one transaction), articles, reports, simhashes and claims.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChangeKind } from '../../src/claims/model.js';
import { article, at, claim, delivery } from './fixtures.js';
import { withStore, type MakeDatabase } from './harness.js';

export function analysisContract(make: MakeDatabase): void {
  describe('analysis', () => {
    test('saveAnalysis stores article, claims, the item as seen and the deliveries', () =>
      withStore(make, async (s) => {
        const r = await s.saveAnalysis({
          article: article(),
          claims: [claim(), claim({ kind: 'missiles_supplied', value: 'KN-23', direction: 'dprk_to_russia', change: 'new', novelty: 'new', comparedWith: [] })],
          deliveries: [delivery('a1:discord:1'), delivery('a1:slack:C1', 'slack:C1')],
          outcome: 'analyzed',
          at: at(0),
        });
        assert.equal(r.reportId, r.articleId, 'an original is its own report');
        const a = await s.getArticle(r.articleId);
        assert.deepEqual(a, { ...article(), id: r.articleId, reportId: r.articleId, createdAt: at(0) });
        assert.deepEqual(await s.unseenItemKeys('f1', ['item-1', 'item-2']), ['item-2']);
        assert.deepEqual((await s.listDeliveries()).map((d) => [d.idempotencyKey, d.targetId, d.status]), [
          ['a1:discord:1', 'discord:1', 'pending'],
          ['a1:slack:C1', 'slack:C1', 'pending'],
        ]);
        const claims = await s.listClaims();
        assert.equal(claims.length, 2);
        const troops = claims.find((c) => c.kind === 'troops_deployed');
        assert.ok(troops);
        const { id, ...rest } = troops;
        assert.ok(id > 0);
        assert.deepEqual(rest, {
          ...claim(),
          articleId: r.articleId,
          reportId: r.articleId,
          published: '2026-02-27',
          createdAt: at(0),
          url: 'https://news.example.org/a1',
          outlet: 'Example News',
          title: 'North Korean troops in Kursk',
        });
        const missiles = claims.find((c) => c.kind === 'missiles_supplied');
        assert.equal(missiles?.value, 'KN-23');
        assert.equal(missiles?.direction, 'dprk_to_russia');
        assert.deepEqual(missiles?.comparedWith, []);
      }));

    test('text round-trips exactly and extra claim fields are kept', () =>
      withStore(make, async (s) => {
        const evidence = 'Il NIS ha detto: «circa 12.000 soldati» — 북한군 🚀 "quoted" \\ back\u00a0slash';
        const extra = { ...claim({ evidence }), extractor: 'lexicon-v2', spans: [[0, 12]] };
        const r = await s.saveAnalysis({
          article: article({ title: 'Nordcorea: «truppe» in Russia', outlet: 'ANSA – Esteri' }),
          claims: [extra],
          deliveries: [delivery('u1', 'slack:C1', JSON.stringify({ text: evidence }))],
          outcome: 'analyzed',
          at: at(0),
        });
        const [c] = await s.listClaims();
        assert.equal(c?.evidence, evidence);
        assert.equal((c as unknown as { extractor?: string }).extractor, 'lexicon-v2');
        assert.deepEqual((c as unknown as { spans?: unknown }).spans, [[0, 12]]);
        assert.equal(c?.title, 'Nordcorea: «truppe» in Russia');
        assert.equal((await s.getArticle(r.articleId))?.outlet, 'ANSA – Esteri');
        assert.equal((await s.listDeliveries())[0]?.payload, JSON.stringify({ text: evidence }));
        await s.setMeta('ünïcode', evidence);
        assert.equal(await s.getMeta('ünïcode'), evidence);
      }));

    test('a syndicated copy points at its report; reportArticles lists the original first', () =>
      withStore(make, async (s) => {
        const orig = await s.saveAnalysis({ article: article(), claims: [claim()], deliveries: [], outcome: 'analyzed', at: at(0) });
        const copy = await s.saveAnalysis({
          article: article({ itemKey: 'item-2', url: 'https://mirror.example.net/a1', outlet: 'Mirror', reportOf: orig.reportId }),
          claims: [claim({ change: 'confirms', novelty: 'confirms' })],
          deliveries: [],
          outcome: 'syndicated',
          at: at(1),
        });
        assert.notEqual(copy.articleId, orig.articleId);
        assert.equal(copy.reportId, orig.articleId);
        assert.equal((await s.getArticle(copy.articleId))?.reportId, orig.articleId);
        assert.deepEqual((await s.reportArticles(orig.reportId)).map((a) => a.id), [orig.articleId, copy.articleId]);
        assert.deepEqual(await s.reportArticles(999_999), []);
        const claims = await s.listClaims();
        assert.deepEqual(claims.map((c) => c.reportId), [orig.articleId, orig.articleId]);
        assert.equal(claims.find((c) => c.articleId === copy.articleId)?.outlet, 'Mirror');
      }));

    test('a failing claim insert rolls back the whole analysis', () =>
      withStore(make, async (s) => {
        await s.enqueueDeliveries([delivery('existing')], at(0));
        await assert.rejects(
          s.saveAnalysis({
            article: article(),
            claims: [claim(), claim({ change: 'bogus' as ChangeKind })],
            deliveries: [delivery('a1:discord:1')],
            outcome: 'analyzed',
            at: at(1),
          }),
        );
        assert.equal(await s.findArticleByUrl('https://news.example.org/a1'), undefined);
        assert.deepEqual(await s.listClaims(), []);
        assert.deepEqual(await s.unseenItemKeys('f1', ['item-1']), ['item-1']);
        assert.deepEqual((await s.listDeliveries()).map((d) => d.idempotencyKey), ['existing']);
        assert.deepEqual(await s.recentSimhashes(at(-60)), []);
        // The store is still usable and the failed attempt left no gap in behaviour.
        const ok = await s.saveAnalysis({ article: article(), claims: [claim()], deliveries: [delivery('a1:discord:1')], outcome: 'analyzed', at: at(2) });
        assert.equal((await s.getArticle(ok.articleId))?.reportId, ok.articleId);
      }));

    test('reportOf naming an unknown article is refused', () =>
      withStore(make, async (s) => {
        await assert.rejects(s.saveAnalysis({ article: article({ reportOf: 424242 }), claims: [], deliveries: [], outcome: 'syndicated', at: at(0) }));
        assert.equal(await s.findArticleByUrl('https://news.example.org/a1'), undefined);
      }));

    test('saveAnalysis skips deliveries whose key exists; an item seen before gets the new outcome', () =>
      withStore(make, async (s) => {
        await s.markItemsSeen('f1', [{ key: 'item-1', outcome: 'failed' }], at(0));
        await s.enqueueDeliveries([delivery('k1', 'discord:1', '"old"')], at(0));
        await s.saveAnalysis({ article: article(), claims: [], deliveries: [delivery('k1', 'discord:1', '"new"'), delivery('k2')], outcome: 'analyzed', at: at(1) });
        assert.deepEqual((await s.listDeliveries()).map((d) => [d.idempotencyKey, d.payload]), [['k1', '"old"'], ['k2', '{"key":"k2"}']]);
        assert.deepEqual(await s.unseenItemKeys('f1', ['item-1']), []);
      }));

    test('articles without feed or URL (CLI analyze) are stored and not recorded as items', () =>
      withStore(make, async (s) => {
        const { feedId: _f, itemKey: _k, url: _u, outlet: _o, ...bare } = article();
        const r = await s.saveAnalysis({ article: bare, claims: [claim()], deliveries: [], outcome: 'analyzed', at: at(0) });
        assert.deepEqual(await s.getArticle(r.articleId), { ...bare, id: r.articleId, reportId: r.articleId, createdAt: at(0) });
        const [c] = await s.listClaims();
        assert.equal(c?.url, undefined);
        assert.equal(c?.title, bare.title);
      }));

    test('findArticleByUrl, getArticle and recentSimhashes', () =>
      withStore(make, async (s) => {
        const a = await s.saveAnalysis({ article: article({ simhash: 'aaaaaaaaaaaaaaaa' }), claims: [], deliveries: [], outcome: 'analyzed', at: at(0) });
        const b = await s.saveAnalysis({
          article: article({ itemKey: 'i2', url: 'https://news.example.org/b', simhash: 'bbbbbbbbbbbbbbbb', relevant: false, reportOf: a.articleId }),
          claims: [], deliveries: [], outcome: 'syndicated', at: at(60),
        });
        assert.equal((await s.findArticleByUrl('https://news.example.org/b'))?.id, b.articleId);
        assert.equal((await s.findArticleByUrl('https://news.example.org/b'))?.relevant, false);
        assert.equal(await s.findArticleByUrl('https://news.example.org/none'), undefined);
        assert.equal(await s.getArticle(b.articleId + 100), undefined);
        assert.deepEqual(await s.recentSimhashes(at(30)), [{ articleId: b.articleId, reportId: a.articleId, simhash: 'bbbbbbbbbbbbbbbb' }]);
        assert.equal((await s.recentSimhashes(at(0))).length, 2);
      }));

    test('listClaims: newest article first, filters by kind, publication day and limit', () =>
      withStore(make, async (s) => {
        const save = (published: string, key: string, kinds: string[]) =>
          s.saveAnalysis({
            article: article({ published, itemKey: key, url: `https://news.example.org/${key}` }),
            claims: kinds.map((k) => claim({ kind: k as never, evidence: `${k} in ${key}` })),
            deliveries: [], outcome: 'analyzed', at: at(0),
          });
        await save('2025-01-10', 'old', ['troops_deployed', 'troops_killed']);
        await save('2026-02-01', 'new', ['troops_killed']);
        await save('2025-06-30', 'mid', ['workers_sent']);
        assert.deepEqual((await s.listClaims()).map((c) => c.evidence), [
          'troops_killed in new', 'workers_sent in mid', 'troops_deployed in old', 'troops_killed in old',
        ]);
        assert.deepEqual((await s.listClaims({ kind: 'troops_killed' })).map((c) => c.published), ['2026-02-01', '2025-01-10']);
        assert.deepEqual((await s.listClaims({ since: '2025-06-30' })).map((c) => c.published), ['2026-02-01', '2025-06-30']);
        assert.deepEqual((await s.listClaims({ since: '2025-06-30T12:00:00Z', kind: 'workers_sent' })).length, 1);
        assert.deepEqual((await s.listClaims({ limit: 2 })).map((c) => c.evidence), ['troops_killed in new', 'workers_sent in mid']);
        assert.deepEqual(await s.listClaims({ kind: 'treaty_event' }), []);
      }));

    test('listClaims: recordedSince filters by when the claim was stored, not when the article was published', () =>
      withStore(make, async (s) => {
        const save = (published: string, key: string, stored: string) =>
          s.saveAnalysis({
            article: article({ published, itemKey: key, url: `https://news.example.org/${key}` }),
            claims: [claim({ evidence: `claim in ${key}` })],
            deliveries: [], outcome: 'analyzed', at: stored,
          });
        await save('2026-03-01', 'early', '2026-03-01T08:00:00.000Z');
        await save('2026-02-27', 'late-old-story', '2026-03-02T09:30:00.000Z');
        const since = '2026-03-02T08:00:00.000Z';
        assert.deepEqual((await s.listClaims({ recordedSince: since })).map((c) => c.evidence), ['claim in late-old-story']);
        assert.equal((await s.listClaims({ recordedSince: '2026-03-03T00:00:00Z' })).length, 0);
      }));
  });
}
