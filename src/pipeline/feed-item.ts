// One feed item → the article text the analysis reads: the feed's own content, or the full page when the feed
// carries only a summary. A failed page fetch falls back to the summary (logged), never drops the item.
import type { ArticleInput } from '../articles/types.js';
import type { FeedItem } from '../feeds/types.js';
import type { FeedRecord } from '../store/types.js';
import { fetchArticle, htmlFragmentToText, needsFullText } from '../articles/fulltext.js';
import { errorMessage } from '../shared/errors.js';
import { isoDay } from '../shared/clock.js';
import type { PipelineDeps } from './deps.js';

export async function itemToArticle(
  item: FeedItem,
  feed: FeedRecord,
  feedTitle: string | undefined,
  deps: Pick<PipelineDeps, 'http' | 'logger' | 'clock'>,
  limitFullText: <T>(fn: () => Promise<T>) => Promise<T>,
): Promise<ArticleInput> {
  let text = item.content ? htmlFragmentToText(item.content) : '';
  let published = item.published;
  if (feed.fetchFullText && item.link && needsFullText(item)) {
    try {
      const page = await limitFullText(() => fetchArticle(deps.http, item.link!));
      if (page.text.length > text.length) text = page.text;
      published ??= page.published;
    } catch (err) {
      deps.logger.warn({ feed: feed.id, url: item.link, err: errorMessage(err) }, 'full text unavailable; using the feed summary');
    }
  }
  const day = published && !Number.isNaN(Date.parse(published)) ? isoDay(new Date(published)) : isoDay(deps.clock.now());
  return {
    title: item.title || '(untitled)',
    text,
    published: day,
    ...(item.link ? { url: item.link } : {}),
    ...(feed.name || feedTitle ? { outlet: feed.name ?? feedTitle } : {}),
    ...(feed.language ? { language: feed.language } : {}),
  };
}
