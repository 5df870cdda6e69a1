// Item claims: weapons, technology and resources changing hands between the two countries. An item counts when the
// sentence speaks of a transfer (a supply or receive verb or noun) and names one of the parties, or when the
// item's maker is fixed (a KN-23 is North Korean) or written next to it ("tecnologia russa").
import type { ItemKind } from '../model.js';
import type { SentenceContext } from '../context.js';
import { directionFor, hasTransfer, originOf } from '../direction.js';
import type { Span } from '../../articles/term-patterns.js';
import type { Draft, Rule } from './types.js';

const KINDS: ItemKind[] = ['weapon_supplied', 'technology_transfer', 'resources_supplied'];

const TRANSFER_WINDOW = 20;

/** A supply/receive verb or "in exchange" in the item's clause, not too far: "Russia fired drones, while Pyongyang sent shells". */
function transferNear(ctx: SentenceContext, item: Span): boolean {
  return (['supply', 'receive', 'exchange'] as const).some((k) =>
    ctx.spans(k).some((v) =>
      ctx.sameClause(v.start, item.start) &&
      (v.end <= item.start ? ctx.wordsBetween(v.end, item.start) : ctx.wordsBetween(item.end, v.start)) <= TRANSFER_WINDOW,
    ),
  );
}

export const itemRule: Rule = (ctx: SentenceContext) => {
  const out: Draft[] = [];
  const transfer = hasTransfer(ctx);
  const parties = ctx.has('dprkEntity') || ctx.has('russiaEntity') || ctx.has('dprkAdj') || ctx.has('russiaAdj');
  for (const kind of KINDS) {
    const named = ctx.lex.items[kind as 'weapon_supplied'];
    for (const span of ctx.named(`item:${kind}`, named)) {
      const fixed = ctx.lex.itemOrigins.get(span.name);
      if (fixed) {
        out.push({ kind, value: span.name, direction: fixed === 'dprk' ? 'dprk_to_russia' : 'russia_to_dprk', anchor: span.start });
        continue;
      }
      if (!((transfer && parties && transferNear(ctx, span)) || originOf(ctx, span))) continue;
      if (out.some((d) => d.kind === kind && d.value === span.name)) continue;
      out.push({ kind, value: span.name, direction: directionFor(ctx, span, kind), anchor: span.start });
    }
  }
  return out;
};
