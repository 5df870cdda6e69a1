// Shared by the claim tests: the project's topic pack, loaded once, and a one-line extractor call.
import { defaultTopicDir, loadTopicPack, type TopicPack } from '../../src/config/topic-pack.js';
import { extractClaims } from '../../src/claims/extract.js';
import type { Claim } from '../../src/claims/model.js';

let cached: TopicPack | undefined;

export function pack(): TopicPack {
  return (cached ??= loadTopicPack(defaultTopicDir(process.cwd())));
}

export function extract(language: string, text: string, published = '2025-01-15'): Claim[] {
  return extractClaims({ title: '', text, language, published }, pack());
}

/** The claims of one kind, as "value" or "direction:value" strings, for compact assertions. */
export function values(claims: Claim[], kind: string): (string | number)[] {
  return claims.filter((c) => c.kind === kind).map((c) => (c.direction ? `${c.direction}:${c.value}` : c.value));
}

export function one(claims: Claim[], kind: string, value?: string | number): Claim {
  const c = claims.find((x) => x.kind === kind && (value === undefined || x.value === value));
  if (!c) throw new Error(`no ${kind} ${value ?? ''} in ${JSON.stringify(claims.map((x) => [x.kind, x.value]))}`);
  return c;
}
