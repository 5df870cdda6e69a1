// `subscribe alerts|digest [kinds...] [min-change new|updates|contradicts]`: this channel receives alerts or digests.
import { CLAIM_KINDS } from '../../claims/model.js';
import type { Subscription } from '../../store/types.js';
import { UserError } from '../../shared/errors.js';
import { minChangeSchema, modeSchema, parseKinds, parseWith, splitNamed } from '../args.js';
import type { ChatCommand, ChatRequest, CommandOptionDef } from '../types.js';

/** The notify target of the channel a command came from, e.g. `discord:123`, `slack:C0123`. */
export function channelTarget(req: Pick<ChatRequest, 'platform' | 'channelId'>): string {
  return `${req.platform}:${req.channelId}`;
}

const MODE_OPTIONS: CommandOptionDef[] = [
  {
    name: 'kinds',
    description: 'Only these kinds, space or comma separated (default: all)',
    type: 'kinds',
    required: false,
  },
  {
    name: 'min-change',
    description: 'Lowest change posted (default: new)',
    type: 'choice',
    choices: ['new', 'updates', 'contradicts'],
    required: false,
    named: true,
  },
];

const USAGE = 'subscribe alerts|digest [kinds...] [min-change new|updates|contradicts]';

export const subscribeCommand: ChatCommand = {
  name: 'subscribe',
  description: 'Post alerts or digests to this channel',
  usage: USAGE,
  adminOnly: false,
  subcommands: [
    { name: 'alerts', description: 'Post an alert for each change as it is found', options: MODE_OPTIONS },
    { name: 'digest', description: 'Post a periodic digest of changes', options: MODE_OPTIONS },
  ],
  async run(args, req, ctx) {
    const { positional, named } = splitNamed(args, ['min-change']);
    const [modeWord, ...kindWords] = positional;
    if (!modeWord) throw new UserError(`usage: ${USAGE}`);
    const mode = parseWith(modeSchema, modeWord, 'mode');
    const kinds = parseKinds(kindWords);
    const minChange = parseWith(minChangeSchema, named.get('min-change') ?? 'new', 'min-change');
    const targetId = channelTarget(req);
    const sub: Subscription = { targetId, mode, kinds, minChange, createdAt: ctx.clock.now().toISOString() };
    await ctx.store.upsertSubscription(sub);
    // Subscribing again is how a channel that was disabled (e.g. missing permissions) gets switched back on.
    const target = await ctx.store.getTarget(targetId);
    if (target && !target.enabled) await ctx.store.enableTarget(targetId);
    return {
      type: 'text',
      title: `Subscribed to ${mode}`,
      lines: [
        `Kinds: ${kinds.length ? kinds.join(', ') : `all (${CLAIM_KINDS.length})`}`,
        `Lowest change posted: ${minChange}`,
      ],
    };
  },
};
