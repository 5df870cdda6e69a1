// The real implementations behind chat commands: the same analysis, feed admin and digest as the worker.
import type { ChatContext, UrlAnalysis } from '../chat/types.js';
import { fetchArticle } from '../articles/fulltext.js';
import { checkUrl } from '../shared/http/address-guard.js';
import { UserError, errorMessage } from '../shared/errors.js';
import { isoDay } from '../shared/clock.js';
import { buildDigest } from '../notify/digest.js';
import { analyzeArticle } from './analyze.js';
import { Knowledge } from './knowledge.js';
import { addFeed, removeFeed } from './feeds-admin.js';
import type { PipelineDeps } from './deps.js';

export interface ChatContextOptions {
  allowPrivateAddresses: boolean;
  defaultIntervalMinutes: number;
}

export function createChatContext(deps: PipelineDeps, opts: ChatContextOptions): ChatContext {
  return {
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    baseline: deps.baseline,
    async analyzeUrl(url: string): Promise<UrlAnalysis> {
      // Same guard as feeds: a URL from chat cannot reach internal addresses (the client checks every hop too).
      try {
        checkUrl(url, { allowPrivateAddresses: opts.allowPrivateAddresses });
      } catch (err) {
        throw new UserError(`cannot read ${url}: ${errorMessage(err)}`);
      }
      const page = await fetchArticle(deps.http, url);
      const published = page.published && !Number.isNaN(Date.parse(page.published)) ? isoDay(new Date(page.published)) : isoDay(deps.clock.now());
      const input = {
        url,
        title: page.title,
        text: page.text,
        published,
        ...(page.siteName ? { outlet: page.siteName } : {}),
        ...(page.language ? { language: page.language.slice(0, 2).toLowerCase() } : {}),
      };
      const knowledge = await Knowledge.load(deps.store, deps.baseline);
      const analysis = analyzeArticle(input, { pack: deps.pack, baseline: deps.baseline, known: knowledge.all() });
      return {
        article: { ...input, language: analysis.language, relevance: analysis.relevance },
        claims: analysis.claims,
      };
    },
    async addFeed(url: string) {
      const r = await addFeed(
        { url },
        {
          store: deps.store,
          http: deps.http,
          allowPrivateAddresses: opts.allowPrivateAddresses,
          defaultIntervalMinutes: opts.defaultIntervalMinutes,
          origin: 'chat',
        },
      );
      return r.feed;
    },
    async removeFeed(id: string) {
      if (!(await deps.store.getFeed(id))) return false;
      await removeFeed(id, deps.store);
      return true;
    },
    async buildDigest(since: string) {
      // buildDigest makes lines of the claims stored in the period and counts corroboration over all of them.
      const claims = await deps.store.listClaims();
      return buildDigest(claims, since, deps.clock.now().toISOString());
    },
  };
}
