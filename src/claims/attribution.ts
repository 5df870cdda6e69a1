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
/** Words of a sentence that only says who said the previous one: any such, or a longer one that opens with it. */
const SHORT_ATTRIBUTION = 16;
const LONG_ATTRIBUTION = 26;
/** How much weaker an outlet is than anyone else named the same way: below a speaker, above a written name. */
const MEDIA_DISCOUNT = 1.5;
const SPEECH_BEFORE = 14;
/** Words of a title before the name it introduces after a comma ("according to the Defense Secretary, Lloyd Austin,"). */
const APPOSITION_TITLE = 5;
const SPEECH_AFTER = 6;

function actorsIn(ctx: SentenceContext): { strong: NamedSpan[]; metonyms: NamedSpan[] } {
  let strong = ctx.actorMentions();
  // "il Dipartimento della Difesa degli Stati Uniti", "the Department of Defense of the United States": a country
  // joined to an actor by "of" says whose it is; it does not speak besides
  if (strong.length > 1) strong = strong.filter((m, i) => i === 0 || !qualifies(ctx, strong[i - 1]!, m));
  // "The agency said ...", "Il servizio ha precisato ...": the source named earlier in the paragraph
  const carried = ctx.carriedSource;
  if (carried) {
    const refs = ctx.spans('sourceAnaphora').filter((r) => !strong.some((a) => r.start < a.end && a.start < r.end));
    if (refs.length) strong = [...strong, ...refs.map((r) => ({ ...r, name: carried }))].sort((a, b) => a.start - b.start);
  }
  const people = namedPeople(ctx).filter((p) => !strong.some((a) => p.start < a.end && a.start < p.end));
  if (people.length) strong = [...strong, ...people].sort((a, b) => a.start - b.start);
  const metonyms = ctx
    .named('actorMetonyms', ctx.lex.actors.metonyms)
    .filter((m) => !strong.some((s) => m.start < s.end && s.start < m.end));
  return { strong, metonyms };
}

/** Is b joined to the actor a before it by "of" (and an article), as its owner, of the same side? (Another side's
 * actor after "of" is someone else: "il presidente della Duma" named after an earlier president.) */
function qualifies(ctx: SentenceContext, a: NamedSpan, b: NamedSpan): boolean {
  if (a.end > b.start || ctx.wordsBetween(a.end, b.start) > 2) return false;
  const side = (x: NamedSpan) => ctx.lex.actors.byName.get(x.name)?.side;
  if (side(a) === undefined || side(a) !== side(b)) return false;
  const first = /^\s*(\p{L}+)/u.exec(ctx.text.slice(a.end, b.start));
  return first !== null && ctx.lex.numbers.of.has(first[1]!.toLowerCase());
}

const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/uy;

/**
 * "South Korean Defense Minister Shin Wonsik", "Vadym Skibitsky, deputy head of Ukraine's military intelligence": a
 * person named next to an actor speaks for it later in the article ("Shin said", "according to Skibitsky").
 * Returns the names to remember: the full name, the surname, and a Korean-style family name written first.
 */
export function introducedPeople(ctx: SentenceContext): [string, string][] {
  const out: [string, string][] = [];
  const markers = [...ctx.dprkMarkers(), ...ctx.spans('russiaEntity'), ...ctx.named('persons', ctx.lex.persons)];
  for (const a of ctx.actorMentions()) {
    const after = /^\s*,?\s*/.exec(ctx.text.slice(a.end))![0].length + a.end;
    NAME_RUN.lastIndex = after;
    let m = NAME_RUN.exec(ctx.text);
    let at = after;
    if (!m) {
      const before = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s*(?:\p{Ll}+\s+){0,4}$/u.exec(ctx.text.slice(Math.max(0, a.start - 80), a.start));
      if (!before) continue;
      m = before;
      at = Math.max(0, a.start - 80) + before.index;
    }
    const name = m[1] ?? m[0];
    if (markers.some((x) => x.start < at + name.length && at < x.end)) continue;
    const words = name.split(/\s+/);
    out.push([name, a.name], [words[words.length - 1]!, a.name]);
    // Korean names put the family name first ("Shin Wonsik" is "Shin" later): a Korean institution's person, a
    // three-word name, or a hyphenated given name
    const side = ctx.lex.actors.byName.get(a.name)?.side;
    if (words.length === 3 || /-/.test(words[1] ?? '') || (words.length === 2 && (side === 'south_korea' || side === 'dprk'))) out.push([words[0]!, a.name]);
  }
  return out;
}

/** Mentions of people remembered by introducedPeople, as actor spans (memoised per sentence). */
const peopleMemo = new WeakMap<SentenceContext, NamedSpan[]>();

function namedPeople(ctx: SentenceContext): NamedSpan[] {
  const map = ctx.personActors;
  if (!map?.size) return [];
  const memo = peopleMemo.get(ctx);
  if (memo) return memo;
  let out: NamedSpan[] = [];
  const text = ctx.text;
  for (const [name, actor] of map) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // whole words only
      if ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!))) continue;
      out.push({ start: at, end, entry: 0, name: actor });
    }
  }
  if (out.length) {
    // the longest of overlapping mentions ("Shin Wonsik" over "Shin"), not inside a marker ("Kim Jong Un")
    const markers = [...ctx.dprkMarkers(), ...ctx.spans('russiaEntity'), ...ctx.named('persons', ctx.lex.persons)];
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: NamedSpan[] = [];
    for (const p of out) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
    out = kept.filter((p) => !markers.some((x) => x.start < p.end && p.start < x.end));
  }
  peopleMemo.set(ctx, out);
  return out;
}

/** Small words allowed inside a written name ("Institute for the Study of War", "Ministerio de Defensa"). */
const NAME_LINKS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'della', 'dello', 'di', 'des', 'du', 'la', 'le', 'los', 'las', 'für', 'der', 'die', 'y', 'et', 'e', 'und']);

/** A capitalised name right after a cue, kept as written when no alias knows it (claims.md: unknown actors). */
function writtenName(ctx: SentenceContext, from: number): { name: string; at: number } | undefined {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  re.lastIndex = from;
  const words: { w: string; start: number; end: number }[] = [];
  for (let m = re.exec(ctx.text); m && words.length < 10; m = re.exec(ctx.text)) {
    if (/[,;:()]/.test(ctx.text.slice(words.length ? words[words.length - 1]!.end : from, m.index))) break;
    words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  }
  // skip leading articles ("the", "la", "der") to the first capitalised word
  let i = 0;
  while (i < words.length && i < 2 && !/^\p{Lu}/u.test(words[i]!.w)) i++;
  if (i >= words.length || !/^\p{Lu}/u.test(words[i]!.w)) return undefined;
  let j = i;
  for (;;) {
    // extend over capitalised words, and over small link words when a capitalised word follows them
    let k = j + 1;
    while (k < words.length && NAME_LINKS.has(words[k]!.w.toLowerCase())) k++;
    if (k < words.length && /^\p{Lu}/u.test(words[k]!.w)) j = k;
    else break;
  }
  // "according to South Korean newspaper DongA Ilbo": the adjective is no name; the name follows its noun
  const adjective = [...ctx.spans('otherAdj'), ...ctx.spans('dprkAdj'), ...ctx.spans('russiaAdj')].some((s) => s.start === words[i]!.start);
  if (adjective) {
    let k = j + 1;
    while (k < words.length && k <= j + 3 && !/^\p{Lu}/u.test(words[k]!.w)) k++;
    if (k >= words.length || k > j + 3 || !/^\p{Lu}/u.test(words[k]!.w) || k === j + 1) return undefined;
    const rest = writtenName(ctx, words[k]!.start);
    return rest;
  }
  const name = ctx.text.slice(words[i]!.start, words[j]!.end).replace(/[.’']+$/, '');
  // German capitalises every noun ("Laut Angaben aus Kiew"): a lone word there must be an acronym
  if (i === j && ctx.lex.language === 'de' && !/^\p{Lu}{2,}$/u.test(name)) return undefined;
  return name.length >= 3 ? { name, at: words[i]!.start } : undefined;
}

/**
 * A capitalised name that opens the sentence or its clause and speaks ("The Ukrainian National Resistance Center
 * reported that ...", "..., Conflict Armament Research said"): kept as written when no alias knows it. Two words at
 * least, or an acronym: a lone capitalised word opening a sentence is no name.
 */
const SUBJECT_NAME = /(?:^(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Gg]li|[Dd]er|[Dd]ie|[Dd]as)\s+|^[Ll]['’]|^|[,;:]\s*)((?:\p{Lu}[\p{L}\p{N}'’.-]*)(?:\s+(?:(?:of|for|the|de|del|des|du|di|della|für|der)\s+)*\p{Lu}[\p{L}\p{N}'’.-]*)*)\s+$/u;

function subjectName(ctx: SentenceContext, verbStart: number): { name: string; at: number } | undefined {
  const before = ctx.text.slice(Math.max(0, verbStart - 120), verbStart);
  const m = SUBJECT_NAME.exec(before);
  if (!m || !/^\p{Lu}/u.test(m[1]!)) return undefined;
  const name = m[1]!.replace(/[.’']+$/, '');
  const words = name.split(/\s+/);
  if (words.some((w, k) => k > 0 && !/^\p{Lu}/u.test(w) && !NAME_LINKS.has(w))) return undefined;
  if (words.length < 2 && !/^\p{Lu}{2,}$/u.test(name)) return undefined;
  const at = verbStart - before.length + m.index + m[0].indexOf(m[1]!);
  // "Im Juni erklärte ...", "In Kursk sagte ...": a preposition or a date opening the sentence is no name
  const opens = (s: { start: number }) => s.start === at;
  if (ctx.spans('placePrep').some(opens) || ctx.spans('toPrep').some(opens) || ctx.spans('fromPrep').some(opens)) return undefined;
  if (ctx.dates.some((d) => d.start < at + name.length && at < d.end)) return undefined;
  return { name, at };
}

export function attributions(ctx: SentenceContext): Attribution[] {
  const out = knownAttributions(ctx);
  if (out.length) return out;
  const notAParty = (n: { at: number }) => !ctx.dprkMarkers().some((d) => d.start === n.at) && !ctx.spans('russiaEntity').some((d) => d.start === n.at);
  // no known actor: "according to the Institute for the Study of War" keeps the name as written
  for (const c of [...ctx.lookup('attr:citing', ctx.lex.attribution.citing), ...ctx.lookup('attr:cues', ctx.lex.attribution.cues)]) {
    const n = writtenName(ctx, c.end);
    if (n && notAParty(n)) out.push({ actor: ctx.personActors?.get(n.name) ?? n.name, at: n.at, priority: 1 });
  }
  for (const v of ctx.lookup('attr:speech', ctx.lex.attribution.speech)) {
    const n = subjectName(ctx, v.start);
    if (n && notAParty(n)) out.push({ actor: ctx.personActors?.get(n.name) ?? n.name, at: n.at, priority: 1 });
  }
  return out;
}

function knownAttributions(ctx: SentenceContext): Attribution[] {
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
  // ... nor after a "that" ("a indiqué que le régime ...": what follows "que" is what was said, not who said it)
  // ... unless the actor is the title's name in apposition ("Secondo il segretario della Difesa, Lloyd Austin, ...")
  const appositive = (from: number, a: NamedSpan) =>
    /^[^,;:]*,\s*$/.test(ctx.text.slice(from, a.start)) && ctx.wordsBetween(from, a.start) <= APPOSITION_TITLE && /^\s*,/.test(ctx.text.slice(a.end));
  const noComma = (from: number, a: NamedSpan | undefined) =>
    a && (!/[,;:]/.test(ctx.text.slice(from, a.start)) || appositive(from, a)) && !ctx.spans('complementizer').some((k) => k.start >= from && k.end <= a.start)
      ? a
      : undefined;
  for (const c of ctx.lookup('attr:cues', cues)) {
    const s = noComma(c.end, firstAfter(c.end, strong));
    const m = noComma(c.end, firstAfter(c.end, metonyms));
    // a place name is a source only right after the cue ("according to Seoul"); "informó que Corea del Norte ..." is
    // what was reported
    const a = s && ctx.wordsBetween(c.end, s.start) <= 6 ? s : m && ctx.wordsBetween(c.end, m.start) === 0 ? m : undefined;
    // a place standing for its government ("reported by Ukraine") is weaker than a body named as such: equal to a
    // speaker, so the nearer wins
    if (a) out.push({ actor: a.name, at: a.start, priority: a === s ? 3 : 2 });
  }
  for (const c of ctx.lookup('attr:post', postCues)) {
    // "dem Pentagon zufolge": the actor right before the postposition
    const a = [...strong].reverse().find((x) => x.end <= c.start && ctx.wordsBetween(x.end, c.start) <= 1);
    if (a) out.push({ actor: a.name, at: a.start, priority: 3 });
  }
  // after a preposition a place is a place; after "of" it qualifies a noun, which is the speaker ("un joven soldado de
  // Corea del Norte dijo")
  const governed = (m: NamedSpan) => ctx.afterOfWord(m) || ctx.rightAfter(['toPrep', 'fromPrep', 'placePrep', 'comitative', 'agentPrep'], m);
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
    // a place name speaks only as the subject before the verb ("Seoul said"); after it, it is what was said; after a
    // preposition it is a place ("troops in Russia are estimated at ...")
    // "Kim said, speaking alongside Defense Secretary Lloyd Austin": a companion does not speak
    const companion = (m: NamedSpan) => ctx.rightAfter(['comitative'], m);
    // "told lawmakers in Seoul": a place after a preposition is where it was said ("an official of Ukrainian military
    // intelligence" is no place: "of" belongs to the name)
    const placed = (m: NamedSpan) => ctx.afterPlacePreposition(m);
    // "stated that the North Korean regime had decided ...": after the verb and its "that" comes what was said
    const said = (m: NamedSpan) => m.start >= v.end && ctx.spans('complementizer').some((c) => c.start >= v.end && c.end <= m.start);
    // "Kursk, la regione che poi la Russia aveva detto di avere riconquistato": a subject right after "che", "that",
    // "que" speaks in a subordinate clause, about what that clause says; "ce que les États-Unis ont confirmé" points
    // back to what was said before it
    const subordinate = (m: NamedSpan) =>
      m.end <= v.start &&
      ctx.spans('complementizer').some(
        (c) => c.end <= m.start && ctx.wordsBetween(c.end, m.start) <= 2 && !ctx.spans('whatRelative').some((w) => w.start <= c.start && w.end >= c.end),
      );
    // a place name speaks as the subject right before the verb, in its clause ("Seoul said"; not "... hat Russland
    // erhalten, schätzt Seoul"), or right after a verb that opens a speech tag after a comma or a quote (", schätzt
    // Seoul", "», a estimé Séoul")
    const tagged = (m: NamedSpan) =>
      m.start >= v.end &&
      ctx.wordsBetween(v.end, m.start) === 0 &&
      /[,»"”]\s*$/.test(ctx.text.slice(0, v.start)) &&
      /^\s*(?:[.,;:!?)]|$)/.test(ctx.text.slice(m.end));
    const subject = (m: NamedSpan) => (m.end <= v.start ? !/[,;:]/.test(ctx.text.slice(m.end, v.start)) : tagged(m));
    const a =
      near(strong.filter((m) => !companion(m) && !placed(m) && !said(m) && !subordinate(m)), SPEECH_BEFORE, SPEECH_AFTER) ??
      near(metonyms.filter((m) => !governed(m) && !subordinate(m) && subject(m)), 2, 0);
    if (a) out.push({ actor: a.name, at: a.start, priority: 2 });
  }
  // the outlet only when no one else is named (claims.md): "the NIS said ..., Yonhap reported" is the NIS's claim
  return out.map((x) => (ctx.lex.actors.byName.get(x.actor)?.media ? { ...x, priority: x.priority - MEDIA_DISCOUNT } : x));
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

/**
 * Does the sentence say something on someone's word? A question ("And what does Moscow say?") asks, and who "did not
 * comment" says nothing (a negation right after the speaker; "KCNA said, without giving details" still speaks).
 */
export function speaks(ctx: SentenceContext, list: readonly Attribution[]): boolean {
  if (!list.length || /\?\s*["”»']?\s*$/.test(ctx.text)) return false;
  const refuses = (a: Attribution) => ctx.spans('negation').some((n) => n.start > a.at && ctx.wordsBetween(a.at, n.start) <= 3 && ctx.sameClause(a.at, n.start));
  return !list.some(refuses);
}

/** A sentence that only says who said the previous one ("Lo afferma un funzionario americano."). */
export function isAttributionOnly(ctx: SentenceContext, list: readonly Attribution[]): boolean {
  if (!speaks(ctx, list)) return false;
  const words = ctx.wordIndex(ctx.text.length);
  // "Así lo anunció Serguéi Shoigú, ... tras su encuentro con el líder norcoreano": a sentence that opens by pointing
  // back ("así lo", "this was stated by") attributes the one before, whatever else it names
  const echo = ctx.spans('echoOpener').some((e) => ctx.wordIndex(e.start) === 0);
  if (echo && !ctx.numbers.length && list.some((a) => ctx.wordIndex(a.at) <= 6)) return true;
  if (ctx.numbers.length || ctx.dprkMarkers().length) return false;
  // "Lo scrive il Financial Times, riferendosi ai dati dell'intelligence ucraina, che ...": a longer sentence still
  // only attributes when its source comes first
  return words <= SHORT_ATTRIBUTION || (words <= LONG_ATTRIBUTION && list.some((a) => ctx.wordIndex(a.at) <= 4));
}
