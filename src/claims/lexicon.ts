// Compiles a topic pack's language file (plus the shared names) into the matchers the rules use.
// Compiled once per (pack, language) and cached: extraction must stay fast.
import type { ActorDef, LanguageFile, TopicPack } from '../config/topic-pack.js';
import { aliasMatcher, MatcherGroup, prefixRegExp, suffixRegExp, termList, TermMatcher } from '../articles/term-patterns.js';

/** The term lists of a language file's `terms:` section that the rules read. */
export const TERM_KEYS = [
  'dprkEntity', 'russiaEntity', 'dprkAdj', 'russiaAdj', 'otherAdj', 'otherEntity', 'dprkPeople',
  'troops', 'nonTroops', 'workers', 'labourPurpose', 'missiles',
  'killed', 'wounded', 'casualties', 'casualtyNouns', 'captured', 'additional', 'total', 'countCue', 'anaphora', 'others',
  'amongThem', 'supply', 'receive', 'exchange', 'exchangeFor', 'paymentFor', 'toPrep', 'fromPrep', 'placePrep', 'agentPrep', 'comitative', 'complementizer', 'sourceAnaphora', 'sourcePronoun',
  'techCue', 'imagery', 'possible', 'deny', 'confirm', 'negation', 'neither', 'thank', 'participation', 'deployment',
  'treaty', 'treatyGeneric', 'allegation', 'signed', 'ratified', 'inForce', 'visit', 'meeting', 'arrive', 'bareRegime', 'thirdCountry', 'fired', 'echoOpener', 'deployedVerb', 'whereRelative', 'whatRelative', 'host', 'vagueCount',
] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export interface Named {
  matcher: TermMatcher;
  names: string[];
}

export interface ActorLexicon {
  /** Strong aliases: an actor wherever named. */
  strong: Named;
  /** Metonyms ("Seoul", "Moscow"): an actor only next to a speech verb. */
  metonyms: Named;
  byName: Map<string, ActorDef>;
}

export interface Lexicon {
  language: string;
  terms: Record<TermKey, TermMatcher>;
  clauseBreak: TermMatcher;
  abbreviations: Set<string>;
  actors: ActorLexicon;
  persons: Named & { country: Map<string, 'dprk' | 'russia'> };
  /** Institutions by role and countries by key; `actor` maps "role country" to the canonical actor. */
  institutions: { roles: Named; countries: Named; actor: Map<string, string>; anaphoric: ReadonlySet<string> };
  places: Named;
  items: Record<'weapon_supplied' | 'technology_transfer' | 'resources_supplied' | 'cued_technology', Named>;
  itemOrigins: Map<string, 'dprk' | 'russia'>;
  units: Named;
  attribution: { cues: TermMatcher; citing: TermMatcher; postCues: TermMatcher; speech: TermMatcher };
  numbers: {
    words: Map<string, number>;
    scales: Map<string, number>;
    /** Last two letters of every scale word: a quick test before splitting a compound ("tremila"). */
    scaleEndings: Set<string>;
    approx: Map<string, number>;
    articles: Set<string>;
    of: Set<string>;
    countCompounds: Set<string>;
    qualifierBefore: { qualifier: 'more_than' | 'at_least' | 'about' | 'up_to'; re: RegExp }[];
    qualifierAfter: { qualifier: 'more_than' | 'at_least'; re: RegExp }[];
    rangeBetween: RegExp | null;
    rangeAnd: RegExp | null;
    rangeFrom: RegExp | null;
    rangeTo: RegExp | null;
    partitive: RegExp | null;
    /** A measure right after a figure ("30 %", "170 mm", "per cent"): the figure counts nothing. */
    measure: RegExp | null;
  };
  dates: {
    months: Map<string, number>;
    weekdays: Map<string, number>;
    /** Month and weekday names as words (abbreviations without their dot): a sentence with none needs no date expression. */
    names: TermMatcher;
    last: Set<string>;
    yesterday: TermMatcher;
    today: TermMatcher;
    lastYear: TermMatcher;
    thisYear: TermMatcher;
    yearPrefix: Set<string>;
  };
  pack: TopicPack;
  /** Every matcher above shares this word index: an article is scanned once for all of them. */
  group: MatcherGroup;
}

const cache = new WeakMap<TopicPack, Map<string, Lexicon>>();

function mergeAliases(...maps: (Record<string, string[]> | undefined)[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of maps) for (const [k, v] of Object.entries(m ?? {})) out.set(k, [...(out.get(k) ?? []), ...v]);
  return out;
}

const lowerKeys = (r: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));

/** The language whose lexicon extracts from an article: its own when the pack has one, English otherwise. */
export function extractionLanguage(pack: TopicPack, language: string): string {
  return pack.shared.extractionLanguages.includes(language) ? language : 'en';
}

export function lexiconFor(pack: TopicPack, language: string): Lexicon {
  const lang = extractionLanguage(pack, language);
  let perPack = cache.get(pack);
  if (!perPack) cache.set(pack, (perPack = new Map()));
  let lex = perPack.get(lang);
  if (!lex) perPack.set(lang, (lex = compile(pack, lang)));
  return lex;
}

function compile(pack: TopicPack, lang: string): Lexicon {
  const file: LanguageFile | undefined = pack.languages[lang];
  if (!file?.numbers || !file.dates || !file.attribution || !file.items)
    throw new Error(`topic pack has no extraction lexicon for "${lang}"`);
  const { shared } = pack;
  const inf = file.inflection;
  // the longest stem ending is tried first
  const stems = [...(inf?.stems ?? [])].sort((a, b) => b.length - a.length);
  const group = new MatcherGroup(inf ? { endings: new Set(inf.endings), stems, minWord: inf.minWord, minStem: inf.minStem } : undefined);
  // which lists match inflected forms: nouns and adjectives of the topic; names of actors and places are listed form
  // by form, where the form tells apart what the stem does not ("Behörden", the authorities, is no "Behörde")
  const inflected = new Set(inf?.lists ?? []);
  for (const l of inflected)
    if (l !== 'items' && l !== 'units' && !(TERM_KEYS as readonly string[]).includes(l))
      throw new Error(`topic pack: ${lang}.yaml inflection.lists names "${l}", which is neither items, units nor a term key`);
  const terms = Object.fromEntries(TERM_KEYS.map((k) => [k, termList(file.terms[k] ?? [], group, inflected.has(k))])) as Record<TermKey, TermMatcher>;
  const itemsInflected = inflected.has('items');

  const strong = new Map<string, string[]>();
  const metonyms = new Map<string, string[]>();
  for (const a of shared.actors) {
    strong.set(a.name, [...a.aliases, ...(file.actors[a.name] ?? [])]);
    metonyms.set(a.name, [...a.metonyms, ...(file.actorMetonyms[a.name] ?? [])]);
  }
  // Actors only the language file names (unknown to shared) keep their own name.
  for (const [name, aliases] of Object.entries(file.actors)) if (!strong.has(name)) strong.set(name, aliases);
  for (const [name, aliases] of Object.entries(file.actorMetonyms)) if (!metonyms.has(name)) metonyms.set(name, aliases);
  const strongNamed = aliasMatcher(strong, group);
  const metoNames = [...metonyms.keys()];
  const metoNamed: Named = { matcher: new TermMatcher(metoNames.map((n) => metonyms.get(n) ?? []), group), names: metoNames };

  const personAliases = new Map<string, string[]>();
  const personCountry = new Map<string, 'dprk' | 'russia'>();
  for (const p of shared.persons) {
    personAliases.set(p.id, [...p.aliases, ...(file.persons[p.id] ?? [])]);
    personCountry.set(p.id, p.country);
  }
  const personIds = [...personAliases.keys()];
  const personMatcher = new TermMatcher(personIds.map((id) => personAliases.get(id) ?? []), group);

  const items = {
    weapon_supplied: aliasMatcher(mergeAliases(shared.items.weapon_supplied, file.items.weapon_supplied), group, itemsInflected),
    technology_transfer: aliasMatcher(mergeAliases(shared.items.technology_transfer, file.items.technology_transfer), group, itemsInflected),
    resources_supplied: aliasMatcher(mergeAliases(shared.items.resources_supplied, file.items.resources_supplied), group, itemsInflected),
    cued_technology: aliasMatcher(mergeAliases(file.items.cued_technology), group, itemsInflected),
  };
  const n = file.numbers;
  const qualifierBefore = (['more_than', 'at_least', 'up_to', 'about'] as const)
    .map((q) => ({ qualifier: q, re: suffixRegExp(n.qualifiers[q]) }))
    .filter((x): x is { qualifier: typeof x.qualifier; re: RegExp } => x.re !== null);
  const qualifierAfter = (['more_than', 'at_least'] as const)
    // "10,000 troops or more": the hedge may follow the noun
    .map((q) => ({ qualifier: q, re: prefixRegExp(n.postQualifiers[q], 3) }))
    .filter((x): x is { qualifier: typeof x.qualifier; re: RegExp } => x.re !== null);
  const d = file.dates;
  const byName = new Map(shared.actors.map((a) => [a.name, a]));
  const institutionActor = new Map<string, string>();
  for (const [role, byCountry] of Object.entries(shared.institutions))
    for (const [country, actor] of Object.entries(byCountry)) {
      if (!byName.has(actor)) throw new Error(`topic pack: institutions.${role}.${country} names "${actor}", which is no actor`);
      institutionActor.set(`${role} ${country}`, actor);
    }
  for (const role of shared.anaphoricInstitutions)
    if (!(role in shared.institutions)) throw new Error(`topic pack: anaphoricInstitutions names "${role}", which is no institution role`);
  const roleNames = Object.keys(file.institutions);
  const countryNames = Object.keys(file.countries);
  return {
    language: lang,
    terms,
    clauseBreak: termList(file.clauseBreaks, group),
    abbreviations: new Set(file.abbreviations.map((a) => a.toLowerCase())),
    actors: { strong: strongNamed, metonyms: metoNamed, byName },
    persons: { matcher: personMatcher, names: personIds, country: personCountry },
    institutions: {
      roles: { matcher: new TermMatcher(roleNames.map((r) => file.institutions[r] ?? []), group), names: roleNames },
      countries: { matcher: new TermMatcher(countryNames.map((c) => file.countries[c] ?? []), group), names: countryNames },
      actor: institutionActor,
      anaphoric: new Set(shared.anaphoricInstitutions),
    },
    places: aliasMatcher(mergeAliases(shared.places, file.places), group),
    items,
    itemOrigins: new Map(Object.entries(shared.itemOrigins).flatMap(([k, v]) => [[k, v] as const, [k.toLowerCase(), v] as const])),
    units: aliasMatcher(mergeAliases(Object.fromEntries(Object.keys(shared.units).map((u) => [u, []])), file.units), group, inflected.has('units')),
    attribution: {
      cues: termList(file.attribution.cues, group),
      citing: termList(file.attribution.citing, group),
      postCues: termList(file.attribution.postCues, group),
      speech: termList(file.attribution.speechVerbs, group),
    },
    numbers: {
      words: lowerKeys(n.words),
      scales: lowerKeys(n.scales),
      scaleEndings: new Set(Object.keys(n.scales).map((k) => k.toLowerCase().slice(-2))),
      approx: lowerKeys(n.approx),
      articles: new Set(n.articles.map((a) => a.toLowerCase())),
      of: new Set(n.of.map((a) => a.toLowerCase())),
      countCompounds: new Set(n.countCompounds.map((a) => a.toLowerCase())),
      qualifierBefore,
      qualifierAfter,
      rangeBetween: suffixRegExp(n.rangeBetween),
      rangeAnd: prefixRegExp(n.rangeAnd),
      rangeFrom: suffixRegExp(n.rangeFrom),
      rangeTo: prefixRegExp(n.rangeTo),
      partitive: prefixRegExp(n.partitive),
      measure: prefixRegExp(n.measures),
    },
    dates: {
      months: lowerKeys(d.months),
      weekdays: lowerKeys(d.weekdays),
      names: termList([...new Set([...Object.keys(d.months), ...Object.keys(d.weekdays)].map((k) => k.toLowerCase().replace(/\.$/, '')))], group),
      last: new Set(d.last.map((x) => x.toLowerCase())),
      yesterday: termList(d.yesterday, group),
      today: termList(d.today, group),
      lastYear: termList(d.lastYear, group),
      thisYear: termList(d.thisYear, group),
      yearPrefix: new Set(d.yearPrefix.map((x) => x.toLowerCase())),
    },
    pack,
    group,
  };
}
