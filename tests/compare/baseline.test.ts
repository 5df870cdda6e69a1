import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import {
  baselineClaims,
  baselineDisagreements,
  loadBaselineDocs,
  parseBaselineDoc,
  type ExtractInput,
} from '../../src/compare/baseline.js';
import type { Claim } from '../../src/claims/model.js';
import { AppError } from '../../src/shared/errors.js';
import { earlier } from './helpers.js';

const ROOT = process.cwd();

function tempCorpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const DOC_A = '---\ntitle: "Test headline A"\noutlet: Test Wire\npublished: "2024-10-01"\nlanguage: en\nseed: t-a\n---\nFirst line of body.\n\nThe second paragraph mentions 900 troops.';
const DOC_B = '---\npublished: 2024-12-01\nlanguage: it\n---\nUn testo di prova senza titolo.';

/** A fake extractor that records its calls and reads "N troops" from the text. */
function recordingExtractor() {
  const calls: ExtractInput[] = [];
  const fn = (input: ExtractInput): Claim[] => {
    calls.push(input);
    const m = /(\d+) troops/.exec(input.text);
    return m ? [{ kind: 'troops_deployed', value: Number(m[1]), status: 'reported', evidence: m[0] }] : [];
  };
  return { fn, calls };
}

describe('loadBaselineDocs', () => {
  test('reads *.txt files in name order, front matter validated, body verbatim', () => {
    const dir = tempCorpus({ 'b.txt': DOC_B, 'a.txt': DOC_A, 'notes.md': '# not a document' });
    try {
      const docs = loadBaselineDocs(dir);
      assert.deepEqual(docs.map((d) => d.id), ['corpus:a.txt', 'corpus:b.txt']);
      assert.equal(docs[0]!.title, 'Test headline A');
      assert.equal(docs[0]!.outlet, 'Test Wire');
      assert.equal(docs[0]!.seed, 't-a');
      assert.equal(docs[0]!.text, 'First line of body.\n\nThe second paragraph mentions 900 troops.');
      assert.equal(docs[1]!.published, '2024-12-01');
      assert.equal(docs[1]!.title, undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad front matter names the file and the field', () => {
    assert.throws(
      () => parseBaselineDoc('x.txt', '---\npublished: "last June"\nlanguage: en\n---\nbody'),
      (e: unknown) => e instanceof AppError && e.code === 'config' && /x\.txt/.test(e.message) && /published/.test(e.message),
    );
    assert.throws(() => parseBaselineDoc('y.txt', 'no front matter here'), /y\.txt: missing YAML front matter/);
    assert.throws(() => parseBaselineDoc('z.txt', '---\npublished: "2024-01-01"\n---\nbody'), /language/);
  });

  test('a missing corpus directory is a config error', () => {
    assert.throws(() => loadBaselineDocs(join(tmpdir(), 'no-such-corpus-dir-xyz')), (e: unknown) => e instanceof AppError);
  });

  test('the project corpus: five dated Italian seed articles', () => {
    const docs = loadBaselineDocs(resolve(ROOT, 'corpus'));
    assert.equal(docs.length, 5);
    assert.deepEqual(docs.map((d) => d.seed), ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
    assert.deepEqual(docs.map((d) => d.published), ['2024-11-25', '2025-03-27', '2024-10-20', '2024-11-15', '2025-06-26']);
    for (const d of docs) assert.equal(d.language, 'it');
  });

  test('the project corpus bodies are the seed files verbatim', (t) => {
    const seeds = resolve(ROOT, '..', 'shared', 'corpus-seeds');
    if (!existsSync(seeds)) return t.skip('../shared/corpus-seeds is absent (not a development checkout)');
    const docs = loadBaselineDocs(resolve(ROOT, 'corpus'));
    for (const f of readdirSync(seeds)) {
      const doc = docs.find((d) => d.file === f);
      assert.ok(doc, `corpus has ${f}`);
      assert.equal(doc.text, readFileSync(join(seeds, f), 'utf8'));
    }
  });
});

describe('baselineClaims', () => {
  test('tags each claim with its document', () => {
    const dir = tempCorpus({ 'a.txt': DOC_A, 'b.txt': DOC_B });
    try {
      const { fn, calls } = recordingExtractor();
      const claims = baselineClaims(loadBaselineDocs(dir), fn);
      assert.equal(calls.length, 2);
      assert.deepEqual(calls[0], { title: 'Test headline A', text: 'First line of body.\n\nThe second paragraph mentions 900 troops.', language: 'en', published: '2024-10-01' });
      assert.equal(calls[1]!.title, '');
      assert.equal(claims.length, 1);
      assert.deepEqual(
        { docId: claims[0]!.docId, published: claims[0]!.published, title: claims[0]!.title, outlet: claims[0]!.outlet, value: claims[0]!.value },
        { docId: 'corpus:a.txt', published: '2024-10-01', title: 'Test headline A', outlet: 'Test Wire', value: 900 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('caches by content, extractor version and topic pack hash', () => {
    const dir = tempCorpus({ 'a.txt': DOC_A, 'b.txt': DOC_B });
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    try {
      const cache = { dir: join(cacheDir, 'baseline'), extractorVersion: 'v1', packHash: 'p1' };
      const first = recordingExtractor();
      const claims1 = baselineClaims(loadBaselineDocs(dir), first.fn, cache);
      assert.equal(first.calls.length, 2);

      const again = recordingExtractor();
      const claims2 = baselineClaims(loadBaselineDocs(dir), again.fn, cache);
      assert.equal(again.calls.length, 0, 'unchanged inputs come from the cache');
      assert.deepEqual(claims2, claims1);

      const newVersion = recordingExtractor();
      baselineClaims(loadBaselineDocs(dir), newVersion.fn, { ...cache, extractorVersion: 'v2' });
      assert.equal(newVersion.calls.length, 2, 'a new extractor version re-extracts');

      const newPack = recordingExtractor();
      baselineClaims(loadBaselineDocs(dir), newPack.fn, { ...cache, packHash: 'p2' });
      assert.equal(newPack.calls.length, 2, 'a changed topic pack re-extracts');

      writeFileSync(join(dir, 'a.txt'), DOC_A.replace('900', '950'));
      const edited = recordingExtractor();
      const claims3 = baselineClaims(loadBaselineDocs(dir), edited.fn, cache);
      assert.equal(edited.calls.length, 1, 'only the edited document is extracted again');
      assert.equal(claims3[0]!.value, 950);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('a corrupt cache file is ignored and rewritten', () => {
    const dir = tempCorpus({ 'a.txt': DOC_A });
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    try {
      const cache = { dir: cacheDir, extractorVersion: 'v1', packHash: 'p1' };
      baselineClaims(loadBaselineDocs(dir), recordingExtractor().fn, cache);
      for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{not json');
      const r = recordingExtractor();
      const claims = baselineClaims(loadBaselineDocs(dir), r.fn, cache);
      assert.equal(r.calls.length, 1);
      assert.equal(claims.length, 1);
      const r2 = recordingExtractor();
      baselineClaims(loadBaselineDocs(dir), r2.fn, cache);
      assert.equal(r2.calls.length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('baselineDisagreements', () => {
  test('the same event dated to different months by different documents', () => {
    const claims = [
      earlier('corpus:1', '2025-03-27', 'treaty_event', 'signed', { date: '2023' }),
      earlier('corpus:0', '2024-11-25', 'treaty_event', 'signed', { date: '2024-06' }),
      earlier('corpus:3', '2024-11-15', 'treaty_event', 'signed', { date: '2024-06-19' }),
      earlier('corpus:3', '2024-11-15', 'treaty_event', 'ratified_dprk', { date: '2024-11-11' }),
      earlier('corpus:3', '2024-11-15', 'official_visit', 'putin_to_dprk', { date: '2024-06' }),
    ];
    const out = baselineDisagreements(claims);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.kind, 'treaty_event');
    assert.deepEqual(out[0]!.values, [
      { value: 'signed', date: '2023', docs: ['corpus:1'] },
      { value: 'signed', date: '2024-06', docs: ['corpus:0', 'corpus:3'] },
    ]);
  });

  test('opposite official positions of one actor', () => {
    const out = baselineDisagreements([
      earlier('corpus:2', '2024-10-20', 'official_position', 'russia_denies_deployment'),
      earlier('corpus:4', '2025-06-26', 'official_position', 'russia_confirms_deployment'),
      earlier('corpus:4', '2025-06-26', 'official_position', 'dprk_confirms_deployment'),
    ]);
    assert.deepEqual(out, [
      {
        kind: 'official_position',
        values: [
          { value: 'russia_denies_deployment', docs: ['corpus:2'] },
          { value: 'russia_confirms_deployment', docs: ['corpus:4'] },
        ],
      },
    ]);
  });

  test('agreeing documents and revised figures are not disagreements', () => {
    const out = baselineDisagreements([
      earlier('corpus:0', '2024-11-25', 'treaty_event', 'signed', { date: '2024-06' }),
      earlier('corpus:2', '2024-10-20', 'treaty_event', 'signed', { date: '2024-06-19' }),
      earlier('corpus:0', '2024-11-25', 'troops_deployed', 10000),
      earlier('corpus:1', '2025-03-27', 'troops_deployed', 11000),
    ]);
    assert.deepEqual(out, []);
  });
});
