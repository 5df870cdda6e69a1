// Wires the baseline for the CLI and the pipeline: topic pack + corpus → extracted claims, cached under the data dir.
import { join } from 'node:path';
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

export function loadBaseline(dirs: BaselineDirs): LoadedBaseline {
  const pack = loadTopicPack(dirs.topicDir);
  const docs = loadBaselineDocs(dirs.corpusDir);
  const cache = dirs.dataDir
    ? { dir: join(dirs.dataDir, 'cache', 'baseline'), extractorVersion: EXTRACTOR_VERSION, packHash: topicPackHash(pack) }
    : undefined;
  const claims = baselineClaims(docs, (input) => extractClaims(input, pack), cache);
  return { pack, docs, claims };
}
