import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../compare/run-cli.js';

describe('dprkwatch baseline', () => {
  test('--json lists the documents, the claims per kind with their documents, and disagreements', () => {
    const r = runCli(['baseline', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      documents: { id: string; published: string }[];
      kinds: { kind: string; claims: { value: unknown; docs: string[]; evidence: string }[] }[];
      disagreements: { kind: string; values: { value: unknown; date?: string; docs: string[] }[] }[];
    };
    assert.equal(out.documents.length, 5);
    const ids = new Set(out.documents.map((d) => d.id));
    assert.ok(out.kinds.length > 0);
    for (const k of out.kinds) {
      for (const c of k.claims) {
        assert.ok(c.docs.length > 0);
        for (const d of c.docs) assert.ok(ids.has(d), `${d} is a baseline document`);
        assert.equal(typeof c.evidence, 'string');
      }
    }
    const places = out.kinds.find((k) => k.kind === 'deployment_location');
    assert.ok(places?.claims.some((c) => c.value === 'Kursk'), 'the baseline places troops in Kursk');
    // Seed 001 dates the treaty signature to 2023, the other documents to June 2024.
    const treaty = out.disagreements.find((d) => d.kind === 'treaty_event');
    assert.ok(treaty, 'the treaty signature dates disagree');
    assert.ok(treaty.values.some((v) => v.value === 'signed' && v.date === '2023' && v.docs.some((d) => d.startsWith('corpus:001'))));
    assert.ok(treaty.values.some((v) => v.value === 'signed' && v.date === '2024-06' && v.docs.length >= 2));
  });

  test('the readable form has a section on disagreements', () => {
    const r = runCli(['baseline']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Baseline: 5 documents/);
    assert.match(r.stdout, /Where baseline documents disagree\n/);
    assert.match(r.stdout, /treaty_event: .*signed 2023 \(001\)/);
  });

  test('bad usage exits 2', () => {
    const r = runCli(['baseline', '--bogus']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^dprkwatch baseline: /);
  });
});
