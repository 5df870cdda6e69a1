// Near-duplicate detection for syndication: the same wire story republished by many outlets is one report.
// A 64-bit SimHash over word bigrams; copies with small edits (headline, byline, a trailing paragraph)
// stay within a few bits of each other, while different stories on the same topic land far apart.
import { createHash } from 'node:crypto';

const WORD = /[\p{L}\p{N}]+/gu;

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < 2) return words;
  const out: string[] = [];
  for (let i = 0; i + 2 <= words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Two independent 32-bit FNV-1a hashes of a string (a 64-bit feature hash, cheap enough for every bigram). */
function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  // Final avalanche so that bigrams differing in one letter spread over all bits.
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return [(a ^ (a >>> 16)) >>> 0, (b ^ (b >>> 16)) >>> 0];
}

/** SimHash of a text as 16 hex digits. */
export function simhash(text: string): string {
  const weights = new Int32Array(64);
  for (const sh of shingles(text)) {
    const [lo, hi] = hash64(sh);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (lo >>> bit) & 1 ? 1 : -1;
      weights[32 + bit]! += (hi >>> bit) & 1 ? 1 : -1;
    }
  }
  const bytes = Buffer.alloc(8);
  for (let i = 0; i < 64; i++) if (weights[i]! > 0) bytes[i >> 3]! |= 1 << (i & 7);
  return bytes.toString('hex');
}

/** Number of differing bits between two simhashes. */
export function hammingDistance(a: string, b: string): number {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  let d = 0;
  for (let i = 0; i < 8; i++) {
    let v = (x[i] ?? 0) ^ (y[i] ?? 0);
    while (v) {
      d += v & 1;
      v >>= 1;
    }
  }
  return d;
}

/**
 * Bits two texts may differ by and still be one story: a short wire story with a dateline and a closing line
 * added sits at 4–9, an independent report of the same facts above 15, different articles on the same topic at 23–32
 * (the five baseline texts). Merging is also
 * guarded by the claims (a copy must say nothing its original did not), so a near miss costs little.
 */
export const SYNDICATION_MAX_DISTANCE = 10;

/** The first candidate within the distance, nearest first. */
export function findNearDuplicate<T extends { simhash: string }>(hash: string, candidates: T[]): T | undefined {
  let best: T | undefined;
  let bestD = SYNDICATION_MAX_DISTANCE + 1;
  for (const c of candidates) {
    const d = hammingDistance(hash, c.simhash);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
