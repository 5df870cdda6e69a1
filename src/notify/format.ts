// People-facing wording shared by every renderer: values, kinds, change badges and one-line changes.
// Pure functions over the claim model; platform escaping happens later, in the renderers.
import {
  isEventKind,
  isQuantityKind,
  type ChangeKind,
  type Claim,
  type ClaimKind,
  type ClaimRef,
  type ComparedClaim,
  type Direction,
  type Qualifier,
} from '../claims/model.js';
import type { ChangeLine } from './types.js';

/** The fields of a claim (or claim reference) that make up its value. */
export type ValueLike = Pick<Claim, 'kind' | 'value' | 'min' | 'max' | 'qualifier' | 'unit' | 'direction' | 'date'>;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
};

const DIRECTION_LABELS: Record<Direction, string> = {
  dprk_to_russia: 'DPRK → Russia',
  russia_to_dprk: 'Russia → DPRK',
};

/** Event values as people read them; unknown `<who>_to_<country>` values fall back to a generic rewrite. */
const EVENT_VALUE_LABELS: Record<string, string> = {
  signed: 'signed',
  ratified_russia: 'ratified by Russia',
  ratified_dprk: 'ratified by the DPRK',
  in_force: 'in force',
  putin_to_dprk: 'Putin visits the DPRK',
  kim_to_russia: 'Kim visits Russia',
  lavrov_to_dprk: 'Lavrov visits the DPRK',
  shoigu_to_dprk: 'Shoigu visits the DPRK',
  choe_to_russia: 'Choe visits Russia',
  dprk_confirms_deployment: 'DPRK confirms the deployment',
  dprk_denies_deployment: 'DPRK denies the deployment',
  russia_confirms_deployment: 'Russia confirms the deployment',
  russia_denies_deployment: 'Russia denies the deployment',
};

function countryWord(s: string): string {
  const lower = s.toLowerCase();
  if (lower === 'dprk') return 'the DPRK';
  if (lower === 'russia') return 'Russia';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function formatEventValue(value: string): string {
  const known = EVENT_VALUE_LABELS[value];
  if (known) return known;
  const visit = /^([a-z]+)_to_([a-z]+)$/i.exec(value);
  if (visit?.[1] && visit[2]) return `${countryWord(visit[1])} visits ${countryWord(visit[2])}`;
  return value.replace(/_/g, ' ');
}

export function formatDirection(d: Direction): string {
  return DIRECTION_LABELS[d];
}

/**
 * A claim's value for people: "about 12,000", "11,000–12,000", "at least 4,000 (shells)",
 * "signed (2024-06)", "KN-23 (DPRK → Russia)".
 */
export function formatValue(c: ValueLike): string {
  if (isQuantityKind(c.kind) || typeof c.value === 'number') {
    const base = typeof c.value === 'number' ? c.value : Number(c.value);
    let text: string;
    if (c.min !== undefined && c.max !== undefined && c.min !== c.max) {
      text = `${formatNumber(c.min)}–${formatNumber(c.max)}`;
    } else {
      const n = Number.isFinite(base) ? formatNumber(base) : String(c.value);
      text = `${QUALIFIER_WORDS[c.qualifier ?? 'exact']}${n}`;
    }
    const extras = [c.unit, c.direction ? formatDirection(c.direction) : undefined].filter(Boolean);
    return extras.length ? `${text} (${extras.join(', ')})` : text;
  }
  if (isEventKind(c.kind)) {
    const label = formatEventValue(c.value);
    return c.date ? `${label} (${c.date})` : label;
  }
  return c.direction ? `${c.value} (${formatDirection(c.direction)})` : c.value;
}

const KIND_LABELS: Record<ClaimKind, string> = {
  troops_deployed: 'Troops deployed',
  troops_additional: 'Additional troops',
  troops_casualties: 'Casualties',
  troops_killed: 'Killed',
  troops_wounded: 'Wounded',
  troops_captured: 'Captured',
  workers_sent: 'Workers sent',
  munitions_supplied: 'Munitions supplied',
  missiles_supplied: 'Missiles supplied',
  weapon_supplied: 'Weapons supplied',
  technology_transfer: 'Technology transfer',
  resources_supplied: 'Resources supplied',
  deployment_location: 'Deployment location',
  treaty_event: 'Treaty',
  official_visit: 'Official visit',
  official_position: 'Official position',
};

export function kindLabel(kind: ClaimKind): string {
  return KIND_LABELS[kind] ?? kind;
}

const CHANGE_BADGES: Record<ChangeKind, string> = {
  new: 'NEW',
  confirms: 'CONFIRMS',
  updates: 'UPDATE',
  contradicts: 'CONTRADICTS',
};

export function changeBadge(change: ChangeKind): string {
  return CHANGE_BADGES[change];
}

/** Emoji per change, for platforms that show them (Discord, Slack). */
export function changeEmoji(change: ChangeKind): string {
  switch (change) {
    case 'new':
      return '🆕';
    case 'confirms':
      return '✅';
    case 'updates':
      return '🔄';
    case 'contradicts':
      return '⚠️';
  }
}

/** Order of importance when one slot saw several changes, and for sorting lines. */
export const CHANGE_RANK: Record<ChangeKind, number> = { contradicts: 3, updates: 2, new: 1, confirms: 0 };

const EVIDENCE_MAX = 200;

/** Shortens a quote on a word boundary when possible. */
export function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The value of a line and what it is set against: an update revises ("11,000 → 12,000"), a contradiction opposes
 * ("11,000 vs 15,000"); new and confirming values stand alone (the earlier source is named elsewhere).
 */
export function changeValueParts(line: Pick<ChangeLine, 'value' | 'previous' | 'change'>): { previous?: string; sep?: string; value: string } {
  if (line.previous === undefined || line.previous === line.value) return { value: line.value };
  if (line.change === 'updates') return { previous: line.previous, sep: '→', value: line.value };
  if (line.change === 'contradicts') return { previous: line.previous, sep: 'vs', value: line.value };
  return { value: line.value };
}

/** The value part of a line: "11,000 → 12,000", "11,000 vs 15,000" or just "12,000". */
export function formatChangeValue(line: Pick<ChangeLine, 'value' | 'previous' | 'change'>): string {
  const p = changeValueParts(line);
  return p.previous === undefined ? p.value : `${p.previous} ${p.sep} ${p.value}`;
}

/** Status words worth showing; `reported` is the default and says nothing. */
export function statusNote(status: ChangeLine['status']): string | undefined {
  switch (status) {
    case 'confirmed':
      return 'officially confirmed';
    case 'possible':
      return 'possible';
    case 'denied':
      return 'denied';
    default:
      return undefined;
  }
}

/** `troops_deployed: 11,000 → 12,000 (South Korea NIS, "evidence…")` */
export function formatChangeLine(line: ChangeLine): string {
  const meta = [line.source, statusNote(line.status), line.evidence ? `"${shorten(line.evidence, EVIDENCE_MAX)}"` : undefined]
    .filter((s): s is string => Boolean(s));
  const suffix = meta.length ? ` (${meta.join(', ')})` : '';
  return `${line.kind}: ${formatChangeValue(line)}${suffix}`;
}

/** "Yonhap, 2024-10-18" for a compared-with reference. */
export function formatRefOrigin(ref: Pick<ClaimRef, 'outlet' | 'title' | 'docId' | 'published'>): string {
  // Baseline documents without outlet or title are named as such, not by their file name.
  const who = ref.outlet ?? ref.title ?? (ref.docId.startsWith('corpus:') ? 'baseline article' : ref.docId);
  return ref.published ? `${who}, ${ref.published}` : who;
}

export type ClaimForLine = ComparedClaim & { novelty?: ChangeKind };

/**
 * Compared (or stored) claims as change lines. The change is the claim's `novelty` when present (what it meant
 * for alerting), else its `change`; the previous value comes from the first claim it was compared with.
 * `corroboration` is a fixed count or a function of the claim (e.g. distinct reports carrying it).
 */
export function changeLinesFromClaims<T extends ClaimForLine>(
  claims: readonly T[],
  corroboration: number | ((claim: T) => number) = 1,
): ChangeLine[] {
  return claims.map((c) => {
    const change = c.novelty ?? c.change;
    const ref = change === 'new' ? undefined : c.comparedWith[0];
    const line: ChangeLine = {
      kind: c.kind,
      change,
      value: formatValue(c),
      status: c.status,
      evidence: c.evidence,
      corroboration: typeof corroboration === 'number' ? corroboration : corroboration(c),
    };
    if (c.direction) line.direction = c.direction;
    if (c.qualifier) line.qualifier = c.qualifier;
    if (c.source) line.source = c.source;
    if (ref) {
      line.previous = formatValue({ ...ref, kind: c.kind, ...(c.direction ? { direction: c.direction } : {}) });
      line.previousFrom = formatRefOrigin(ref);
    }
    return line;
  });
}
