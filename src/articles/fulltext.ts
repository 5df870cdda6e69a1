// Full article text from a web page: @mozilla/readability on a linkedom DOM, plus the page metadata
// (date, site, language) Readability does not always find. Also decides when a feed item's own text is
// too thin to analyse and the page is worth fetching.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError } from '../shared/errors.js';
import { charsetFromContentType, decodeBytes } from '../shared/http/charset.js';
import type { HttpClient } from '../shared/http/client.js';
import type { FeedItem } from '../feeds/types.js';
import { htmlFragmentToText, nodeToText } from './html-text.js';

export { htmlFragmentToText } from './html-text.js';

export interface ArticlePage {
  title: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /** ISO 8601, when the page states it. */
  published?: string;
  siteName?: string;
  /** Language tag as the page declares it (e.g. "en", "it-IT"). */
  language?: string;
  excerpt?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function isoDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const ms = Date.parse(s.trim());
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Extracts the article from a page. `url` resolves relative links; the text never contains HTML. */
export function htmlToArticle(html: string, url?: string): ArticlePage {
  const { document } = parseHTML(html);
  // Read metadata first: Readability mutates the document.
  const pageTitle = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  const published =
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued', 'sailthru.date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const siteName = meta(document, 'og:site_name', 'application-name');
  const language = document.documentElement?.getAttribute('lang')?.trim() || meta(document, 'og:locale', 'language', 'content-language');
  if (url) setDocumentUrl(document, url);
  const bodyFallback = nodeToText(document.body ?? document.documentElement);

  const article = new Readability<unknown>(document as never, { serializer: (node: unknown) => node }).parse();
  const text = article?.content ? nodeToText(article.content) : bodyFallback;
  const out: ArticlePage = {
    title: (article?.title ?? pageTitle ?? '').replace(/\s+/g, ' ').trim(),
    text: text || bodyFallback,
  };
  const when = isoDate(article?.publishedTime) ?? isoDate(published);
  if (when) out.published = when;
  const site = article?.siteName?.trim() || siteName;
  if (site) out.siteName = site;
  const lang = article?.lang?.trim() || language;
  if (lang) out.language = lang;
  const excerpt = article?.excerpt ? htmlFragmentToText(article.excerpt) : meta(document, 'description', 'og:description');
  if (excerpt) out.excerpt = excerpt;
  return out;
}

/** Readability resolves links against document.baseURI; linkedom has none unless a <base> says so. */
function setDocumentUrl(document: Doc, url: string): void {
  if (document.querySelector('base[href]') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.appendChild(base);
}

/** Fetches a page through the guarded client and extracts the article. Non-2xx → AppError('http-status'). */
export async function fetchArticle(client: HttpClient, url: string): Promise<ArticlePage> {
  const res = await client.get(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
  if (res.status < 200 || res.status > 299) {
    throw new AppError('http-status', `${url} answered HTTP ${res.status}`, { status: res.status });
  }
  const type = res.headers['content-type'] ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new AppError('parse', `${url} is ${type}, not a web page`);
  const { text: html } = decodeBytes(res.body, [charsetFromContentType(type), htmlDeclaredCharset(res.body)]);
  return htmlToArticle(html, res.url);
}

/** <meta charset> or http-equiv Content-Type in the first 2 KB, read as ASCII (the HTML prescan, simplified). */
export function htmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? undefined)?.toLowerCase();
}

/** Markers feeds use when they cut the text short. */
const TRUNCATED = /(\[(?:…|\.\.\.)\]|\((?:more|continued)…?\)|(?:\.\.\.|…)\s*$|\b(?:read more|continue reading|read the full (?:story|article)|continua a leggere|leggi (?:tutto|di più)|weiterlesen|lire la suite|seguir leyendo|leer más)\b)/i;

/** True when an item's own text is too thin to analyse: under ~600 characters, or visibly truncated. */
export function needsFullText(item: FeedItem): boolean {
  const text = item.content ? htmlFragmentToText(item.content) : '';
  return text.length < 600 || TRUNCATED.test(text.slice(-200));
}
