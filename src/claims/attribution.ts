// Who a sentence attributes its statements to, as a canonical actor (claims.md "Sources").
// Candidates, strongest first: the origin a reporter cites ("citing X", "cited X as saying"), an explicit cue
// ("according to X", "secondo X", "laut X", "selon X", "según X", "X zufolge"), then an actor that is the subject
// or the inverted subject of a speech verb ("X said", "said X", "lo rivela X"). Place names standing for a
// government ("Seoul said") count only next to a speech verb. Among equals, the one nearest the claim wins.
import type { SentenceContext, NamedSpan } from './context.js';

export interface Attribution {
  actor: string;
  /** Offset of the actor mention in the sentence. */
  at: number;
  priority: number;
}

const CUE_WINDOW = 10;
const SPEECH_BEFORE = 10;
const SPEECH_AFTER = 6;

function actorsIn(ctx: SentenceContext): { strong: NamedSpan[]; metonyms: NamedSpan[] } {
  const strong = ctx.named('actors', ctx.lex.actors.strong);
  const metonyms = ctx
    .named('actorMetonyms', ctx.lex.actors.metonyms)
    .filter((m) => !strong.some((s) => m.start < s.end && s.start < m.end));
  return { strong, metonyms };
}

export function attributions(ctx: SentenceContext): Attribution[] {
  const { strong, metonyms } = actorsIn(ctx);
  if (!strong.length && !metonyms.length) return [];
  const out: Attribution[] = [];
  const firstAfter = (offset: number, list: NamedSpan[]) =>
    list.find((a) => a.start >= offset && ctx.wordsBetween(offset, a.start) <= CUE_WINDOW);
  const { cues, citing, postCues, speech } = ctx.lex.attribution;
  for (const c of ctx.lookup('attr:citing', citing)) {
    const a = firstAfter(c.end, strong);
    if (a) out.push({ actor: a.name, at: a.start, priority: 4 });
  }
  // the actor of "according to X" stands before the next comma ("Secondo le informazioni di intelligence, il leader ...")
  const noComma = (from: number, a: NamedSpan | undefined) => (a && !/[,;:]/.test(ctx.text.slice(from, a.start)) ? a : undefined);
  for (const c of ctx.lookup('attr:cues', cues)) {
    const s = noComma(c.end, firstAfter(c.end, strong));
    const m = noComma(c.end, firstAfter(c.end, metonyms));
    const a = s && ctx.wordsBetween(c.end, s.start) <= 6 ? s : m && ctx.wordsBetween(c.end, m.start) <= 1 ? m : undefined;
    if (a) out.push({ actor: a.name, at: a.start, priority: 3 });
  }
  for (const c of ctx.lookup('attr:post', postCues)) {
    // "dem Pentagon zufolge": the actor right before the postposition
    const a = [...strong].reverse().find((x) => x.end <= c.start && ctx.wordsBetween(x.end, c.start) <= 1);
    if (a) out.push({ actor: a.name, at: a.start, priority: 3 });
  }
  // who thanks or praises speaks too ("Putin thanked ...", "El Kremlin agradeció ...")
  const speechSpans = [...ctx.lookup('attr:speech', speech), ...ctx.spans('thank')];
  for (const v of speechSpans) {
    const near = (list: NamedSpan[], before: number, after: number) => {
      let best: NamedSpan | undefined;
      let dist = Infinity;
      for (const a of list) {
        const d = a.end <= v.start ? ctx.wordsBetween(a.end, v.start) : a.start >= v.end ? ctx.wordsBetween(v.end, a.start) : Infinity;
        const limit = a.end <= v.start ? before : after;
        if (d <= limit && d < dist) {
          dist = d;
          best = a;
        }
      }
      return best;
    };
    // a place name speaks only as the subject before the verb ("Seoul said"); after it, it is what was said
    const a = near(strong, SPEECH_BEFORE, SPEECH_AFTER) ?? near(metonyms, 2, -1);
    if (a) out.push({ actor: a.name, at: a.start, priority: 2 });
  }
  return out;
}

/** The source for a claim anchored at an offset: highest priority, then nearest. */
export function sourceAt(list: readonly Attribution[], anchor: number): string | undefined {
  let best: Attribution | undefined;
  for (const a of list) {
    if (!best || a.priority > best.priority) best = a;
    else if (a.priority === best.priority && Math.abs(a.at - anchor) < Math.abs(best.at - anchor)) best = a;
  }
  return best?.actor;
}

/** A sentence that only says who said the previous one ("Lo afferma un funzionario americano."). */
export function isAttributionOnly(ctx: SentenceContext, list: readonly Attribution[]): boolean {
  if (!list.length) return false;
  const words = ctx.wordIndex(ctx.text.length);
  return words <= 10 && !ctx.numbers.length && ctx.dprkMarkers().length === 0;
}
