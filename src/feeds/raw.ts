// The parser-neutral shape both parsers are mapped to before normalisation (normalize.ts), so identity,
// links and dates are worked out once, the same way whichever parser read the document.
import type { FeedFormat } from './types.js';

export interface RawItem {
  id?: string;
  link?: string;
  title?: string;
  /** Candidate dates, best first (published before updated). */
  dates: Array<string | undefined>;
  /** Full content (content:encoded, Atom content, content_html), when given. */
  content?: string;
  summary?: string;
  author?: string;
  /** xml:base that applies to this item, when known. */
  base?: string;
}

export interface RawFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  items: RawItem[];
}

/** A string when the value is a non-empty string (or an object holding one as `value`/`_`), else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.value ?? o._ ?? o.name);
  }
  return undefined;
}

export function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** xml:base of the document root and of the channel/feed element, read from the start tags. */
export function documentBase(text: string): string | undefined {
  const head = text.slice(0, 8192);
  const m = /<(?:[\w-]+:)?(?:rss|feed|RDF|channel)\b[^>]*?\bxml:base\s*=\s*["']([^"']*)["']/.exec(head);
  return m?.[1];
}

/**
 * xml:base of each <item>/<entry> start tag, in document order. Parsers drop these attributes, so they
 * are read here and matched to items by position (only when the counts agree).
 */
export function itemBases(text: string): Array<string | undefined> | undefined {
  if (!text.includes('xml:base')) return undefined;
  const bases: Array<string | undefined> = [];
  const re = /<(?:[\w-]+:)?(?:item|entry)(\s[^>]*)?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].endsWith('/>')) continue;
    bases.push(/\bxml:base\s*=\s*["']([^"']*)["']/.exec(m[1] ?? '')?.[1]);
  }
  return bases;
}
