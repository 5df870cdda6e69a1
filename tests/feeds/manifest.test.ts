// The real-world corpus in ../shared/fixtures/feeds (398 files from other parsers' test suites), walked
// through parseFeed exactly as polling uses it. Skipped when ../shared is absent (a user's clone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/feeds/parse.js';
import { xmlDeclaredEncoding } from '../../src/feeds/decode.js';
import { sniffBom } from '../../src/shared/http/charset.js';
import { AppError } from '../../src/shared/errors.js';
import type { ParsedFeed } from '../../src/feeds/types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url)); // dist/tests/feeds/ → project root
const dir = join(root, '..', 'shared', 'fixtures', 'feeds');
const manifest = join(dir, 'MANIFEST.tsv');
const skip = existsSync(manifest) ? false : `no corpus at ${dir}`;

/** Where the manifest's items=N (a count of <item>/<entry> tags) is not the number of items. */
const COUNT_EXCEPTIONS: Record<string, string> = {
  'node-feedparser/illegally-nested.xml': 'each of its 10 items has an empty <item/> nested inside: 10 items, not 20',
};

/** U+FFFD, C1 controls, and the classic UTF-8-read-as-windows-1252 sequences. */
const GARBLED = /\uFFFD|[\u0080-\u009F]|Ã[\u0080-\u00BF©¨ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]|â€[™œ\u0080-\u00BF“”˜¦]|Â[\u00A0-\u00BF]/g;

interface Row {
  path: string;
  expected: 'wellformed' | 'illformed' | 'not-a-feed';
  realWorld: boolean;
  items?: number;
}

function rows(): Row[] {
  return readFileSync(manifest, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [path = '', , , , , expected = '', notes = ''] = line.split('\t');
      const n = /\bitems=(\d+)/.exec(notes)?.[1];
      return { path, expected: expected as Row['expected'], realWorld: notes.startsWith('real-world'), ...(n ? { items: Number(n) } : {}) };
    });
}

/** The document decoded strictly by what it declares (BOM, else XML declaration, else UTF-8); undefined if that fails. */
function strictDeclared(bytes: Uint8Array): string | undefined {
  const label = sniffBom(bytes)?.encoding ?? xmlDeclaredEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

test('real-world feed corpus', { skip }, async (t) => {
  const all = rows();
  const outcome = new Map<string, { feed?: ParsedFeed; error?: AppError; ms: number }>();
  for (const row of all) {
    const bytes = readFileSync(join(dir, row.path));
    const t0 = performance.now();
    try {
      outcome.set(row.path, { feed: await parseFeed(bytes), ms: performance.now() - t0 });
    } catch (err) {
      assert.ok(err instanceof AppError, `${row.path} threw a non-AppError: ${String(err)}`);
      outcome.set(row.path, { error: err, ms: performance.now() - t0 });
    }
  }
  const get = (r: Row) => outcome.get(r.path) as { feed?: ParsedFeed; error?: AppError; ms: number };

  // No file hangs (parsing is synchronous inside, so this is measured rather than raced).
  const slowest = all.map((r) => ({ path: r.path, ms: get(r).ms })).sort((a, b) => b.ms - a.ms)[0];
  assert.ok((slowest?.ms ?? 0) < 3_000, `slowest: ${slowest?.path} ${slowest?.ms} ms`);

  // All real-world well-formed files yield their items.
  const wellformed = all.filter((r) => r.realWorld && r.expected === 'wellformed');
  const countMismatches: string[] = [];
  for (const r of wellformed) {
    const { feed, error } = get(r);
    assert.ok(feed, `${r.path} (well-formed) rejected: ${error?.code} ${error?.message}`);
    if (r.items === undefined || COUNT_EXCEPTIONS[r.path]) continue;
    const accounted = feed.items.length + (feed.duplicates ?? 0) + (feed.truncated ?? 0);
    if (accounted !== r.items) countMismatches.push(`${r.path}: ${feed.items.length} items (+${feed.duplicates} duplicates, +${feed.truncated} over cap), manifest says ${r.items}`);
    if (r.items > 0) assert.ok(feed.items.length > 0, `${r.path}: no items`);
  }
  assert.deepEqual(countMismatches, []);
  const nested = outcome.get('node-feedparser/illegally-nested.xml')?.feed;
  if (nested) assert.equal(nested.items.length, 10);

  // Real-world ill-formed files are recovered.
  const illformed = all.filter((r) => r.realWorld && r.expected === 'illformed');
  const recovered = illformed.filter((r) => (get(r).feed?.items.length ?? 0) > 0 && (r.items === undefined || get(r).feed?.items.length === r.items));
  assert.ok(recovered.length >= 17, `recovered ${recovered.length} of ${illformed.length}`);

  // Every not-a-feed file is rejected as such.
  const notFeeds = all.filter((r) => r.expected === 'not-a-feed');
  for (const r of notFeeds) assert.equal(get(r).error?.code, 'not-a-feed', `${r.path}: ${get(r).error?.code ?? `parsed ${get(r).feed?.items.length} items`}`);

  // No decoded title is garbled where the document, decoded strictly as it declares itself, is clean.
  let titles = 0;
  const garbled: string[] = [];
  for (const r of all) {
    const feed = get(r).feed;
    if (!feed) continue;
    let source: string | undefined | null = null;
    for (const title of [feed.title ?? '', ...feed.items.map((i) => i.title)]) {
      titles++;
      for (const m of title.matchAll(GARBLED)) {
        source ??= strictDeclared(readFileSync(join(dir, r.path)));
        if (source !== undefined && !source.includes(m[0])) garbled.push(`${r.path}: ${JSON.stringify(title.slice(0, 80))}`);
      }
    }
  }
  assert.deepEqual(garbled, []);

  const parsedBy = (rs: Row[], p: ParsedFeed['parser']) => rs.filter((r) => get(r).feed?.parser === p).length;
  const errors = new Map<string, number>();
  for (const r of all) {
    const code = get(r).error?.code;
    if (code) errors.set(code, (errors.get(code) ?? 0) + 1);
  }
  const report = [
    `corpus: ${all.length} files, ${all.filter((r) => get(r).feed).length} parsed`,
    `real-world well-formed parsed: ${wellformed.filter((r) => get(r).feed).length}/${wellformed.length} (rss-parser ${parsedBy(wellformed, 'rss-parser')}, feedsmith ${parsedBy(wellformed, 'feedsmith')}); item counts match the manifest for all ${wellformed.filter((r) => r.items !== undefined).length} that state one (${Object.keys(COUNT_EXCEPTIONS).length} documented exception)`,
    `real-world ill-formed recovered: ${recovered.length}/${illformed.length} (rss-parser ${parsedBy(recovered, 'rss-parser')}, feedsmith ${parsedBy(recovered, 'feedsmith')}); not recovered: ${illformed.filter((r) => !recovered.includes(r)).map((r) => `${r.path} [${get(r).error?.code}]`).join(', ') || 'none'}`,
    `not-a-feed rejected: ${notFeeds.filter((r) => get(r).error?.code === 'not-a-feed').length}/${notFeeds.length}`,
    `rejections by code: ${[...errors].map(([c, n]) => `${c} ${n}`).join(', ')}`,
    `titles checked for mojibake: ${titles}, garbled: ${garbled.length}`,
    `slowest file: ${slowest?.path} ${slowest?.ms.toFixed(0)} ms`,
  ];
  for (const line of report) t.diagnostic(line);
});
