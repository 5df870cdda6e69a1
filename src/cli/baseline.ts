// `dprkwatch baseline [--json]`: the baseline corpus's claims per kind with the documents stating them, and where
// baseline documents disagree with each other (a reader should know before trusting a "contradicts").
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { CLAIM_KINDS, type SourcedClaim } from '../claims/model.js';
import { UserError } from '../shared/errors.js';
import { baselineDisagreements, type Disagreement } from '../compare/disagreements.js';
import type { BaselineDoc } from '../compare/corpus.js';

/** dist/src/cli/baseline.js → the project root, three levels up, whatever the cwd. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const USAGE = 'dprkwatch baseline [--json]';

export interface BaselineEntry {
  value: number | string;
  qualifier?: string;
  min?: number;
  max?: number;
  unit?: string;
  direction?: string;
  date?: string;
  status: string;
  sources: string[];
  docs: string[];
  evidence: string;
}

export interface BaselineReport {
  documents: { id: string; title?: string; outlet?: string; published: string; language: string; seed?: string }[];
  kinds: { kind: string; claims: BaselineEntry[] }[];
  disagreements: Disagreement[];
}

/** One entry per statement (kind, direction, value, hedge, date, status), listing every document that makes it. */
export function baselineReport(docs: BaselineDoc[], claims: SourcedClaim[]): BaselineReport {
  const kinds: BaselineReport['kinds'] = [];
  for (const kind of CLAIM_KINDS) {
    const entries = new Map<string, BaselineEntry>();
    for (const c of claims.filter((x) => x.kind === kind)) {
      const key = JSON.stringify([c.direction, c.value, c.qualifier, c.min, c.max, c.unit, c.date, c.status]);
      let e = entries.get(key);
      if (!e) {
        e = { value: c.value, status: c.status, sources: [], docs: [], evidence: c.evidence };
        if (c.qualifier) e.qualifier = c.qualifier;
        if (c.min !== undefined) e.min = c.min;
        if (c.max !== undefined) e.max = c.max;
        if (c.unit) e.unit = c.unit;
        if (c.direction) e.direction = c.direction;
        if (c.date) e.date = c.date;
        entries.set(key, e);
      }
      if (!e.docs.includes(c.docId)) e.docs.push(c.docId);
      if (c.source && !e.sources.includes(c.source)) e.sources.push(c.source);
    }
    if (entries.size > 0) kinds.push({ kind, claims: [...entries.values()] });
  }
  const documents = docs.map((d) => ({
    id: d.id,
    published: d.published,
    language: d.language,
    ...(d.title ? { title: d.title } : {}),
    ...(d.outlet ? { outlet: d.outlet } : {}),
    ...(d.seed ? { seed: d.seed } : {}),
  }));
  return { documents, kinds, disagreements: baselineDisagreements(claims) };
}

function describeEntry(e: BaselineEntry): string {
  const figure = e.min !== undefined && e.max !== undefined ? `${e.min}–${e.max}` : String(e.value);
  const parts = [
    e.qualifier && e.qualifier !== 'exact' ? `${e.qualifier.replace('_', ' ')} ${figure}` : figure,
    e.unit,
    e.direction?.replace(/_/g, ' '),
    e.date ? `(${e.date})` : undefined,
    e.status !== 'reported' ? `[${e.status}]` : undefined,
    e.sources.length ? `— ${e.sources.join(', ')}` : undefined,
  ];
  return parts.filter(Boolean).join(' ');
}

export function formatBaseline(r: BaselineReport): string {
  const shortId = (id: string) => id.replace(/^corpus:/, '').replace(/_[0-9a-f]{8,}\.txt$/, '');
  const out: string[] = [`Baseline: ${r.documents.length} documents`];
  for (const d of r.documents) {
    out.push(`  ${shortId(d.id).padEnd(5)} ${d.published}  ${d.outlet ? `${d.outlet}: ` : ''}${d.title ?? '(untitled)'}`);
  }
  for (const k of r.kinds) {
    out.push('', k.kind);
    for (const e of k.claims) out.push(`  ${e.docs.map(shortId).join(' ').padEnd(16)} ${describeEntry(e)}`);
  }
  out.push('', 'Where baseline documents disagree');
  if (r.disagreements.length === 0) out.push('  (nowhere)');
  for (const d of r.disagreements) {
    const sides = d.values.map((v) => `${v.value}${v.date ? ` ${v.date}` : ''} (${v.docs.map(shortId).join(', ')})`);
    out.push(`  ${d.kind}: ${sides.join(' vs ')}`);
  }
  return `${out.join('\n')}\n`;
}

export const baselineCommand: CliCommand = {
  name: 'baseline',
  summary: "list the baseline corpus's claims per kind and where its documents disagree",
  usage: USAGE,
  async run(argv, io) {
    let json: boolean;
    try {
      const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, strict: true });
      json = values.json;
    } catch (err) {
      throw new UserError(`${(err as Error).message}; usage: ${USAGE}`);
    }
    const { loadBaseline } = await import('../compare/load-baseline.js');
    const dataDir = io.env.DPRKWATCH_DATA_DIR ? resolve(io.cwd, io.env.DPRKWATCH_DATA_DIR) : resolve(ROOT, 'data');
    const { docs, claims } = loadBaseline({
      corpusDir: resolve(ROOT, 'corpus'),
      topicDir: resolve(ROOT, 'config/topics/dprk-russia'),
      dataDir,
    });
    const report = baselineReport(docs, claims);
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatBaseline(report));
    return 0;
  },
};
