// feedsmith: the recovery parser where rss-parser throws or finds nothing, and the JSON Feed parser.
// Its output (RSS, Atom, RDF, JSON Feed shapes) is mapped to the parser-neutral RawFeed.
import { parseFeed as feedsmithParse, parseJsonFeed } from 'feedsmith';
import { first, str, type RawFeed, type RawItem } from './raw.js';

// feedsmith returns deep unions per format; they are read defensively, field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

export function parseWithFeedsmith(text: string): RawFeed {
  const parsed = feedsmithParse(text) as { format: 'rss' | 'atom' | 'rdf' | 'json'; feed: Loose };
  return fromFeedsmith(parsed.format, parsed.feed);
}

export function parseJsonWithFeedsmith(json: unknown): RawFeed {
  return fromFeedsmith('json', parseJsonFeed(json) as Loose);
}

function fromFeedsmith(format: 'rss' | 'atom' | 'rdf' | 'json', feed: Loose): RawFeed {
  switch (format) {
    case 'atom':
      return { format, title: str(feed.title), link: atomLink(feed.links), items: arr(feed.entries).map(atomItem) };
    case 'json':
      return { format, title: str(feed.title), link: str(feed.home_page_url), items: arr(feed.items).map(jsonItem) };
    default:
      return { format, title: str(feed.title), link: str(feed.link), items: arr(feed.items).map(rssItem) };
  }
}

function arr(v: unknown): Loose[] {
  return Array.isArray(v) ? (v as Loose[]) : [];
}

function atomLink(links: unknown): string | undefined {
  const all = arr(links);
  const alt = all.find((l) => l.rel === undefined || l.rel === 'alternate') ?? all[0];
  return str(alt?.href);
}

function personName(authors: unknown): string | undefined {
  const a = first(authors);
  return typeof a === 'string' ? str(a) : str((a as Loose | undefined)?.name);
}

function rssItem(it: Loose): RawItem {
  const encoded = str(it.content?.encoded);
  const description = str(it.description);
  return {
    id: str(it.guid?.value ?? it.guid) ?? str(it.rdf?.about),
    link: str(it.link) ?? atomLink(it.atom?.links),
    title: str(it.title) ?? str(first(it.dc?.titles)),
    dates: [str(it.pubDate), str(first(it.dc?.dates)), str(it.atom?.published), str(it.atom?.updated), str(it.dcterms?.issued)],
    content: encoded ?? description,
    summary: encoded ? description : undefined,
    author: personName(it.authors) ?? str(first(it.dc?.creators)),
    base: str(it.xml?.base),
  };
}

function atomItem(it: Loose): RawItem {
  const content = it.content?.src ? undefined : str(it.content);
  const summary = str(it.summary);
  return {
    id: str(it.id),
    link: atomLink(it.links),
    title: str(it.title),
    dates: [str(it.published), str(it.updated), str(first(it.dc?.dates))],
    content: content ?? summary,
    summary: content ? summary : undefined,
    author: personName(it.authors) ?? str(first(it.dc?.creators)),
    base: str(it.xml?.base),
  };
}

function jsonItem(it: Loose): RawItem {
  const content = str(it.content_html) ?? str(it.content_text);
  return {
    id: str(it.id),
    link: str(it.url) ?? str(it.external_url),
    title: str(it.title),
    dates: [str(it.date_published), str(it.date_modified)],
    content: content ?? str(it.summary),
    summary: str(it.summary),
    author: personName(it.authors) ?? personName(it.author ? [it.author] : undefined),
  };
}
