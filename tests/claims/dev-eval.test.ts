// The extractor against the labelled dev set of ../shared/eval (skipped when it is absent, as in a user's clone).
// Scores slots (kind, direction, value) like ../shared/eval/score.mjs, without the comparison with the baseline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessRelevance } from '../../src/articles/relevance.js';
import { extractClaims } from '../../src/claims/extract.js';
import { pack } from './helpers.js';

const devDir = join(process.cwd(), '..', 'shared', 'eval', 'dev');

interface Gold {
  kind: string;
  value: string | number | (string | number)[];
  direction?: string;
  source?: string | string[];
  status?: string;
  optional?: boolean;
}

const norm = (s: unknown) => String(s).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_\-–—]+/g, ' ').trim();
const list = <T>(v: T | T[] | undefined): T[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

test('dev set: F1, source, status and relevance targets', { skip: existsSync(devDir) ? false : 'no ../shared/eval/dev here' }, () => {
  let tp = 0, fp = 0, fn = 0, rel = 0, docs = 0;
  const agree = { source: [0, 0], status: [0, 0] };
  for (const f of readdirSync(devDir).filter((x) => x.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(devDir, f), 'utf8')) as { title: string; text: string; language: string; published: string; relevant?: boolean; claims: Gold[] };
    docs++;
    const relevant = assessRelevance(doc, pack()).relevant;
    if (relevant === (doc.relevant !== false)) rel++;
    const preds = relevant ? extractClaims(doc, pack()) : [];
    const used = new Set<number>();
    for (const g of doc.claims) {
      const i = preds.findIndex((p, k) => !used.has(k) && p.kind === g.kind && (!g.direction || !p.direction || g.direction === p.direction) &&
        list(g.value).some((v) => (typeof v === 'number' ? Number(p.value) === v : norm(v) === norm(p.value))));
      if (i < 0) {
        if (!g.optional) fn++;
        continue;
      }
      used.add(i);
      if (!g.optional) tp++;
      const p = preds[i]!;
      if (g.source) { agree.source[1]!++; if (p.source && list(g.source).some((s) => norm(s) === norm(p.source))) agree.source[0]!++; }
      if (g.status) { agree.status[1]!++; if (p.status === g.status) agree.status[0]!++; }
    }
    fp += preds.filter((p, k) => !used.has(k) && !doc.claims.some((g) => g.optional && g.kind === p.kind && list(g.value).some((v) => norm(v) === norm(p.value)))).length;
    for (const p of preds) assert.ok(doc.text.includes(p.evidence), `${f}: evidence is not a substring: ${p.evidence}`);
  }
  const P = tp / (tp + fp), R = tp / (tp + fn), F1 = (2 * P * R) / (P + R);
  assert.ok(F1 >= 0.85, `F1 ${F1.toFixed(2)}`);
  assert.ok(agree.source[0]! / agree.source[1]! >= 0.75, `source ${agree.source}`);
  assert.ok(agree.status[0]! / agree.status[1]! >= 0.8, `status ${agree.status}`);
  assert.equal(rel, docs, 'relevance');
});
