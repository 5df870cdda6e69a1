// A rule reads one sentence and proposes claims; the extractor adds source, status, date and evidence.
import type { Claim, ClaimStatus } from '../model.js';
import type { SentenceContext } from '../context.js';

/** A claim's value fields, plus what the extractor needs to finish it; rules may set source, status and date. */
export interface Draft extends Pick<Claim, 'kind' | 'value' | 'min' | 'max' | 'qualifier' | 'unit' | 'direction' | 'source' | 'date'> {
  /** Offset in the sentence of what the claim hangs on (the figure, the item, the verb): for source, status, date. */
  anchor: number;
  /** Set by rules that know better than the generic readers (official positions). */
  status?: ClaimStatus;
  /** Default status of the figure's unit (topic pack `units`). */
  unitStatus?: ClaimStatus;
  /** The direction is only the kind's default: a reading of the same item the other way, elsewhere, wins. */
  guessedDirection?: boolean;
}

export type Rule = (ctx: SentenceContext) => Draft[];
