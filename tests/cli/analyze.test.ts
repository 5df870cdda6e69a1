import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../compare/run-cli.js';
import { CLAIM_KINDS } from '../../src/claims/model.js';
import { formatTable, looksLikeHtml, splitPlainText } from '../../src/cli/analyze.js';

// Sentences written for these tests.
const RELEVANT = [
  'North Korea sends more soldiers to Russia',
  '',
  'North Korea has sent about 12,000 troops to Russia, the Pentagon said on Monday.',
  'Many of the North Korean soldiers are fighting in the Kursk region, according to Ukrainian officials.',
].join('\n');

const IRRELEVANT = [
  'Local bakery wins regional award',
  '',
  'A small bakery in the town centre won the regional prize for its sourdough bread on Sunday.',
  'The owners said they would use the prize money to buy a new oven.',
].join('\n');

function tempFile(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

const CHANGES = ['new', 'confirms', 'updates', 'contradicts'];

describe('dprkwatch analyze', () => {
  test('--json prints exactly one object with the claims and their change against the baseline', () => {
    const r = runCli(['analyze', '--json', '--published', '2025-01-10', tempFile('a.txt', RELEVANT)]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1, 'one line of JSON, nothing else on stdout');
    const out = JSON.parse(lines[0]!) as { relevant: boolean; language: string; claims: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(out).sort(), ['claims', 'language', 'relevant']);
    assert.equal(out.relevant, true);
    assert.equal(out.language, 'en');
    assert.ok(out.claims.length > 0);
    for (const c of out.claims) {
      assert.ok((CLAIM_KINDS as readonly string[]).includes(String(c.kind)));
      assert.ok(typeof c.value === 'number' || typeof c.value === 'string');
      assert.ok(['reported', 'confirmed', 'possible', 'denied'].includes(String(c.status)));
      assert.equal(typeof c.evidence, 'string');
      assert.ok(RELEVANT.includes(String(c.evidence)), 'evidence is verbatim from the text');
      assert.ok(CHANGES.includes(String(c.change)));
      assert.ok(Array.isArray(c.comparedWith));
      for (const ref of c.comparedWith as Record<string, unknown>[]) {
        assert.match(String(ref.docId), /^corpus:/);
        assert.match(String(ref.published), /^\d{4}-\d{2}-\d{2}$/);
        assert.equal(typeof ref.evidence, 'string');
      }
    }
    const kursk = out.claims.find((c) => c.kind === 'deployment_location' && c.value === 'Kursk');
    assert.ok(kursk, 'Kursk is a deployment place');
    assert.equal(kursk.change, 'confirms', 'the baseline places North Korean troops in Kursk');
  });

  test('--published decides whether a differing figure updates or contradicts the baseline', () => {
    const troops = (published: string) => {
      const r = runCli(['analyze', '--json', '--published', published, tempFile('a.txt', RELEVANT)]);
      assert.equal(r.status, 0, r.stderr);
      const claims = JSON.parse(r.stdout).claims as { kind: string; value: unknown; change: string }[];
      const c = claims.find((x) => x.kind === 'troops_deployed' && x.value === 12000);
      assert.ok(c, 'about 12,000 troops is read');
      return c.change;
    };
    // The baseline's troop totals date from October 2024 to March 2025.
    assert.equal(troops('2025-01-10'), 'updates');
    assert.equal(troops('2024-09-01'), 'contradicts');
  });

  test('an irrelevant article: relevant false and no claims', () => {
    const r = runCli(['analyze', '--json', '--published', '2025-01-10', tempFile('b.txt', IRRELEVANT)]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { relevant: false, language: 'en', claims: [] });
  });

  test('reads standard input with -', () => {
    const r = runCli(['analyze', '--json', '--published', '2025-01-10', '-'], { input: RELEVANT });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).relevant, true);
  });

  test('recognises HTML by its content, whatever the file name', () => {
    const html = `<!doctype html><html><head><title>North Korea sends more soldiers to Russia</title></head><body><article><h1>North Korea sends more soldiers to Russia</h1>${RELEVANT.split('\n')
      .slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const r = runCli(['analyze', '--json', '--published', '2025-01-10', tempFile('page.txt', html)]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.relevant, true);
    for (const c of out.claims) assert.ok(!String(c.evidence).includes('<'), 'no markup in evidence');
  });

  test('without --json prints a readable table', () => {
    const r = runCli(['analyze', '--published', '2025-01-10', tempFile('a.txt', RELEVANT)]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /relevant: yes/);
    assert.match(r.stdout, /kind\s+value\s+qualifier\s+direction\s+source\s+status\s+change/);
    assert.match(r.stdout, /deployment_location\s+Kursk/);
    assert.match(r.stdout, /baseline: corpus:/);
  });

  test('exit 2 with one line on stderr: missing file, bad date, bad usage', () => {
    const cases = [
      ['analyze', '--json', join(tmpdir(), 'no-such-article-file.txt')],
      ['analyze', '--json', '--published', '2025-02-30', tempFile('a.txt', RELEVANT)],
      ['analyze', '--json', '--published', 'yesterday', tempFile('a.txt', RELEVANT)],
      ['analyze', '--json'],
      ['analyze', '--no-such-option', tempFile('a.txt', RELEVANT)],
      ['analyze', '--json', tempFile('empty.txt', '  \n\n')],
    ];
    for (const args of cases) {
      const r = runCli(args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', 'nothing on stdout');
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^dprkwatch analyze: /);
    }
  });

  test('exit 1 on a runtime failure (an unreadable file)', (t) => {
    // /proc/self/mem exists and is a regular file but reading it from offset 0 fails with EIO (Linux).
    if (!existsSync('/proc/self/mem')) return t.skip('needs Linux /proc');
    const r = runCli(['analyze', '--json', '/proc/self/mem']);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^dprkwatch analyze: /);
  });

  test('a loopback URL is refused as bad input without any request leaving the machine', () => {
    const r = runCli(['analyze', '--json', 'http://127.0.0.1:9/article']);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
  });
});

describe('analyze input and output helpers', () => {
  test('splitPlainText: the first line is the title, even when empty', () => {
    assert.deepEqual(splitPlainText('Headline\n\nBody one.\nBody two.'), { title: 'Headline', text: 'Body one.\nBody two.' });
    assert.deepEqual(splitPlainText('\n\nBody without a title.'), { title: '', text: 'Body without a title.' });
    assert.deepEqual(splitPlainText('\uFEFFHeadline\r\nBody.'), { title: 'Headline', text: 'Body.' });
    assert.deepEqual(splitPlainText('Only a title'), { title: 'Only a title', text: '' });
  });

  test('looksLikeHtml decides by content', () => {
    assert.equal(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>'), true);
    assert.equal(looksLikeHtml('  <html lang="en"><p>x</p></html>'), true);
    assert.equal(looksLikeHtml('<div class="a"><p>Some text</p></div>'), true);
    assert.equal(looksLikeHtml('Headline\n\nTroops are 3 < 5 and 7 > 2 in this sentence.'), false);
  });

  test('formatTable shows each claim with its change and the baseline evidence', () => {
    const out = formatTable({
      relevant: true,
      language: 'en',
      claims: [
        {
          kind: 'troops_deployed', value: 11000, min: 11000, max: 12000, qualifier: 'exact', source: 'NATO', status: 'reported',
          evidence: 'A made-up sentence with 11,000 to 12,000 troops.', change: 'confirms',
          comparedWith: [{ docId: 'corpus:x.txt', published: '2025-03-27', value: 11000, evidence: 'A baseline sentence.' }],
        },
      ],
    });
    assert.match(out, /relevant: yes\s+language: en\s+claims: 1/);
    assert.match(out, /troops_deployed\s+11000–12000\s+exact\s+NATO\s+reported\s+confirms/);
    assert.match(out, /baseline: corpus:x\.txt 2025-03-27 \[11000\]: A baseline sentence\./);
  });
});
