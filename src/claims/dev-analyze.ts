// A small harness for the scorer (../shared/eval/score.mjs) while the full `analyze` command is elsewhere:
//   node dist/src/claims/dev-analyze.js [--topic DIR] --published YYYY-MM-DD FILE   (FILE: first line is the title)
// prints { relevant, language, claims } as JSON.
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../articles/language.js';
import { assessRelevance } from '../articles/relevance.js';
import { defaultTopicDir, loadTopicPack } from '../config/topic-pack.js';
import { extractClaims } from './extract.js';

function main(argv: string[]): number {
  let published = new Date().toISOString().slice(0, 10);
  let file: string | undefined;
  let topicDir = defaultTopicDir(process.cwd());
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--published') published = argv[++i] ?? published;
    else if (argv[i] === '--topic') topicDir = argv[++i] ?? topicDir;
    else if (!argv[i]!.startsWith('--')) file = argv[i];
  }
  if (!file) {
    process.stderr.write('usage: dev-analyze --published YYYY-MM-DD FILE\n');
    return 2;
  }
  const raw = readFileSync(file, 'utf8');
  const nl = raw.indexOf('\n');
  const title = (nl < 0 ? raw : raw.slice(0, nl)).trim();
  const text = nl < 0 ? '' : raw.slice(nl + 1).replace(/^\s*\n/, '');
  const pack = loadTopicPack(topicDir);
  const language = detectLanguage(`${title}\n${text}`);
  const relevance = assessRelevance({ title, text, language }, pack);
  const claims = relevance.relevant ? extractClaims({ title, text, language, published }, pack) : [];
  process.stdout.write(`${JSON.stringify({ relevant: relevance.relevant, language, reasons: relevance.reasons, claims }, null, 1)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
