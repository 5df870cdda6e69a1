// When two figures of the same kind say the same thing (claims.md "confirms" for quantities).
import type { Claim } from '../claims/model.js';

/** Relative tolerance when either figure is hedged with `about` ("about 10,000" vs 10,400). */
export const ABOUT_TOLERANCE = 0.05;

type Figure = Pick<Claim, 'value' | 'min' | 'max' | 'qualifier'>;

/** A stated two-sided range ("11,000 to 12,000"), or undefined for a single figure or an open bound. */
function range(f: Figure): [number, number] | undefined {
  if (typeof f.min === 'number' && typeof f.max === 'number' && f.max > f.min) return [f.min, f.max];
  return undefined;
}

function num(f: Figure): number | undefined {
  return typeof f.value === 'number' ? f.value : undefined;
}

/**
 * True when the two figures confirm each other: equal; within 5% when either is hedged (`about`);
 * or one stated range contains the other figure or range. Open bounds (`at_least`, `more_than`,
 * `up_to`) do not stretch: "at least 4,000" is not confirmed by 4,700, only by 4,000.
 */
export function figuresCompatible(a: Figure, b: Figure): boolean {
  const va = num(a);
  const vb = num(b);
  if (va === undefined || vb === undefined) return false;
  const ra = range(a);
  const rb = range(b);
  if (ra && rb) {
    if (ra[0] === rb[0] && ra[1] === rb[1]) return true;
    return (ra[0] <= rb[0] && rb[1] <= ra[1]) || (rb[0] <= ra[0] && ra[1] <= rb[1]);
  }
  if (ra) return ra[0] <= vb && vb <= ra[1];
  if (rb) return rb[0] <= va && va <= rb[1];
  if (va === vb) return true;
  if (a.qualifier === 'about' || b.qualifier === 'about') {
    return Math.abs(va - vb) <= ABOUT_TOLERANCE * Math.max(Math.abs(va), Math.abs(vb));
  }
  return false;
}
