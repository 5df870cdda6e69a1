// Article full text (src/articles/fulltext.ts): the feed layer's hand-off to articles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchArticle, htmlFragmentToText, htmlToArticle, needsFullText } from '../../src/articles/fulltext.js';
import { createHttpClient, type HttpClient } from '../../src/shared/http/client.js';
import { AppError } from '../../src/shared/errors.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';

const sentences = [
  'The delegation arrived in the port city on Tuesday morning after an overnight train journey.',
  'Officials on both sides described the talks as practical and focused on logistics and supply.',
  'Satellite images published by an independent research group showed new rail wagons near the border crossing.',
  'Analysts cautioned that the pictures alone could not show what the wagons were carrying or where they were going.',
  'A spokesperson declined to comment on the reports when asked about them at a regular briefing.',
];
const body = sentences.map((s) => `<p>${s} ${s}</p>`).join('\n');
const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="windows-1252"><title>Talks in the port city | Example Wire</title>
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2024-06-19T10:00:00+03:00">
<meta name="description" content="Talks on logistics."><style>p{color:red}</style><script>track()</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Talks in the port city</h1>${body}
<p>Second line<br>after a break &amp; an entity \u2013 dash</p></article><footer>© Example Wire</footer></body></html>`;

describe('htmlToArticle', () => {
  test('title, paragraphs separated by blank lines, no HTML, metadata', () => {
    const a = htmlToArticle(PAGE, 'https://wire.example/2024/talks');
    assert.match(a.title, /Talks in the port city/);
    assert.equal(a.published, '2024-06-19T07:00:00.000Z');
    assert.equal(a.siteName, 'Example Wire');
    assert.equal(a.language, 'en-GB');
    const paragraphs = a.text.split('\n\n');
    assert.ok(paragraphs.length >= 5, a.text);
    assert.ok(paragraphs.some((p) => p.startsWith(sentences[2] as string)));
    assert.ok(a.text.includes('Second line\nafter a break & an entity – dash'));
    assert.doesNotMatch(a.text, /<[a-z]|track\(\)|color:red|Home/);
  });

  test('a page Readability cannot make an article of still yields its text', () => {
    const a = htmlToArticle('<html><body><p>Just one short line.</p></body></html>');
    assert.equal(a.text, 'Just one short line.');
  });
});

describe('fetchArticle', () => {
  let server: FeedServer;
  let client: HttpClient;
  before(async () => {
    server = await startFeedServer({
      '/a': { body: Buffer.from(PAGE.replace('\u2013', '\x96'), 'latin1'), headers: { 'content-type': 'text/html' } },
      '/pdf': { body: '%PDF-1.4', headers: { 'content-type': 'application/pdf' } },
      '/404': { status: 404 },
    });
    client = createHttpClient({ allowPrivateAddresses: true, totalTimeoutMs: 2_000 });
  });
  after(async () => {
    await client.close?.();
    await server.close();
  });

  test('decodes by <meta charset> and extracts the article', async () => {
    const a = await fetchArticle(client, server.url('/a'));
    assert.ok(a.text.includes('– dash'), 'windows-1252 en dash decoded');
    assert.equal(a.siteName, 'Example Wire');
  });

  test('non-2xx and non-HTML are AppErrors', async () => {
    await assert.rejects(fetchArticle(client, server.url('/404')), (e) => e instanceof AppError && e.code === 'http-status');
    await assert.rejects(fetchArticle(client, server.url('/pdf')), (e) => e instanceof AppError && e.code === 'parse');
  });
});

test('htmlFragmentToText', () => {
  assert.equal(htmlFragmentToText('<p>One &amp; two</p><p>Three<br/>four</p><script>x()</script><ul><li>a</li><li>b</li></ul>'), 'One & two\n\nThree\nfour\n\na\n\nb');
  assert.equal(htmlFragmentToText('&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;&lt;p&gt;Again&lt;/p&gt;'), 'Escaped & twice\n\nAgain');
  assert.equal(htmlFragmentToText('  plain   text\n\n\n next '), 'plain text\n\nnext');
  const table = htmlFragmentToText('<table><tr><td>cell one</td><td>cell two</td></tr></table>');
  assert.ok(table.includes('cell one') && table.includes('cell two') && !table.includes('<'), table);
});

test('needsFullText', () => {
  const long = `<p>${'A sentence with several words in it. '.repeat(30)}</p>`;
  assert.equal(needsFullText({ key: 'k', title: 't' }), true, 'no content');
  assert.equal(needsFullText({ key: 'k', title: 't', content: '<p>A short summary.</p>' }), true);
  assert.equal(needsFullText({ key: 'k', title: 't', content: long }), false);
  assert.equal(needsFullText({ key: 'k', title: 't', content: `${long}<p>The talks continued [&#8230;]</p>` }), true);
  assert.equal(needsFullText({ key: 'k', title: 't', content: `${long}<p><a href="/x">Continue reading</a></p>` }), true);
});
