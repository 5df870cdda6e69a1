// The baseline's claims: each corpus document run through the extractor, cached on disk by what determines
// the result (document content, extractor version, topic pack hash) so that any change re-extracts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, SourcedClaim } from '../claims/model.js';
import type { BaselineDoc } from './corpus.js';

export { loadBaselineDocs, parseBaselineDoc, type BaselineDoc } from './corpus.js';
export { baselineDisagreements, type Disagreement } from './disagreements.js';

/** What the extractor is given for one document. */
export interface ExtractInput {
  title: string;
  text: string;
  language: string;
  published: string;
}

export type ExtractFn = (input: ExtractInput) => Claim[];

export interface ClaimCache {
  /** Directory holding one small JSON file per extracted document. */
  dir: string;
  extractorVersion: string;
  packHash: string;
}

function cacheKey(doc: BaselineDoc, cache: ClaimCache): string {
  const h = createHash('sha256');
  for (const part of [cache.extractorVersion, cache.packHash, doc.title ?? '', doc.language, doc.published, doc.text]) {
    h.update(part).update('\u0000');
  }
  return h.digest('hex').slice(0, 32);
}

function readCached(path: string): Claim[] | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { claims?: unknown };
    return Array.isArray(data.claims) ? (data.claims as Claim[]) : undefined;
  } catch {
    return undefined; // missing or unreadable: extract again
  }
}

function writeCached(path: string, claims: Claim[]): void {
  try {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ claims }));
    renameSync(tmp, path); // atomic: a concurrent reader sees the old file or the new one
  } catch {
    // A read-only data dir only costs speed.
  }
}

function extractDoc(doc: BaselineDoc, extract: ExtractFn, cache?: ClaimCache): Claim[] {
  const input: ExtractInput = { title: doc.title ?? '', text: doc.text, language: doc.language, published: doc.published };
  if (!cache) return extract(input);
  const path = join(cache.dir, `${cacheKey(doc, cache)}.json`);
  const hit = readCached(path);
  if (hit) return hit;
  const claims = extract(input);
  try {
    mkdirSync(cache.dir, { recursive: true });
  } catch {
    return claims;
  }
  writeCached(path, claims);
  return claims;
}

/** Every claim of every baseline document, with the document it came from. */
export function baselineClaims(docs: BaselineDoc[], extract: ExtractFn, cache?: ClaimCache): SourcedClaim[] {
  const out: SourcedClaim[] = [];
  for (const doc of docs) {
    for (const c of extractDoc(doc, extract, cache)) {
      const sc: SourcedClaim = { ...c, docId: doc.id, published: doc.published };
      if (doc.title !== undefined) sc.title = doc.title;
      if (doc.outlet !== undefined) sc.outlet = doc.outlet;
      if (doc.url !== undefined) sc.url = doc.url;
      out.push(sc);
    }
  }
  return out;
}
