// Wires the baseline for the CLI and the pipeline: topic pack + corpus → extracted claims, cached under the data dir.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourcedClaim } from '../claims/model.js';
import { loadTopicPack, topicPackHash, type TopicPack } from '../config/topic-pack.js';
import { EXTRACTOR_VERSION, extractClaims } from '../claims/extract.js';
import { baselineClaims, loadBaselineDocs, type BaselineDoc } from './baseline.js';

export interface BaselineDirs {
  corpusDir: string;
  topicDir: string;
  /** Extraction cache lives in <dataDir>/cache/baseline; omit to extract every time. */
  dataDir?: string;
}

export interface LoadedBaseline {
  pack: TopicPack;
  docs: BaselineDoc[];
  claims: SourcedClaim[];
}

/**
 * A hash of the extractor's own code, added to EXTRACTOR_VERSION in the cache key: while the extractor is being
 * tuned its version string does not move, and a stale baseline would silently skew every comparison.
 */
function extractorCodeFingerprint(): string {
  const h = createHash('sha256');
  try {
    const dir = fileURLToPath(new URL('../claims/', import.meta.url));
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!/\.(js|ts)$/.test(f) || f.endsWith('.d.ts')) continue;
      h.update(f).update(readFileSync(join(dir, f)));
    }
  } catch {
    h.update('unknown');
  }
  return h.digest('hex').slice(0, 12);
}

export function loadBaseline(dirs: BaselineDirs): LoadedBaseline {
  const pack = loadTopicPack(dirs.topicDir);
  const docs = loadBaselineDocs(dirs.corpusDir);
  const cache = dirs.dataDir
    ? {
        dir: join(dirs.dataDir, 'cache', 'baseline'),
        extractorVersion: `${EXTRACTOR_VERSION}+${extractorCodeFingerprint()}`,
        packHash: topicPackHash(pack),
      }
    : undefined;
  const claims = baselineClaims(docs, (input) => extractClaims(input, pack), cache);
  return { pack, docs, claims };
}
