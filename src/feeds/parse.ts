// Feed bytes → ParsedFeed. Async (rss-parser only offers a promise). Order of work:
// refuse obvious non-feeds by their bytes; decode (decode.ts); refuse entity-declaring DOCTYPEs and
// classify the document (sniff.ts); rss-parser on the string; feedsmith when rss-parser throws, finds no
// item or fewer items than the document has; JSON Feed through feedsmith; then one normalisation
// (normalize.ts) whichever parser read it.
import { AppError, errorMessage } from '../shared/errors.js';
import { decodeFeedBytes } from './decode.js';
import { parseJsonWithFeedsmith, parseWithFeedsmith } from './from-feedsmith.js';
import { parseWithRssParser } from './from-rss-parser.js';
import { normalizeItems } from './normalize.js';
import { documentBase, itemBases, type RawFeed } from './raw.js';
import { sniffBytes, sniffDocument } from './sniff.js';
import { plainTitle } from './text.js';
import type { FeedFormat, ParsedFeed } from './types.js';

export interface ParseFeedOptions {
  /** Content-Type header of the response (its charset is used for decoding). */
  contentType?: string;
  /** URL the document came from, to resolve relative links. */
  baseUrl?: string;
  /** Per-document item cap (default MAX_ITEMS_PER_FEED). */
  maxItems?: number;
}

/**
 * Parses a feed document. Rejects with AppError('not-a-feed') for HTML, OPML, empty, binary and other
 * non-feed documents, and AppError('parse') for broken XML/JSON that neither parser can read or a
 * DOCTYPE with entity declarations.
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const badBytes = sniffBytes(bytes);
  if (badBytes) throw new AppError('not-a-feed', badBytes);
  const { text: decoded, encoding } = decodeFeedBytes(bytes, opts.contentType);
  const doc = sniffDocument(decoded);
  if (doc.kind === 'not-a-feed') throw new AppError('not-a-feed', doc.reason);
  const text = doc.text;

  const { raw, parser } = doc.kind === 'json' ? { raw: readJsonFeed(text), parser: 'feedsmith' as const } : await readXmlFeed(text, doc.root);
  const norm = normalizeItems(raw, {
    baseUrl: opts.baseUrl,
    documentBase: doc.kind === 'xml' ? documentBase(text) : undefined,
    itemBases: doc.kind === 'xml' ? itemBases(text) : undefined,
    maxItems: opts.maxItems,
  });
  const feed: ParsedFeed = { format: raw.format, encoding, items: norm.items, parser, duplicates: norm.duplicates, truncated: norm.truncated };
  const title = plainTitle(raw.title);
  if (title) feed.title = title;
  if (norm.link) feed.link = norm.link;
  return feed;
}

async function readXmlFeed(text: string, root: string): Promise<{ raw: RawFeed; parser: ParsedFeed['parser'] }> {
  let primary: RawFeed | undefined;
  let primaryError: unknown;
  try {
    primary = await parseWithRssParser(text, root);
  } catch (err) {
    primaryError = err;
  }
  if (primary && primary.items.length > 0 && primary.items.length >= countItemTags(text)) {
    return { raw: primary, parser: 'rss-parser' };
  }
  let recovered: RawFeed | undefined;
  let recoveryError: unknown;
  try {
    recovered = parseWithFeedsmith(text);
  } catch (err) {
    recoveryError = err;
  }
  if (recovered && (!primary || recovered.items.length > primary.items.length)) return { raw: recovered, parser: 'feedsmith' };
  if (primary) return { raw: primary, parser: 'rss-parser' };
  // rss-parser read the XML but found no channel/feed structure (a TypeError while building): a
  // well-formed document with a feed root and nothing in it is an empty feed, not an error.
  if (primaryError instanceof TypeError && root !== '') {
    return { raw: { format: formatOfRoot(root), items: [] }, parser: 'rss-parser' };
  }
  if (root === '' || /not recognized/i.test(errorMessage(primaryError))) {
    throw new AppError('not-a-feed', `no RSS, Atom or RDF feed found (${errorMessage(recoveryError ?? primaryError)})`);
  }
  throw new AppError('parse', `broken XML that could not be recovered: ${oneLine(errorMessage(primaryError))}`, { cause: primaryError });
}

function readJsonFeed(text: string): RawFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AppError('parse', `broken JSON: ${errorMessage(err)}`, { cause: err });
  }
  const obj = json as Record<string, unknown> | null;
  const isJsonFeed = !!obj && typeof obj === 'object' && (String(obj.version ?? '').includes('jsonfeed.org') || Array.isArray(obj.items));
  if (!isJsonFeed) throw new AppError('not-a-feed', 'JSON that is not a JSON Feed (no jsonfeed.org version, no items)');
  // Some feeds write version "1.1" instead of the jsonfeed.org URL; feedsmith insists on the URL.
  const version = String(obj.version ?? '');
  const normalised = version.includes('jsonfeed.org') ? obj : { ...obj, version: 'https://jsonfeed.org/version/1.1' };
  try {
    return parseJsonWithFeedsmith(normalised);
  } catch (err) {
    throw new AppError('parse', `JSON Feed that could not be read: ${errorMessage(err)}`, { cause: err });
  }
}

function formatOfRoot(root: string): FeedFormat {
  return root === 'feed' ? 'atom' : root === 'rdf' ? 'rdf' : root === 'rss' ? 'rss' : 'unknown';
}

/** Number of <item>/<entry> start tags (self-closing ones excluded): what a parser should find. */
function countItemTags(text: string): number {
  return text.match(/<(?:[\w-]+:)?(?:item|entry)(?:\s[^>]*[^/]|\s)?>/g)?.length ?? 0;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').slice(0, 300);
}
