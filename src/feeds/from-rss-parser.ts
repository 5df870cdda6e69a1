// rss-parser on a decoded string (never parseURL: it has no SSRF guard, size cap or conditional GET),
// mapped to the parser-neutral RawFeed.
import Parser from 'rss-parser';
import type { FeedFormat } from './types.js';
import { first, str, type RawFeed, type RawItem } from './raw.js';

type Loose = Record<string, unknown>;

/** Parses with a fresh rss-parser (its xml2js parser instance is stateful). Rejects on any parser error. */
export async function parseWithRssParser(text: string, root: string): Promise<RawFeed> {
  // defaultRSS: 2 reads <rss> without a version attribute (seen in real feeds) as RSS 2.
  const parser = new Parser<Loose, Loose>({ defaultRSS: 2 });
  const out = (await parser.parseString(text)) as unknown as Loose & { items?: Loose[] };
  const format: FeedFormat = root === 'feed' ? 'atom' : root === 'rdf' ? 'rdf' : 'rss';
  return {
    format,
    title: str(out.title),
    link: str(out.link),
    items: (out.items ?? []).map(toRawItem),
  };
}

function toRawItem(it: Loose): RawItem {
  const encoded = str(it['content:encoded']);
  const content = str(it.content);
  const summary = str(it.summary);
  return {
    id: str(it.guid) ?? str(it.id) ?? str(it['rdf:about']),
    link: str(first(it.link)),
    title: str(it.title),
    // The raw strings first: rss-parser's isoDate reads a zone-less date in the host's time zone.
    dates: [str(it.pubDate), str(it.date), str(it['dc:date']), str(it.isoDate)],
    content: encoded ?? content ?? summary,
    summary: encoded ? content ?? summary : summary,
    author: str(it.creator) ?? str(it.author) ?? str(it['dc:creator']),
  };
}
