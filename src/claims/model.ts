// The claim model of ../shared/claims.md: the contract between extractor, comparison, chat output and evaluation.
// Code may carry more fields; it must carry these, with these names and values.

export const QUANTITY_KINDS = [
  'troops_deployed',
  'troops_additional',
  'troops_casualties',
  'troops_killed',
  'troops_wounded',
  'troops_captured',
  'workers_sent',
  'munitions_supplied',
  'missiles_supplied',
] as const;

export const ITEM_KINDS = ['weapon_supplied', 'technology_transfer', 'resources_supplied', 'deployment_location'] as const;

export const EVENT_KINDS = ['treaty_event', 'official_visit', 'official_position'] as const;

export const CLAIM_KINDS = [...QUANTITY_KINDS, ...ITEM_KINDS, ...EVENT_KINDS] as const;

export type QuantityKind = (typeof QUANTITY_KINDS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds that carry a `direction` (who supplies whom). */
export const DIRECTED_KINDS: readonly ClaimKind[] = [
  'munitions_supplied',
  'missiles_supplied',
  'weapon_supplied',
  'technology_transfer',
  'resources_supplied',
];

export type Qualifier = 'exact' | 'about' | 'at_least' | 'more_than' | 'up_to';
export type Direction = 'dprk_to_russia' | 'russia_to_dprk';

/** The other way: what is paid for a transfer, or given in return, goes opposite to it. */
export const opposite = (d: Direction): Direction => (d === 'dprk_to_russia' ? 'russia_to_dprk' : 'dprk_to_russia');
export type ClaimStatus = 'reported' | 'confirmed' | 'possible' | 'denied';
export type ChangeKind = 'new' | 'confirms' | 'updates' | 'contradicts';

export interface Claim {
  kind: ClaimKind;
  /** A number for quantity kinds, a canonical English string otherwise. */
  value: number | string;
  min?: number;
  max?: number;
  qualifier?: Qualifier;
  unit?: string;
  direction?: Direction;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the claim is about, when the text states it. */
  date?: string;
  /** Canonical actor the article attributes the claim to. */
  source?: string;
  status: ClaimStatus;
  /** The sentence the claim was read from, verbatim. */
  evidence: string;
}

/** A claim together with the document it came from: what comparison works on. */
export interface SourcedClaim extends Claim {
  /** Stable id of the document: `corpus:<file>` for the baseline, `article:<id>` for learned ones. */
  docId: string;
  /** Publication date of the document (YYYY-MM-DD). */
  published: string;
  title?: string;
  outlet?: string;
  url?: string;
}

/** A reference to a claim the comparison looked at, so a reader can check it. */
export interface ClaimRef {
  docId: string;
  published: string;
  title?: string;
  outlet?: string;
  url?: string;
  value: number | string;
  qualifier?: Qualifier;
  min?: number;
  max?: number;
  date?: string;
  source?: string;
  evidence: string;
}

/** An extracted claim with its change against a set of earlier claims. */
export interface ComparedClaim extends Claim {
  change: ChangeKind;
  /** The earlier claims of the same kind (and direction) it was compared with, most relevant first. */
  comparedWith: ClaimRef[];
}

export function isQuantityKind(kind: ClaimKind): kind is QuantityKind {
  return (QUANTITY_KINDS as readonly string[]).includes(kind);
}

export function isEventKind(kind: ClaimKind): kind is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(kind);
}

export function isClaimKind(s: string): s is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(s);
}

/** One slot per (kind, direction, value): how the evaluation and the store identify "the same claim". */
export function claimSlot(c: Pick<Claim, 'kind' | 'direction' | 'value'>): string {
  const v = typeof c.value === 'number' ? String(c.value) : c.value.toLowerCase();
  return `${c.kind}|${c.direction ?? ''}|${v}`;
}
