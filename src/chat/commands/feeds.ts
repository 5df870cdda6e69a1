// `feeds list | add <url> | remove <id>` (admins only): the feeds polled, managed from chat.
import { UserError } from '../../shared/errors.js';
import { noMoreArgs, parseWith, urlSchema } from '../args.js';
import type { ChatCommand } from '../types.js';
import { asUserFacing } from './analyze.js';
import { z } from 'zod';

const FEED_ID = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.:-]+$/, 'feed ids are letters, digits and . _ : -');

/** Feeds listed in one reply; the rest are counted. */
export const FEEDS_LIST_LIMIT = 40;

export const feedsCommand: ChatCommand = {
  name: 'feeds',
  description: 'List, add or remove polled feeds (admins only)',
  usage: 'feeds list | feeds add <url> | feeds remove <id>',
  adminOnly: true,
  subcommands: [
    { name: 'list', description: 'List the polled feeds and their health', options: [] },
    {
      name: 'add',
      description: 'Add a feed (it is fetched and checked first)',
      options: [{ name: 'url', description: 'Feed URL (RSS, Atom or JSON Feed)', type: 'url', required: true }],
    },
    {
      name: 'remove',
      description: 'Remove a feed by id',
      options: [{ name: 'id', description: 'Feed id, as shown by feeds list', type: 'string', required: true }],
    },
  ],
  async run(args, _req, ctx) {
    const [sub, value, ...rest] = args;
    switch (sub) {
      case 'list': {
        noMoreArgs(value === undefined ? rest : [value, ...rest], 'feeds list');
        const feeds = await ctx.store.listFeeds();
        if (feeds.length === 0) return { type: 'text', title: 'Feeds', lines: ['No feeds configured.'] };
        const lines = feeds.slice(0, FEEDS_LIST_LIMIT).map((f) => {
          const health =
            f.failures > 0 ? `failing ×${f.failures}${f.lastError ? `: ${f.lastError}` : ''}` : f.lastSuccessAt ? `ok ${f.lastSuccessAt}` : 'not fetched yet';
          return `${f.id} · ${f.name ?? f.url} · ${f.url} · ${f.origin} · ${health}`;
        });
        if (feeds.length > FEEDS_LIST_LIMIT) lines.push(`…and ${feeds.length - FEEDS_LIST_LIMIT} more`);
        return { type: 'text', title: `Feeds (${feeds.length})`, lines };
      }
      case 'add': {
        if (value === undefined) throw new UserError('usage: feeds add <url>');
        noMoreArgs(rest, 'feeds add <url>');
        const url = parseWith(urlSchema, value, 'url');
        const feed = await ctx.addFeed(url).catch((err: unknown) => {
          throw asUserFacing(err, `cannot add ${url}`);
        });
        return { type: 'text', title: 'Feed added', lines: [`${feed.id} · ${feed.name ?? feed.url} · every ${feed.intervalMinutes} min`] };
      }
      case 'remove': {
        if (value === undefined) throw new UserError('usage: feeds remove <id>');
        noMoreArgs(rest, 'feeds remove <id>');
        const id = parseWith(FEED_ID, value, 'id');
        if (!(await ctx.removeFeed(id))) throw new UserError(`no feed with id '${id}'; see feeds list`);
        return { type: 'text', title: 'Feed removed', lines: [id] };
      }
      default:
        throw new UserError(`usage: ${feedsCommand.usage}`);
    }
  },
};
