// `analyze <url>`: reads one article and shows its claims against what is known, without storing anything.
import { changeLinesFromClaims } from '../../notify/format.js';
import type { AlertMessage } from '../../notify/types.js';
import { AppError, UserError, type AppErrorCode } from '../../shared/errors.js';
import { noMoreArgs, parseWith, urlSchema } from '../args.js';
import type { ChatCommand } from '../types.js';

/** Failures caused by the URL the user gave: shown to them, not logged as ours. */
const USER_FACING_CODES: ReadonlySet<AppErrorCode> = new Set([
  'blocked-address',
  'bad-url',
  'http-status',
  'timeout',
  'too-large',
  'too-many-redirects',
  'network',
  'not-a-feed',
  'parse',
]);

/** Turns fetch failures of a user-given URL into a UserError; anything else stays an internal error. */
export function asUserFacing(err: unknown, what: string): unknown {
  if (err instanceof AppError && USER_FACING_CODES.has(err.code)) return new UserError(`${what}: ${err.message}`);
  return err;
}

export const analyzeCommand: ChatCommand = {
  name: 'analyze',
  description: 'Analyze one article: its claims compared with the baseline (nothing is stored)',
  usage: 'analyze <url>',
  adminOnly: false,
  options: [{ name: 'url', description: 'Article URL (http or https)', type: 'url', required: true }],
  async run(args, _req, ctx) {
    const [word, ...rest] = args;
    if (!word) throw new UserError('usage: analyze <url>');
    noMoreArgs(rest, 'analyze <url>');
    const url = parseWith(urlSchema, word, 'url');
    const { article, claims } = await ctx.analyzeUrl(url).catch((err: unknown) => {
      throw asUserFacing(err, `cannot analyze ${url}`);
    });
    if (!article.relevance.relevant) {
      return {
        type: 'text',
        title: article.title,
        lines: [`Not about DPRK–Russia military cooperation; no claims extracted. ${url}`],
      };
    }
    if (claims.length === 0) {
      return { type: 'text', title: article.title, lines: [`Relevant, but no typed claims found. ${url}`] };
    }
    const alert: AlertMessage = {
      type: 'alert',
      title: article.title,
      url: article.url ?? url,
      published: article.published,
      language: article.language,
      changes: changeLinesFromClaims(claims),
    };
    if (article.outlet) alert.outlet = article.outlet;
    return alert;
  },
};
