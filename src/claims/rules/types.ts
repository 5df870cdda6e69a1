// A rule reads one sentence and proposes claims; the extractor adds source, status, date and evidence.
import type { ClaimKind, ClaimStatus, Direction, Qualifier } from '../model.js';
import type { SentenceContext } from '../context.js';

export interface Draft {
  kind: ClaimKind;
  value: number | string;
  min?: number;
  max?: number;
  qualifier?: Qualifier;
  unit?: string;
  direction?: Direction;
  /** Offset in the sentence of what the claim hangs on (the figure, the item, the verb): for source, status, date. */
  anchor: number;
  /** Set by rules that know better than the generic readers (official positions). */
  status?: ClaimStatus;
  source?: string;
  date?: string;
  /** Default status of the figure's unit (topic pack `units`). */
  unitStatus?: ClaimStatus;
}

export type Rule = (ctx: SentenceContext) => Draft[];
