// A local HTTP server that serves the demo's sample feeds (RSS 2.0) and article pages on 127.0.0.1,
// so the demo runs the real fetch → parse → full-text → analysis path without any network.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Samples, SampleArticle } from './samples.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function articlePage(a: SampleArticle, published: Date): string {
  const paras = a.body.map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="article:published_time" content="${published.toISOString()}"></head>
<body><nav>Home | World | Sport</nav><article><h1>${esc(a.title)}</h1>${paras}</article>
<footer>© Demo Media. Subscribe to our newsletter.</footer></body></html>`;
}

function feedXml(base: string, feed: Samples['feeds'][number], articles: SampleArticle[], now: Date): string {
  const items = articles
    .map((a) => {
      const published = new Date(now.getTime() - a.hoursAgo * 3_600_000);
      const text = feed.summaryOnly ? a.body[0]!.slice(0, 160) + '…' : a.body.map((p) => `<p>${esc(p)}</p>`).join('');
      return `<item><title>${esc(a.title)}</title><link>${base}/articles/${a.slug}.html</link>
<guid isPermaLink="false">${feed.id}:${a.slug}</guid><pubDate>${published.toUTCString()}</pubDate>
<description>${feed.summaryOnly ? esc(text) : `<![CDATA[${text}]]>`}</description></item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(feed.name)}</title>
<link>${base}/</link><language>${feed.language}</language><description>dprkwatch demo feed</description>
${items}</channel></rss>`;
}

export interface DemoServer {
  baseUrl: string;
  feedUrl(id: string): string;
  close(): Promise<void>;
}

export async function startDemoServer(samples: Samples, now: () => Date): Promise<DemoServer> {
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const feedMatch = /^\/feeds\/([a-z0-9-]+)\.xml$/.exec(path);
    const pageMatch = /^\/articles\/([a-z0-9-]+)\.html$/.exec(path);
    const feed = feedMatch && samples.feeds.find((f) => f.id === feedMatch[1]);
    const article = pageMatch && samples.articles.find((a) => a.slug === pageMatch[1]);
    if (feed) {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feedXml(base, feed, samples.articles.filter((a) => a.feed === feed.id), now()));
    } else if (article) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage(article, new Date(now().getTime() - article.hoursAgo * 3_600_000)));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    feedUrl: (id) => `${base}/feeds/${id}.xml`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
