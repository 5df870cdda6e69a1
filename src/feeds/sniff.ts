// Cheap look at a decoded document before any parser runs: what kind of thing it is, and whether it
// carries a DOCTYPE with entity declarations (billion laughs, external entities), which is refused.
import { AppError } from '../shared/errors.js';

export type DocumentKind =
  | { kind: 'xml'; root: string }
  | { kind: 'json' }
  | { kind: 'not-a-feed'; reason: string };

/** Root element names (local part, lower case) that can hold a feed. */
const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel', 'scriptingnews']);

export function sniffBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty document';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip-compressed data, not a feed (was it served without Content-Encoding?)';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'a ZIP archive, not a feed';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'a PDF document, not a feed';
  return undefined;
}

/**
 * Classifies decoded text; throws AppError('parse') for a DOCTYPE that declares entities. Returns the
 * text to parse, which drops junk printed before the feed (PHP warnings before <?xml are common).
 */
export function sniffDocument(text: string): DocumentKind & { text: string } {
  const kind = classify(text);
  if (kind.kind !== 'not-a-feed' || kind.reason.startsWith('an HTML page')) return { ...kind, text };
  const start = feedStart(text);
  if (start > 0) {
    const rest = text.slice(start);
    const again = classify(rest);
    if (again.kind === 'xml') return { ...again, text: rest };
  }
  return { ...kind, text };
}

/** Offset of an XML declaration or feed root element after some leading junk, or -1. */
function feedStart(text: string): number {
  const m = /<\?xml\s|<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]/.exec(text.slice(0, 65536));
  return m ? m.index : -1;
}

function classify(text: string): DocumentKind {
  const head = text.replace(/^[\s\uFEFF]+/, '');
  if (head === '') return { kind: 'not-a-feed', reason: 'empty document' };
  if (hasBinaryNoise(head)) return { kind: 'not-a-feed', reason: 'binary data, not a feed' };
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json' };
  refuseEntityDeclarations(head);
  const root = rootElementName(head);
  if (root === undefined) {
    return head.startsWith('<')
      ? { kind: 'xml', root: '' }
      : { kind: 'not-a-feed', reason: `plain text, not a feed (starts with ${JSON.stringify(head.slice(0, 40))})` };
  }
  const local = root.toLowerCase().replace(/^.*:/, '');
  if (local === 'html' || /^<!doctype\s+html/i.test(head)) return { kind: 'not-a-feed', reason: 'an HTML page, not a feed' };
  if (local === 'opml') return { kind: 'not-a-feed', reason: 'an OPML subscription list, not a feed' };
  if (local === 'entry') return { kind: 'not-a-feed', reason: 'an Atom entry document, not a feed' };
  if (!FEED_ROOTS.has(local)) return { kind: 'not-a-feed', reason: `XML with root element <${root}>, not a feed` };
  return { kind: 'xml', root: local };
}

/** Control characters other than tab/CR/LF in the first kilobyte: binary, or text in an unknown encoding. */
function hasBinaryNoise(head: string): boolean {
  const sample = head.slice(0, 1024);
  let noise = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) noise++;
  }
  return noise > 8 && noise / sample.length > 0.02;
}

/**
 * Entity declarations are how billion-laughs and external-entity attacks work; no real feed needs them
 * (named HTML entities in feeds are handled by the parsers without a DTD). Refused before parsing.
 */
function refuseEntityDeclarations(head: string): void {
  const start = head.search(/<!DOCTYPE/i);
  if (start < 0 || start > 4096) return;
  const end = head.indexOf('>', start);
  const bracket = head.indexOf('[', start);
  if (bracket < 0 || (end >= 0 && end < bracket)) return;
  const subsetEnd = head.indexOf(']', bracket);
  const subset = head.slice(bracket, subsetEnd < 0 ? bracket + 65536 : subsetEnd);
  if (/<!ENTITY/i.test(subset)) {
    throw new AppError('parse', 'refused: the DOCTYPE declares entities (entity expansion is not allowed in feeds)');
  }
}

/** Name of the first element after the prolog (declaration, comments, PIs, DOCTYPE), if any. */
export function rootElementName(head: string): string | undefined {
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>|<([A-Za-z_][\w.:-]*)|[^<\s]/gy;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(head)) !== null && pos < 65536) {
    if (m[1]) return m[1];
    if (m[0].length === 1 && !m[0].startsWith('<')) return undefined; // text before any element
    pos = re.lastIndex;
    const ws = /\s*/y;
    ws.lastIndex = pos;
    ws.exec(head);
    re.lastIndex = ws.lastIndex;
  }
  return undefined;
}
