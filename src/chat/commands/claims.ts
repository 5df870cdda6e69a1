// `claims <kind>`: the history of one kind, baseline and learned, newest first, with sources and links.
import { formatValue, kindLabel, shorten } from '../../notify/format.js';
import { kindSchema, noMoreArgs, parseWith } from '../args.js';
import { originOf } from '../claims-view.js';
import { CLAIM_KINDS } from '../../claims/model.js';
import { UserError } from '../../shared/errors.js';
import type { ChatCommand } from '../types.js';

/** Entries shown; older ones are counted, not listed, to stay within message limits. */
export const CLAIMS_HISTORY_LIMIT = 15;

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
    const stored = await ctx.store.listClaims({ kind, limit: CLAIMS_HISTORY_LIMIT + 1 });
    const entries: HistoryEntry[] = [
      ...stored.map((c) => ({
        published: c.published,
        text:
          `${c.published} · ${formatValue(c)} · ${originOf(c)} · ${c.novelty}` +
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
    if (entries.length > shown.length) lines.push(`…and more; older entries not shown.`);
    if (lines.length === 0) lines.push('No claims of this kind yet.');
    return { type: 'text', title: `${kindLabel(kind)} (${kind})`, lines };
  },
};
