// `claims <kind>`: the history of one kind, baseline and learned, newest first, with sources and links.
import { formatValue, kindLabel, shorten } from '../../notify/format.js';
import { kindSchema, noMoreArgs, parseWith } from '../args.js';
import { originOf } from '../claims-view.js';
import { CLAIM_KINDS, claimSlot } from '../../claims/model.js';
import type { StoredClaim } from '../../store/types.js';
import { UserError } from '../../shared/errors.js';
import type { ChatCommand } from '../types.js';

/** Entries shown; older ones are counted, not listed, to stay within message limits. */
export const CLAIMS_HISTORY_LIMIT = 15;

/** Stored claims read per request: enough to fill the history after syndicated copies are folded in. */
const STORED_SCAN_LIMIT = 200;

/** One entry per report and slot: the original article's claim, with the number of syndicated copies. */
function byReport(claims: readonly StoredClaim[]): { claim: StoredClaim; copies: number }[] {
  const groups = new Map<string, { claim: StoredClaim; copies: number }>();
  for (const c of claims) {
    const key = `${c.reportId}|${claimSlot(c)}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { claim: c, copies: 0 });
    else {
      g.copies++;
      if (c.articleId === c.reportId) g.claim = c;
    }
  }
  return [...groups.values()];
}

interface HistoryEntry {
  published: string;
  text: string;
}

export const claimsCommand: ChatCommand = {
  name: 'claims',
  description: 'History of one claim kind with sources and links',
  usage: 'claims <kind>',
  adminOnly: false,
  options: [{ name: 'kind', description: 'Claim kind, e.g. troops_deployed', type: 'kind', required: true, choices: CLAIM_KINDS }],
  async run(args, _req, ctx) {
    const [word, ...rest] = args;
    if (!word) throw new UserError(`usage: claims <kind>; kinds: ${CLAIM_KINDS.join(', ')}`);
    noMoreArgs(rest, 'claims <kind>');
    const kind = parseWith(kindSchema, word, 'kind');
    const stored = await ctx.store.listClaims({ kind, limit: STORED_SCAN_LIMIT });
    const entries: HistoryEntry[] = [
      ...byReport(stored).map(({ claim: c, copies }) => ({
        published: c.published,
        text:
          `${c.published} · ${formatValue(c)} · ${originOf(c)} · ${c.novelty}` +
          `${copies > 0 ? ` · +${copies} cop${copies === 1 ? 'y' : 'ies'}` : ''}` +
          `${c.url ? ` · ${c.url}` : ''} — "${shorten(c.evidence, 160)}"`,
      })),
      ...ctx.baseline
        .filter((c) => c.kind === kind)
        .map((c) => ({
          published: c.published,
          text:
            `${c.published} · ${formatValue(c)} · ${originOf(c)} · baseline` +
            `${c.url ? ` · ${c.url}` : ''} — "${shorten(c.evidence, 160)}"`,
        })),
    ].sort((a, b) => b.published.localeCompare(a.published));
    const shown = entries.slice(0, CLAIMS_HISTORY_LIMIT);
    const lines = shown.map((e) => e.text);
    if (entries.length > shown.length) lines.push(`…and ${entries.length - shown.length} older entries not shown.`);
    if (lines.length === 0) lines.push('No claims of this kind yet.');
    return { type: 'text', title: `${kindLabel(kind)} (${kind})`, lines };
  },
};
