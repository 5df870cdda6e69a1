// `dprkwatch analyze [--json] [--published YYYY-MM-DD] <file|url|->`: one article → its claims and what changed
// against the baseline. Runs once per article in the evaluation, so it starts lean: no database, no config file,
// and the HTML/HTTP stack is imported only when the input needs it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../articles/types.js';
import type { CliCommand, CliIO } from './command.js';
import { AppError, UserError } from '../shared/errors.js';
import { isoDay, systemClock } from '../shared/clock.js';
import type { AnalysisResult, AnalyzedClaim } from '../pipeline/analyze.js';

/** dist/src/cli/analyze.js → the project root, three levels up, whatever the cwd. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

// --published defaults to the page's own date for HTML and URLs, else today.
const USAGE = 'dprkwatch analyze [--json] [--published YYYY-MM-DD] <file|url|->';

function validDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** HTML is recognised by its content, not by a file name. */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 2000).trimStart().toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/.test(head) || /<(article|p|div)[\s>][\s\S]*<\/(article|p|div)>/.test(head);
}

/** Plain text: the first line is the title (empty when the article has none), the rest the body. */
export function splitPlainText(raw: string): { title: string; text: string } {
  const normalised = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nl = normalised.indexOf('\n');
  if (nl < 0) return { title: normalised.trim(), text: '' };
  return { title: normalised.slice(0, nl).trim(), text: normalised.slice(nl + 1).replace(/^\s*\n/, '') };
}

interface Parsed {
  title: string;
  text: string;
  published?: string;
  url?: string;
  outlet?: string;
}

async function fromHtml(html: string, url?: string): Promise<Parsed> {
  const { htmlToArticle } = await import('../articles/fulltext.js');
  const a = htmlToArticle(html, url);
  return { title: a.title, text: a.text, published: a.published, outlet: a.siteName, url };
}

async function fromUrl(url: string): Promise<Parsed> {
  const { createHttpClient } = await import('../shared/http/client.js');
  const { fetchArticle } = await import('../articles/fulltext.js');
  const client = createHttpClient({ allowPrivateAddresses: false });
  try {
    const a = await fetchArticle(client, url);
    return { title: a.title, text: a.text, published: a.published, outlet: a.siteName, url };
  } catch (err) {
    if (err instanceof AppError && (err.code === 'bad-url' || err.code === 'blocked-address')) {
      throw new UserError(`cannot fetch ${url}: ${err.message}`);
    }
    throw err;
  }
}

async function readInput(src: string, io: CliIO): Promise<Parsed> {
  if (/^https?:\/\//i.test(src)) return fromUrl(src);
  let raw: string;
  if (src === '-') raw = await io.readStdin();
  else {
    const path = resolve(io.cwd, src);
    if (!existsSync(path) || !statSync(path).isFile()) throw new UserError(`no such file: ${src}`);
    raw = readFileSync(path, 'utf8');
  }
  if (looksLikeHtml(raw)) return fromHtml(raw);
  return splitPlainText(raw);
}

function cell(v: unknown, width: number): string {
  const s = v === undefined || v === null ? '' : String(v);
  return (s.length > width ? `${s.slice(0, width - 1)}…` : s).padEnd(width);
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function formatTable(result: Pick<AnalysisResult, 'relevant' | 'language' | 'claims'>): string {
  const head = `relevant: ${result.relevant ? 'yes' : 'no'}   language: ${result.language}   claims: ${result.claims.length}\n`;
  if (result.claims.length === 0) return head;
  const cols: [string, number, (c: AnalyzedClaim) => unknown][] = [
    ['kind', 20, (c) => c.kind],
    ['value', 26, (c) => (c.min !== undefined && c.max !== undefined ? `${c.min}–${c.max}` : c.value)],
    ['qualifier', 10, (c) => c.qualifier],
    ['direction', 15, (c) => c.direction],
    ['source', 22, (c) => c.source],
    ['status', 10, (c) => c.status],
    ['change', 11, (c) => c.change],
  ];
  const lines = [head, cols.map(([h, w]) => cell(h, w)).join(' ').trimEnd()];
  for (const c of result.claims) {
    lines.push(cols.map(([, w, f]) => cell(f(c), w)).join(' ').trimEnd());
    lines.push(`    evidence: ${clip(c.evidence, 150)}`);
    const ref = c.comparedWith[0];
    if (ref) {
      const more = c.comparedWith.length > 1 ? ` (+${c.comparedWith.length - 1} more)` : '';
      const what = `${ref.value}${ref.date ? ` @${ref.date}` : ''}`;
      lines.push(`    baseline: ${ref.docId} ${ref.published} [${what}]${more}: ${clip(ref.evidence, 120)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'analyse one article (file, URL or - for stdin): its claims and what changed against the baseline',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { json: { type: 'boolean', default: false }, published: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new UserError(`${(err as Error).message}; usage: ${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UserError(`expected one file, URL or '-'; usage: ${USAGE}`);
    if (values.published !== undefined && !validDay(values.published)) {
      throw new UserError(`--published must be a date YYYY-MM-DD, got '${values.published}'`);
    }
    const input = await readInput(positionals[0]!, io);
    if (input.text.trim().length === 0 && input.title.trim().length === 0) throw new UserError('the article is empty');

    const pageDay = input.published?.slice(0, 10);
    const published = values.published ?? (pageDay && validDay(pageDay) ? pageDay : isoDay(systemClock.now()));
    // Loaded only now, so that bad usage is answered without loading the topic pack and the extractor.
    const { loadBaseline } = await import('../compare/load-baseline.js');
    const { analyzeArticle } = await import('../pipeline/analyze.js');
    const dataDir = io.env.DPRKWATCH_DATA_DIR ? resolve(io.cwd, io.env.DPRKWATCH_DATA_DIR) : resolve(ROOT, 'data');
    const baseline = loadBaseline({
      corpusDir: resolve(ROOT, 'corpus'),
      topicDir: resolve(ROOT, 'config/topics/dprk-russia'),
      dataDir,
    });
    const article: ArticleInput = { title: input.title, text: input.text, published };
    if (input.url) article.url = input.url;
    if (input.outlet) article.outlet = input.outlet;
    // A page's declared language is often a template default: the text decides (detectLanguage).
    const result = analyzeArticle(article, { pack: baseline.pack, baseline: baseline.claims });

    if (values.json) {
      io.stdout(`${JSON.stringify({ relevant: result.relevant, language: result.language, claims: result.claims })}\n`);
    } else {
      io.stdout(formatTable(result));
    }
    return 0;
  },
};
