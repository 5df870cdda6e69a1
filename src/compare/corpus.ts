// Reads the baseline corpus: one plain-text article per `*.txt` file, YAML front matter then the verbatim body.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError } from '../shared/errors.js';

export interface BaselineDoc {
  /** `corpus:<file name>`: the docId its claims carry. */
  id: string;
  file: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** YYYY-MM-DD */
  published: string;
  language: string;
  /** Id of the labelled seed it comes from (seed-000 …), when it is one. */
  seed?: string;
  /** The body, verbatim. */
  text: string;
}

const isoDay = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD'));

const frontMatterSchema = z.object({
  title: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  url: z.string().url().optional(),
  published: isoDay,
  language: z.string().regex(/^[a-z]{2,3}$/, 'language must be an ISO 639 code such as "it"'),
  seed: z.string().min(1).optional(),
  source_file: z.string().optional(),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Splits `---\nYAML\n---\nbody` into its parts; the body is returned exactly as written. */
export function splitFrontMatter(raw: string): { meta: unknown; body: string } | undefined {
  const m = FRONT_MATTER.exec(raw.replace(/^\uFEFF/, ''));
  if (!m) return undefined;
  return { meta: parseYaml(m[1]!), body: raw.replace(/^\uFEFF/, '').slice(m[0].length) };
}

export function parseBaselineDoc(file: string, raw: string): BaselineDoc {
  const split = splitFrontMatter(raw);
  if (!split) throw new AppError('config', `corpus/${file}: missing YAML front matter (--- … ---)`);
  const parsed = frontMatterSchema.safeParse(split.meta ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(front matter)'}: ${i.message}`);
    throw new AppError('config', `corpus/${file}: ${problems.join('; ')}`);
  }
  const fm = parsed.data;
  if (split.body.trim().length === 0) throw new AppError('config', `corpus/${file}: empty body`);
  const doc: BaselineDoc = { id: `corpus:${file}`, file, published: fm.published, language: fm.language, text: split.body };
  if (fm.title !== undefined) doc.title = fm.title;
  if (fm.outlet !== undefined) doc.outlet = fm.outlet;
  if (fm.url !== undefined) doc.url = fm.url;
  if (fm.seed !== undefined) doc.seed = fm.seed;
  return doc;
}

/** All `*.txt` documents of the corpus directory, in file-name order. */
export function loadBaselineDocs(corpusDir: string): BaselineDoc[] {
  let files: string[];
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  } catch (err) {
    throw new AppError('config', `cannot read the baseline corpus at ${corpusDir}`, { cause: err });
  }
  return files.map((f) => parseBaselineDoc(f, readFileSync(join(corpusDir, f), 'utf8')));
}
