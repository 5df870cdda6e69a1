import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, type AnalysisStages } from '../../src/pipeline/analyze.js';
import type { Claim } from '../../src/claims/model.js';
import type { TopicPack } from '../../src/config/topic-pack.js';
import { earlier } from './helpers.js';

// Recording fake stages: the pipeline's wiring is under test here, not the extractor.
function fakeStages() {
  const calls: string[] = [];
  const stages: AnalysisStages = {
    detectLanguage: (text) => {
      calls.push('language');
      return /\bsoldati\b/.test(text) ? 'it' : 'en';
    },
    assessRelevance: (a) => {
      calls.push(`relevance:${a.language}`);
      const relevant = /north korea/i.test(`${a.title} ${a.text}`);
      return { relevant, reasons: relevant ? ['north korea'] : [] };
    },
    extractClaims: (a) => {
      calls.push(`extract:${a.published}`);
      const out: Claim[] = [];
      for (const m of a.text.matchAll(/(\d+) troops/g)) {
        out.push({ kind: 'troops_deployed', value: Number(m[1]), qualifier: 'exact', status: 'reported', evidence: m[0] });
      }
      return out;
    },
  };
  return { stages, calls };
}

const pack = {} as TopicPack;
const baseline = [earlier('corpus:b', '2024-11-25', 'troops_deployed', 10000)];

describe('analyzeArticle', () => {
  test('runs language → relevance → extraction and compares with the baseline', () => {
    const { stages, calls } = fakeStages();
    const r = analyzeArticle(
      { title: 'North Korea test', text: 'Officials counted 12000 troops and later 10000 troops.', published: '2025-01-10' },
      { pack, baseline, stages },
    );
    assert.deepEqual(calls, ['language', 'relevance:en', 'extract:2025-01-10']);
    assert.equal(r.relevant, true);
    assert.equal(r.language, 'en');
    assert.deepEqual(r.relevance.reasons, ['north korea']);
    assert.deepEqual(r.claims.map((c) => [c.value, c.change]), [[12000, 'updates'], [10000, 'confirms']]);
    assert.equal(r.claims[0]!.comparedWith[0]!.docId, 'corpus:b');
    assert.equal(r.claims[0]!.novelty, undefined, 'no novelty without known claims');
  });

  test('a given language is not detected again', () => {
    const { stages, calls } = fakeStages();
    const r = analyzeArticle({ title: 'North Korea', text: 'x', published: '2025-01-10', language: 'de' }, { pack, baseline, stages });
    assert.equal(r.language, 'de');
    assert.deepEqual(calls, ['relevance:de', 'extract:2025-01-10']);
  });

  test('an irrelevant article is not extracted', () => {
    const { stages, calls } = fakeStages();
    const r = analyzeArticle({ title: 'Weather', text: 'Rain and 12000 troops of clouds.', published: '2025-01-10' }, { pack, baseline, stages });
    assert.equal(r.relevant, false);
    assert.deepEqual(r.claims, []);
    assert.ok(!calls.some((c) => c.startsWith('extract')));
  });

  test('novelty: the second report of a new figure confirms what was learned, change stays against the baseline', () => {
    const { stages } = fakeStages();
    const known = [{ ...earlier('article:1', '2025-01-05', 'troops_deployed', 12000), url: 'https://example.test/first' }];
    const r = analyzeArticle(
      { title: 'North Korea again', text: 'Now 12000 troops.', published: '2025-01-10', url: 'https://example.test/second' },
      { pack, baseline, known, stages },
    );
    assert.equal(r.claims[0]!.change, 'updates');
    assert.equal(r.claims[0]!.novelty, 'confirms');
  });

  test('novelty ignores the article itself when it is already known', () => {
    const { stages } = fakeStages();
    const known = [{ ...earlier('article:1', '2025-01-10', 'troops_deployed', 12000), url: 'https://example.test/same' }];
    const r = analyzeArticle(
      { title: 'North Korea', text: 'Now 12000 troops.', published: '2025-01-10', url: 'https://example.test/same' },
      { pack, baseline, known, stages },
    );
    assert.equal(r.claims[0]!.novelty, 'updates');
  });
});
