// `npm run bench`: throughput of the analysis path, measured side by side in one run (a benchmark, never a test).
// Articles: the five baseline texts of corpus/ (about 4–5 KB each), analysed round-robin.
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config/load.js';
import { loadBaseline } from '../src/compare/load-baseline.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { extractClaims } from '../src/claims/extract.js';
import { detectLanguage } from '../src/articles/language.js';
import { assessRelevance } from '../src/articles/relevance.js';
import { simhash } from '../src/articles/near-duplicate.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function measure(name: string, fn: (i: number) => void): number {
  for (let i = 0; i < 20; i++) fn(i); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) fn(n++);
  const perSecond = n / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(44)} ${perSecond.toFixed(0).padStart(8)} articles/s`);
  return perSecond;
}

const { pack, docs, claims: baseline } = loadBaseline({
  corpusDir: resolve(PROJECT_ROOT, 'corpus'),
  topicDir: resolve(PROJECT_ROOT, 'config/topics/dprk-russia'),
});
const articles = docs.map((d) => ({ title: d.title ?? '', text: d.text, published: d.published, language: d.language }));
const avgKb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / articles.length / 1024;
console.log(`articles: ${articles.length} baseline texts, ${avgKb.toFixed(1)} KB on average; ${SECONDS}s per row\n`);

const at = (i: number) => articles[i % articles.length]!;
const full = measure('analyze, language detected (CLI, unknown source)', (i) => {
  const { language: _l, ...a } = at(i);
  analyzeArticle(a, { pack, baseline });
});
const declared = measure('analyze, language declared by the feed', (i) => analyzeArticle(at(i), { pack, baseline }));
const extract = measure('  extractClaims alone', (i) => extractClaims(at(i), pack));
const lang = measure('  detectLanguage alone', (i) => detectLanguage(at(i).text));
const rel = measure('  assessRelevance alone', (i) => assessRelevance(at(i), pack));
const sim = measure('  simhash (syndication) alone', (i) => simhash(at(i).text));
console.log(
  `\nratios to the full analysis: extract ${(full / extract).toFixed(2)}, language ${(full / lang).toFixed(2)}, ` +
    `relevance ${(full / rel).toFixed(2)}, simhash ${(full / sim).toFixed(2)} (share of time each stage takes)`,
);
console.log(`declared language vs detected: ${(declared / full).toFixed(2)}x the throughput`);
console.log(`target ≥ 500 articles/s on one core: detected ${full.toFixed(0)}/s, declared ${declared.toFixed(0)}/s`);
