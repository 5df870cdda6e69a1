// The change rules against the labelled dev set: with the labelled seed claims as the baseline, compareClaims must
// give every labelled dev claim its labelled `change`. Reads ../shared at run time (nothing copied into the repo)
// and skips when it is absent, as in a user's clone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareClaims } from '../../src/compare/compare.js';
import type { Claim, SourcedClaim } from '../../src/claims/model.js';

const DEV = resolve(process.cwd(), '..', 'shared', 'eval', 'dev');

interface Labelled {
  id: string;
  published: string;
  claims: (Omit<Claim, 'value' | 'source'> & { value: unknown; source?: unknown; change?: string; optional?: boolean })[];
}

const first = <T>(v: T | T[]): T => (Array.isArray(v) ? v[0]! : v);

function asClaim(c: Labelled['claims'][number]): Claim {
  const { change: _c, optional: _o, ...rest } = c;
  const claim = { ...rest, value: first(c.value) as number | string, evidence: c.evidence ?? '' } as Claim;
  if (c.source !== undefined) claim.source = String(first(c.source));
  else delete claim.source;
  return claim;
}

test('labelled dev claims get their labelled change against the labelled seeds', (t) => {
  if (!existsSync(DEV)) return t.skip('../shared/eval/dev is absent');
  const files = readdirSync(DEV).filter((f) => f.endsWith('.json'));
  const read = (f: string) => JSON.parse(readFileSync(join(DEV, f), 'utf8')) as Labelled;
  const baseline: SourcedClaim[] = [];
  for (const f of files.filter((x) => x.startsWith('seed-'))) {
    const doc = read(f);
    for (const c of doc.claims) if (!c.optional) baseline.push({ ...asClaim(c), docId: doc.id, published: doc.published });
  }
  let checked = 0;
  const wrong: string[] = [];
  for (const f of files.filter((x) => !x.startsWith('seed-'))) {
    const doc = read(f);
    const out = compareClaims(doc.claims.map(asClaim), baseline, doc.published);
    doc.claims.forEach((g, i) => {
      if (!g.change) return;
      checked++;
      if (out[i]!.change !== g.change) wrong.push(`${doc.id} ${g.kind} ${String(first(g.value))}: ${out[i]!.change} ≠ ${g.change}`);
    });
  }
  assert.ok(checked > 20, `found labelled changes (${checked})`);
  assert.deepEqual(wrong, []);
});
