// Loopback servers for the end-to-end tests: a feed site (feeds + article pages) and a webhook receiver
// that records what it is sent, as Discord's "execute webhook" endpoint would receive it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

export interface Page {
  status?: number;
  type: string;
  body: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSite(): Promise<{ url: string; pages: Map<string, Page>; hits: string[]; close(): Promise<void> }> {
  const pages = new Map<string, Page>();
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(page.status ?? 200, { 'content-type': page.type }).end(page.body);
  });
  const url = await listen(server);
  return { url, pages, hits, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Received {
  path: string;
  body: unknown;
}

export async function startWebhookReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  let n = 0;
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // multipart or text: keep the raw string
    }
    received.push({ path: req.url ?? '/', body });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: String(++n) }));
  });
  const url = await listen(server);
  return { url, received, close: () => new Promise((r) => server.close(() => r())) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: { title: string; link: string; guid: string; date: Date; description: string }[]): string {
  const xml = items
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid isPermaLink="false">${esc(i.guid)}</guid>` +
        `<pubDate>${i.date.toUTCString()}</pubDate><description>${esc(i.description)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.invalid/</link><description>test</description>\n${xml}\n</channel></rss>`;
}

export function articleHtml(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<nav>Home | World | Politics</nav><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<footer>Subscribe to our newsletter.</footer></body></html>`;
}

/**
 * Writes a config for a test installation in `dir`: these feeds, the project's topic pack and corpus, data in
 * `dir/data`, loopback allowed (the test servers), no console alerts; `extra` overrides. Returns the config file.
 */
export function writeTestConfig(dir: string, feeds: Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  const root = process.cwd();
  writeFileSync(join(dir, 'feeds.yaml'), stringify({ feeds }));
  const file = join(dir, 'dprkwatch.yaml');
  writeFileSync(
    file,
    stringify({
      feedsFile: 'feeds.yaml',
      topicDir: resolve(root, 'config/topics/dprk-russia'),
      corpusDir: resolve(root, 'corpus'),
      dataDir: join(dir, 'data'),
      allowPrivateAddresses: true,
      alerts: { targets: [] },
      ...extra,
    }),
  );
  return file;
}
