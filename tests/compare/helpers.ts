// Small builders for claims used by the comparison tests (sentences written for the tests).
import type { Claim, ClaimKind, SourcedClaim } from '../../src/claims/model.js';

export function claim(kind: ClaimKind, value: number | string, extra: Partial<Claim> = {}): Claim {
  return { kind, value, status: 'reported', evidence: `A test sentence about ${kind} ${value}.`, ...extra };
}

export function earlier(
  docId: string,
  published: string,
  kind: ClaimKind,
  value: number | string,
  extra: Partial<SourcedClaim> = {},
): SourcedClaim {
  return { ...claim(kind, value, extra), docId, published, ...extra };
}
