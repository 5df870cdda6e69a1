// Argument parsing shared by the commands: zod schemas for the option types and the `name value` options.
// Every failure is a UserError whose message says what to type instead.
import { z } from 'zod';
import { CLAIM_KINDS, type ClaimKind } from '../claims/model.js';
import { UserError } from '../shared/errors.js';

/** Longest single word accepted (URLs included); anything longer is refused before any work is done. */
export const MAX_ARG_LENGTH = 2000;
/** Longest whole command line accepted. */
export const MAX_INPUT_LENGTH = 3000;
export const MAX_ARGS = 40;

export const kindSchema = z.enum(CLAIM_KINDS, {
  error: (iss) => `unknown kind '${String(iss.input)}'; kinds: ${CLAIM_KINDS.join(', ')}`,
});

export const urlSchema = z
  .string()
  .max(MAX_ARG_LENGTH)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'expected an http(s) URL, e.g. https://example.org/feed.xml');

export const minChangeSchema = z.enum(['new', 'updates', 'contradicts'], {
  error: () => 'min-change must be one of: new, updates, contradicts',
});

export const modeSchema = z.enum(['alerts', 'digest'], { error: () => 'expected alerts or digest' });

/** Parses with a schema; a failure becomes a UserError naming what was wrong. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const msg = r.error.issues[0]?.message ?? 'invalid value';
  throw new UserError(`${what}: ${msg}`);
}

const DURATION = /^(\d{1,4})\s*(m|min|h|d|w)$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** How far back `changes` may look: a year is plenty and keeps queries bounded. */
const MAX_LOOKBACK_MS = 366 * 86_400_000;

/**
 * `since` for `changes`: a duration back from now (`6h`, `2d`, `90m`, `1w`) or an ISO date/time
 * (`2024-11-01`, `2024-11-01T06:00Z`). Returns the ISO time it stands for.
 */
export function parseSince(input: string, now: Date): string {
  const s = input.trim();
  const d = DURATION.exec(s);
  if (d?.[1] && d[2]) {
    const ms = Number(d[1]) * (UNIT_MS[d[2].toLowerCase()] ?? 0);
    if (ms <= 0 || ms > MAX_LOOKBACK_MS) throw new UserError(`since: '${s}' must be between 1m and 366d`);
    return new Date(now.getTime() - ms).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    if (Number.isFinite(t)) {
      if (t > now.getTime()) throw new UserError(`since: ${s} is in the future`);
      if (now.getTime() - t > MAX_LOOKBACK_MS) throw new UserError(`since: ${s} is more than a year ago`);
      return new Date(t).toISOString();
    }
  }
  throw new UserError(`since: '${s}' is neither a duration (6h, 2d) nor an ISO date (2024-11-01)`);
}

/**
 * Splits words into positional ones and named options (`min-change updates` or `min-change=updates`).
 * Unknown `--flags` are refused rather than taken as values.
 */
export function splitNamed(args: string[], names: readonly string[]): { positional: string[]; named: Map<string, string> } {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    const bare = word.replace(/^--?/, '');
    const eq = bare.indexOf('=');
    const key = (eq >= 0 ? bare.slice(0, eq) : bare).toLowerCase();
    if (names.includes(key)) {
      const value = eq >= 0 ? bare.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new UserError(`${key} needs a value`);
      if (named.has(key)) throw new UserError(`${key} given twice`);
      named.set(key, value);
    } else if (word.startsWith('-')) {
      throw new UserError(`unknown option '${word}'`);
    } else {
      positional.push(word);
    }
  }
  return { positional, named };
}

/** Kinds listed as words, commas allowed (`troops_deployed, weapon_supplied`); duplicates dropped. */
export function parseKinds(words: string[]): ClaimKind[] {
  const kinds = words.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean);
  return [...new Set(kinds.map((k) => parseWith(kindSchema, k, 'kind')))];
}

/** Refuses extra words a command does not take, so typos are not silently ignored. */
export function noMoreArgs(args: string[], usage: string): void {
  if (args.length > 0) throw new UserError(`unexpected '${args.join(' ')}'; usage: ${usage}`);
}

/** Splits a Slack command line into words; "double quoted" words keep their spaces. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push(m[1] ?? m[2] ?? '');
  return words;
}
