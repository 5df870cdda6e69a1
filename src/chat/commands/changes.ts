// `changes [since]`: what the feeds brought since a time (default the last 24 h), grouped by kind.
import { CLAIM_KINDS, claimSlot, type ClaimKind } from '../../claims/model.js';
import { CHANGE_RANK, changeLinesFromClaims } from '../../notify/format.js';
import type { ChangeLine, DigestMessage } from '../../notify/types.js';
import { noMoreArgs, parseSince } from '../args.js';
import { reportsPerSlot } from '../claims-view.js';
import type { ChatCommand } from '../types.js';

const DAY_MS = 86_400_000;
/** Lines shown in one reply; the renderers cut further to platform limits. */
export const CHANGES_LINE_LIMIT = 25;
const SCAN_LIMIT = 2000;
const HISTORY_LIMIT = 20_000;

export const changesCommand: ChatCommand = {
  name: 'changes',
  description: 'What changed since a time (default: last 24 h)',
  usage: 'changes [since: 6h | 2d | 2024-11-01]',
  adminOnly: false,
  options: [{ name: 'since', description: 'A duration back (6h, 2d) or an ISO date', type: 'duration', required: false }],
  async run(args, _req, ctx) {
    const [word, ...rest] = args;
    noMoreArgs(rest, 'changes [since]');
    const now = ctx.clock.now();
    const since = word ? parseSince(word, now) : new Date(now.getTime() - DAY_MS).toISOString();
    // What the bot learned since then (whatever the articles' dates); corroboration counts over all it knows.
    const claims = await ctx.store.listClaims({ recordedSince: since, limit: SCAN_LIMIT });
    const reports = reportsPerSlot(await ctx.store.listClaims({ limit: HISTORY_LIMIT }));
    // Confirmations are digest material, not changes; the most important changes first.
    // A syndicated copy repeats its report's claims: one line per report and slot.
    const seen = new Set<string>();
    const changed = claims
      .filter((c) => c.novelty !== 'confirms')
      .filter((c) => {
        const key = `${c.reportId}|${claimSlot(c)}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => CHANGE_RANK[b.novelty] - CHANGE_RANK[a.novelty])
      .slice(0, CHANGES_LINE_LIMIT);
    const lines = changeLinesFromClaims(changed, (c) => reports.get(claimSlot(c))?.size ?? 1);
    const groups = new Map<ClaimKind, ChangeLine[]>();
    for (const line of lines) groups.set(line.kind, [...(groups.get(line.kind) ?? []), line]);
    const digest: DigestMessage = {
      type: 'digest',
      since,
      until: now.toISOString(),
      groups: CLAIM_KINDS.filter((k) => groups.has(k)).map((kind) => ({ kind, lines: groups.get(kind) ?? [] })),
    };
    if (digest.groups.length === 0) {
      return { type: 'text', title: 'Changes', lines: [`Nothing changed since ${since}.`] };
    }
    return digest;
  },
};
