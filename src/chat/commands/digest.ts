// `digest now`: the digest of the last 24 hours, posted as the reply.
import { UserError } from '../../shared/errors.js';
import { noMoreArgs } from '../args.js';
import type { ChatCommand } from '../types.js';

const DAY_MS = 86_400_000;

export const digestCommand: ChatCommand = {
  name: 'digest',
  description: 'Build the digest now',
  usage: 'digest now',
  adminOnly: false,
  subcommands: [{ name: 'now', description: 'The digest of the last 24 hours', options: [] }],
  async run(args, _req, ctx) {
    const [sub, ...rest] = args;
    if (sub !== 'now') throw new UserError('usage: digest now');
    noMoreArgs(rest, 'digest now');
    const since = new Date(ctx.clock.now().getTime() - DAY_MS).toISOString();
    const digest = await ctx.buildDigest(since);
    if (digest.groups.length === 0) {
      return { type: 'text', title: 'Digest', lines: [`Nothing changed since ${since}.`] };
    }
    return digest;
  },
};
