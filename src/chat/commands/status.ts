// `status`: per kind the latest value, its source and date, the baseline value and how many reports carry it.
import { claimSlot } from '../../claims/model.js';
import { formatValue, kindLabel } from '../../notify/format.js';
import { noMoreArgs } from '../args.js';
import { STATUS_SCAN_LIMIT, compareKindKeys, latestBaseline, latestStored, originOf, reportsPerSlot } from '../claims-view.js';
import type { ChatCommand } from '../types.js';

export const statusCommand: ChatCommand = {
  name: 'status',
  description: 'Latest value of every claim kind, with source, date, baseline value and corroboration',
  usage: 'status',
  adminOnly: false,
  options: [],
  async run(args, _req, ctx) {
    noMoreArgs(args, 'status');
    const stored = await ctx.store.listClaims({ limit: STATUS_SCAN_LIMIT });
    const latest = latestStored(stored);
    const baseline = latestBaseline(ctx.baseline);
    const reports = reportsPerSlot(stored);
    const keys = [...new Set([...baseline.keys(), ...latest.keys()])].sort(compareKindKeys);
    const lines = keys.map((key) => {
      const cur = latest.get(key);
      const base = baseline.get(key);
      const head = cur ?? base;
      if (!head) return key; // unreachable: every key comes from one of the two maps
      const label = kindLabel(head.kind);
      const baseText = base ? `baseline ${formatValue(base)} (${originOf(base)}, ${base.published})` : 'not in baseline';
      if (!cur) return `${label}: ${baseText}; nothing newer seen`;
      const n = reports.get(claimSlot(cur))?.size ?? 1;
      const link = cur.url ? ` ${cur.url}` : '';
      return (
        `${label}: ${formatValue(cur)} — ${originOf(cur)}, ${cur.published}${link} · ` +
        `${baseText} · ${n} report${n === 1 ? '' : 's'}`
      );
    });
    if (lines.length === 0) return { type: 'text', title: 'Status', lines: ['No claims yet: neither baseline nor feeds.'] };
    return { type: 'text', title: `Status — ${stored.length} stored claim${stored.length === 1 ? '' : 's'}`, lines };
  },
};
