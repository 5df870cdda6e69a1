// One new feed item: article text → analysis → near-duplicate check → store, with its alert deliveries, in one
// transaction. Analysis and saving run one at a time per cycle (see CycleState.serial).
import type { FeedItem } from '../feeds/types.js';
import type { ArticleInput } from '../articles/types.js';
import type { DeliveryInput, FeedRecord } from '../store/types.js';
import { contentHash, findNearDuplicate, simhash } from '../articles/near-duplicate.js';
import { analyzeArticle } from './analyze.js';
import { itemToArticle } from './feed-item.js';
import { alertLines, alertMessage, alertChange, linesForTarget, passes, targetsFor } from './alerts.js';
import type { KnownClaim } from './knowledge.js';
import { deliveryKey, type CycleState } from './cycle-state.js';
import type { PipelineDeps } from './deps.js';

export type ItemFate = 'alerted' | 'held' | 'quiet';

export async function processItem(
  item: FeedItem,
  feed: FeedRecord,
  feedTitle: string | undefined,
  deps: PipelineDeps,
  cycle: CycleState,
  limitFullText: <T>(fn: () => Promise<T>) => Promise<T>,
  overCap: boolean,
): Promise<ItemFate> {
  const at = () => deps.clock.now().toISOString();
  // The same article reached through another feed (an aggregator and the outlet itself) is one article.
  if (item.link && (await deps.store.findArticleByUrl(item.link))) {
    await deps.store.markItemsSeen(feed.id, [{ key: item.key, outcome: 'syndicated' }], at());
    return 'quiet';
  }
  const article = await itemToArticle(item, feed, feedTitle, deps, limitFullText);
  return cycle.serial(() => analyseAndSave(item, feed, article, deps, cycle, overCap));
}

async function analyseAndSave(
  item: FeedItem,
  feed: FeedRecord,
  article: ArticleInput,
  deps: PipelineDeps,
  cycle: CycleState,
  overCap: boolean,
): Promise<ItemFate> {
  const at = () => deps.clock.now().toISOString();
  const analysis = analyzeArticle(article, {
    pack: deps.pack,
    baseline: deps.baseline,
    known: cycle.knowledge.all(),
    ...(deps.stages ? { stages: deps.stages } : {}),
  });
  if (!analysis.relevant) {
    await deps.store.markItemsSeen(feed.id, [{ key: item.key, outcome: 'irrelevant' }], at());
    return 'quiet';
  }
  const body = `${article.title}\n\n${article.text}`;
  const hash = simhash(article.text || article.title);
  // A near-identical text is a republished copy only if it says nothing the original did not: a wire story
  // updated with a new figure, or template-like short items differing in their numbers, are news.
  const similar = findNearDuplicate(hash, cycle.simhashes);
  const copyOf =
    similar && analysis.claims.every((c) => cycle.knowledge.reportSays(`report:${similar.reportId}`, c)) ? similar : undefined;
  const record = {
    feedId: feed.id,
    itemKey: item.key,
    ...(article.url ? { url: article.url } : {}),
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    published: article.published,
    language: analysis.language,
    relevant: true,
    contentHash: contentHash(body),
    simhash: hash,
    ...(copyOf ? { reportOf: copyOf.reportId } : {}),
  };
  const ownReport = copyOf ? `report:${copyOf.reportId}` : `item:${feed.id}:${item.key}`;
  const lines = alertLines(analysis.claims, (c) => cycle.knowledge.corroboration(c, ownReport));
  const worthy = analysis.claims.some((c) => passes(alertChange(c), 'new'));
  const deliveries: DeliveryInput[] = [];
  let fate: ItemFate = 'quiet';
  if (!copyOf && worthy) {
    if (overCap) fate = 'held';
    else {
      const message = alertMessage({ ...article, language: analysis.language }, []);
      for (const target of targetsFor(deps.alertTargets, deps.alertMinChange, cycle.subscriptions)) {
        const changes = linesForTarget(lines, target);
        if (!changes.length) continue;
        deliveries.push({
          idempotencyKey: deliveryKey('alert', feed.id, item.key, target.targetId),
          targetId: target.targetId,
          payload: JSON.stringify({ ...message, changes }),
        });
      }
      if (deliveries.length) fate = 'alerted';
    }
  }
  const saved = await deps.store.saveAnalysis({
    article: record,
    claims: analysis.claims.map((c) => ({ ...c, novelty: alertChange(c) })),
    deliveries,
    outcome: copyOf ? 'syndicated' : 'analyzed',
    at: at(),
  });
  cycle.simhashes.push({ articleId: saved.articleId, reportId: saved.reportId, simhash: hash });
  const learned: KnownClaim[] = analysis.claims.map((c) => ({
    ...c,
    docId: `article:${saved.articleId}`,
    published: article.published,
    title: article.title,
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.url ? { url: article.url } : {}),
    reportKey: `report:${saved.reportId}`,
  }));
  cycle.knowledge.add(learned);
  deps.logger.info(
    { feed: feed.id, title: article.title, claims: analysis.claims.length, deliveries: deliveries.length, syndicated: Boolean(copyOf) },
    'article analysed',
  );
  return fate;
}
