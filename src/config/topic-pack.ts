// The topic pack: all topic knowledge (names, aliases, lexicons) as YAML under config/topics/<topic>/,
// validated with zod. One shared file (canonical actors, persons, places, items) and one file per language.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError } from '../shared/errors.js';

const terms = z.array(z.string().min(1)).default([]);
/** canonical name → aliases */
const aliasMap = z.record(z.string(), z.array(z.string().min(1))).default({});
const side = z.enum(['dprk', 'russia', 'ukraine', 'us', 'south_korea', 'other']);
const direction = z.enum(['dprk_to_russia', 'russia_to_dprk']);
const status = z.enum(['reported', 'confirmed', 'possible', 'denied']);

const actorSchema = z.object({
  name: z.string().min(1),
  side: side.default('other'),
  /** Media outlets: their "confirmed" is a report, not an official confirmation. */
  media: z.boolean().default(false),
  aliases: terms,
  /** Place names used for a government ("Seoul said"): only an actor next to a speech verb. */
  metonyms: terms,
});

const personSchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  country: z.enum(['dprk', 'russia']),
  aliases: terms,
});

export const sharedFileSchema = z.object({
  topic: z.string().min(1),
  languages: z.array(z.string().length(2)).min(1),
  /** Languages whose files carry a full extraction lexicon (the others serve relevance only). */
  extractionLanguages: z.array(z.string().length(2)).min(1),
  actors: z.array(actorSchema).default([]),
  persons: z.array(personSchema).default([]),
  places: aliasMap,
  items: z
    .object({
      weapon_supplied: aliasMap,
      technology_transfer: aliasMap,
      resources_supplied: aliasMap,
    })
    .default({ weapon_supplied: {}, technology_transfer: {}, resources_supplied: {} }),
  /** Items whose maker fixes the direction (a KN-23 is North Korean). */
  itemOrigins: z.record(z.string(), z.enum(['dprk', 'russia'])).default({}),
  defaultDirection: z.record(z.string(), direction).default({}),
  /** Canonical source of an official position, by the side taking it. */
  positionSource: z.object({ dprk: z.string(), russia: z.string() }),
  /**
   * What an institution and a country named together stand for, as an actor: role → country → canonical actor
   * ("la inteligencia de Seúl" is intelligence + south_korea → South Korea NIS). Roles and countries are worded in the
   * language files.
   */
  institutions: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /**
   * Roles that, named alone, stand for the institution of that role the article named last with its country
   * ("gli 007 di Seul ... Secondo le informazioni di intelligence, ..." is South Korea's NIS again). Generic roles
   * (government, officials, the army) are left out: alone, they may be anyone's.
   */
  anaphoricInstitutions: z.array(z.string()).default([]),
  /** Per munitions unit: the canonical unit and a default status (contents of containers are presumed). */
  units: z.record(z.string(), z.object({ status: status.optional() })).default({}),
});

const numbersSchema = z.object({
  words: z.record(z.string(), z.number()).default({}),
  scales: z.record(z.string(), z.number()).default({}),
  /** "un migliaio", "une centaine": an approximate figure. */
  approx: z.record(z.string(), z.number()).default({}),
  /** Articles that make a lone scale word a figure: "a million", "un milione", "eine Million". */
  articles: terms,
  /** The preposition between a noun and its count: "la captura de dos soldados", "capture of two". */
  of: terms,
  /** Hyphenated endings that keep a figure a count ("an 11,000-strong contingent"); other compounds ("120-day") do not. */
  countCompounds: terms,
  qualifiers: z
    .object({ more_than: terms, at_least: terms, about: terms, up_to: terms })
    .default({ more_than: [], at_least: [], about: [], up_to: [] }),
  postQualifiers: z.object({ more_than: terms, at_least: terms }).default({ more_than: [], at_least: [] }),
  rangeBetween: terms,
  rangeAnd: terms,
  rangeFrom: terms,
  rangeTo: terms,
  partitive: terms,
  /** Units that make a figure a measure, not a count: "30 %", "170 mm", "30 percent", "600 km". */
  measures: terms,
});

const datesSchema = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)).default({}),
  last: terms,
  yesterday: terms,
  today: terms,
  lastYear: terms,
  thisYear: terms,
  yearPrefix: terms,
});

export const languageFileSchema = z.object({
  language: z.string().length(2),
  relevance: z.object({ dprk: terms, russia: terms, cooperation: terms }),
  numbers: numbersSchema.optional(),
  dates: datesSchema.optional(),
  abbreviations: terms,
  clauseBreaks: terms,
  attribution: z
    .object({
      /** Actor follows: "according to X". */
      cues: terms,
      /** Actor follows and is the origin the reporter relies on: "citing X". */
      citing: terms,
      /** Actor precedes: "X zufolge". */
      postCues: terms,
      speechVerbs: terms,
    })
    .optional(),
  actors: aliasMap,
  actorMetonyms: aliasMap,
  /** Institution words by role ("spy agency", "servizi segreti"): an actor together with a country (shared `institutions`). */
  institutions: aliasMap,
  /** Country names and adjectives by country ("Seoul", "sudcoreano"), for institutions. */
  countries: aliasMap,
  persons: aliasMap,
  places: aliasMap,
  items: z
    .object({
      weapon_supplied: aliasMap,
      technology_transfer: aliasMap,
      resources_supplied: aliasMap,
      /** What a technology is for, counted only after a technology cue ("technology related to nuclear weapons"). */
      cued_technology: aliasMap,
    })
    .optional(),
  terms: z.record(z.string(), terms).default({}),
  units: aliasMap,
  /**
   * Endings of the language's declension: the words of the lists named in `lists` ("items", "units" or a term key)
   * also match their forms: a word of at least minWord letters plus an ending, or its stem (the word less one of
   * `stems`, at least minStem long) plus an ending. Verbs are left out: "eingesetzten Soldaten" is no verb.
   */
  inflection: z
    .object({
      endings: z.array(z.string().regex(/^\p{Ll}{1,3}$/u, 'an ending is one to three lower-case letters')).min(1),
      stems: z.array(z.string().regex(/^\p{Ll}{1,3}$/u, 'a stem ending is one to three lower-case letters')).default([]),
      lists: z.array(z.string()).min(1),
      minWord: z.number().int().min(3).default(5),
      minStem: z.number().int().min(3).default(4),
    })
    .strict()
    .optional(),
});

export type SharedFile = z.infer<typeof sharedFileSchema>;
export type LanguageFile = z.infer<typeof languageFileSchema>;
export type ActorDef = z.infer<typeof actorSchema>;

export interface TopicPack {
  dir: string;
  shared: SharedFile;
  languages: Record<string, LanguageFile>;
  /** sha256 over the files' names and contents: keys caches of extracted claims. */
  hash: string;
}

export const SHARED_FILE = 'shared.yaml';

export function defaultTopicDir(root: string): string {
  return join(root, 'config', 'topics', 'dprk-russia');
}

function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => `${file}: ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('\n');
}

function readYaml(dir: string, file: string): unknown {
  const path = join(dir, file);
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AppError('config', `topic pack ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Loads and validates a topic pack (sync: it runs once at start-up). Errors name the file and the field. */
export function loadTopicPack(dir: string): TopicPack {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (err) {
    throw new AppError('config', `topic pack: cannot read folder ${dir}`, { cause: err });
  }
  if (!names.includes(SHARED_FILE)) throw new AppError('config', `topic pack ${dir}: missing ${SHARED_FILE}`);
  const hash = createHash('sha256');
  const issues: string[] = [];
  let shared: SharedFile | undefined;
  const languages: Record<string, LanguageFile> = {};
  for (const name of names) {
    const raw = readYaml(dir, name);
    hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
    if (name === SHARED_FILE) {
      const r = sharedFileSchema.safeParse(raw);
      if (r.success) shared = r.data;
      else issues.push(formatIssues(join(dir, name), r.error));
      continue;
    }
    const r = languageFileSchema.safeParse(raw);
    if (!r.success) {
      issues.push(formatIssues(join(dir, name), r.error));
      continue;
    }
    const stem = name.replace(/\.ya?ml$/, '');
    if (r.data.language !== stem) issues.push(`${join(dir, name)}: language: "${r.data.language}" does not match the file name`);
    languages[r.data.language] = r.data;
  }
  if (shared) {
    for (const lang of shared.languages)
      if (!languages[lang]) issues.push(`${join(dir, SHARED_FILE)}: languages: no file ${lang}.yaml`);
    for (const lang of shared.extractionLanguages) {
      const f = languages[lang];
      if (f && (!f.numbers || !f.dates || !f.attribution || !f.items))
        issues.push(`${join(dir, `${lang}.yaml`)}: an extraction language needs numbers, dates, attribution and items`);
    }
  }
  if (issues.length || !shared) throw new AppError('config', `invalid topic pack:\n${issues.join('\n')}`);
  return { dir, shared, languages, hash: hash.digest('hex') };
}

export function topicPackHash(pack: TopicPack): string {
  return pack.hash;
}
