// `unsubscribe [alerts|digest]`: stops alerts, digests or both in this channel.
import { modeSchema, noMoreArgs, parseWith } from '../args.js';
import type { ChatCommand } from '../types.js';
import { channelTarget } from './subscribe.js';

export const unsubscribeCommand: ChatCommand = {
  name: 'unsubscribe',
  description: 'Stop alerts, digests or both in this channel',
  usage: 'unsubscribe [alerts|digest]',
  adminOnly: false,
  options: [
    { name: 'mode', description: 'Only this one (default: both)', type: 'choice', choices: ['alerts', 'digest'], required: false },
  ],
  async run(args, req, ctx) {
    const [word, ...rest] = args;
    noMoreArgs(rest, 'unsubscribe [alerts|digest]');
    const mode = word === undefined ? undefined : parseWith(modeSchema, word, 'mode');
    const removed = await ctx.store.removeSubscription(channelTarget(req), mode);
    const what = mode ?? 'alerts or digests';
    return removed > 0
      ? { type: 'text', title: 'Unsubscribed', lines: [`This channel no longer receives ${what}.`] }
      : { type: 'text', title: 'Unsubscribe', lines: [`This channel was not subscribed to ${what}.`], ephemeral: true };
  },
};
