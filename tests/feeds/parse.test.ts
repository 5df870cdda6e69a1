import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/feeds/parse.js';
import { parseFeedDate } from '../../src/feeds/normalize.js';
import { AppError } from '../../src/shared/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError, `expected AppError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('parseFeed: items', () => {
  test('RSS 2.0: key from guid, absolute link, ISO date, full content preferred over the summary', async () => {
    const feed = await parseFeed(
      enc(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Desk &amp; Wire</title><link>https://news.example/</link>
        <item><title>Shells &lt;b&gt;shipped&lt;/b&gt;</title><link>/2024/06/shells</link><guid isPermaLink="false">n-1</guid>
          <pubDate>Wed, 19 Jun 2024 10:00:00 +0300</pubDate><description>Short.</description>
          <content:encoded><![CDATA[<p>The full text.</p>]]></content:encoded></item>
      </channel></rss>`),
    );
    assert.equal(feed.format, 'rss');
    assert.equal(feed.parser, 'rss-parser');
    assert.equal(feed.title, 'Desk & Wire');
    assert.deepEqual(feed.items[0], {
      key: 'n-1',
      title: 'Shells shipped',
      link: 'https://news.example/2024/06/shells',
      published: '2024-06-19T07:00:00.000Z',
      content: '<p>The full text.</p>',
    });
  });

  test('key falls back to the absolute link, then to a content hash that is stable', async () => {
    const doc = enc(`<rss version="2.0"><channel><link>https://n.example/</link>
      <item><title>A</title><link>a.html</link></item>
      <item><title>B</title><description>only text</description></item></channel></rss>`);
    const [a, b] = (await parseFeed(doc)).items;
    assert.equal(a?.key, 'https://n.example/a.html');
    assert.match(b?.key ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal((await parseFeed(doc)).items[1]?.key, b?.key);
  });

  test('relative links resolve against item xml:base, feed xml:base, feed link, then the fetch URL', async () => {
    const atom = enc(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/news/"><title>T</title>
      <entry><id>1</id><title>one</title><link href="one.html"/><updated>2024-01-02T03:04:05Z</updated></entry>
      <entry xml:base="https://other.example/x/"><id>2</id><title>two</title><link href="two.html"/><updated>2024-01-02T03:04:05Z</updated></entry>
    </feed>`);
    const items = (await parseFeed(atom)).items;
    assert.equal(items[0]?.link, 'https://base.example/news/one.html');
    assert.equal(items[1]?.link, 'https://other.example/x/two.html');
    const plain = enc(`<rss version="2.0"><channel><item><title>x</title><link>/p/1</link></item></channel></rss>`);
    assert.equal((await parseFeed(plain, { baseUrl: 'https://site.example/feed.xml' })).items[0]?.link, 'https://site.example/p/1');
    assert.equal((await parseFeed(plain)).items[0]?.link, undefined, 'no base: no link rather than a relative one');
  });

  test('items repeating a key are dropped and counted; a guid shared by different items is not an identity', async () => {
    const doc = enc(`<rss version="2.0"><channel>
      <item><guid>g1</guid><title>A</title><link>https://n.example/a</link></item>
      <item><guid>g1</guid><title>A</title><link>https://n.example/a</link></item>
      <item><guid>https://n.example/</guid><title>B</title><link>https://n.example/b</link></item>
      <item><guid>https://n.example/</guid><title>C</title><link>https://n.example/c</link></item>
    </channel></rss>`);
    const feed = await parseFeed(doc);
    assert.deepEqual(feed.items.map((i) => i.key), ['g1', 'https://n.example/b', 'https://n.example/c']);
    assert.equal(feed.duplicates, 1);
  });

  test('items are capped per document', async () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><guid>${i}</guid><title>t${i}</title></item>`).join('');
    const feed = await parseFeed(enc(`<rss version="2.0"><channel>${items}</channel></rss>`), { maxItems: 10 });
    assert.equal(feed.items.length, 10);
    assert.equal(feed.truncated, 20);
    assert.equal(feed.items[0]?.key, '0');
  });

  test('Atom with one bad date: rss-parser throws, feedsmith recovers every entry', async () => {
    const entries = ['2024-05-01T00:00:00Z', 'not a date at all', '2024-05-03T00:00:00Z']
      .map((d, i) => `<entry><id>e${i}</id><title>E${i}</title><published>${d}</published></entry>`)
      .join('');
    const feed = await parseFeed(enc(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries}</feed>`));
    assert.equal(feed.parser, 'feedsmith');
    assert.deepEqual(feed.items.map((i) => i.published), ['2024-05-01T00:00:00.000Z', undefined, '2024-05-03T00:00:00.000Z']);
  });

  test('a bare ampersand in one item (rss-parser rejects the whole document) does not lose the feed', async () => {
    const doc = enc(`<rss version="2.0"><channel><item><guid>1</guid><title>Q&A with Kim's envoy</title></item><item><guid>2</guid><title>fine</title></item></channel></rss>`);
    const feed = await parseFeed(doc);
    assert.equal(feed.parser, 'feedsmith');
    assert.deepEqual(feed.items.map((i) => i.title), ["Q&A with Kim's envoy", 'fine']);
  });

  test('named HTML entities in titles are decoded', async () => {
    const doc = enc(`<rss version="2.0"><channel><item><guid>1</guid><title>caf&eacute; &amp; bar</title></item></channel></rss>`);
    assert.equal((await parseFeed(doc)).items[0]?.title, 'café & bar');
  });

  test('JSON Feed through feedsmith', async () => {
    const feed = await parseFeed(
      enc(JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        home_page_url: 'https://j.example/',
        items: [{ id: 'j1', url: 'https://j.example/1', title: 'First', content_html: '<p>Body</p>', date_published: '2024-02-03T04:05:06+01:00' }],
      })),
    );
    assert.equal(feed.format, 'json');
    assert.equal(feed.parser, 'feedsmith');
    assert.deepEqual(feed.items[0], { key: 'j1', title: 'First', link: 'https://j.example/1', published: '2024-02-03T03:05:06.000Z', content: '<p>Body</p>' });
  });

  test('RDF (RSS 1.0) with dc:date', async () => {
    const feed = await parseFeed(
      enc(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
        <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-03-04T05:06:07Z</dc:date></item></rdf:RDF>`),
    );
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.items[0]?.published, '2024-03-04T05:06:07.000Z');
    assert.equal(feed.items[0]?.link, 'https://r.example/1');
  });

  test('junk printed before the feed (a PHP warning) is skipped', async () => {
    const doc = enc(`<br />\n<b>Warning</b>: Cannot modify header information in <b>/var/www/feed.php</b> on line <b>3</b><br />\n<?xml version="1.0"?><rss version="2.0"><channel><item><guid>1</guid><title>ok</title></item></channel></rss>`);
    assert.equal((await parseFeed(doc)).items[0]?.title, 'ok');
  });

  test('a permalink guid stands in for a missing link', async () => {
    const doc = enc(`<rss version="2.0"><channel><item><guid>https://n.example/p/9</guid><title>x</title></item></channel></rss>`);
    assert.equal((await parseFeed(doc)).items[0]?.link, 'https://n.example/p/9');
  });

  test('a zone-less date is UTC whatever the host time zone', async () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      const doc = enc(`<rss version="2.0"><channel><item><guid>1</guid><title>x</title><pubDate>Wed, 19 Jun 2024 10:00:00</pubDate></item></channel></rss>`);
      assert.equal((await parseFeed(doc)).items[0]?.published, '2024-06-19T10:00:00.000Z');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  test('a JSON Feed that writes its version as "1.1" is still read', async () => {
    const feed = await parseFeed(enc(JSON.stringify({ version: '1.1', title: 'J', items: [{ id: 'a', content_text: 'text', url: 'https://j.example/a' }] })));
    assert.equal(feed.items[0]?.key, 'a');
    assert.equal(feed.items[0]?.content, 'text');
  });

  test('<rss> without a version and an empty channel still parse', async () => {
    assert.equal((await parseFeed(enc('<rss><channel><item><title>x</title><guid>1</guid></item></channel></rss>'))).items.length, 1);
    assert.equal((await parseFeed(enc('<rss version="2.0"><channel><title>none yet</title></channel></rss>'))).items.length, 0);
  });
});

describe('parseFeed: rejections', () => {
  const notFeeds: Array<[string, string | Uint8Array]> = [
    ['HTML', '<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>'],
    ['OPML', '<?xml version="1.0"?><opml version="2.0"><body><outline text="x" xmlUrl="https://x.example/rss"/></body></opml>'],
    ['empty', ''],
    ['whitespace', '  \n '],
    ['other XML', '<?xml version="1.0"?><note><to>x</to></note>'],
    ['plain text', 'Service temporarily unavailable'],
    ['JSON that is not a feed', '{"status":"ok"}'],
    ['gzip', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3])],
    ['binary', Uint8Array.from(Array.from({ length: 600 }, (_, i) => (i * 7) % 32))],
  ];
  for (const [name, body] of notFeeds) {
    test(`${name} → not-a-feed`, async () => {
      const err = await rejection(parseFeed(typeof body === 'string' ? enc(body) : body));
      assert.equal(err.code, 'not-a-feed');
    });
  }

  test('broken XML that cannot be recovered → parse', async () => {
    const err = await rejection(parseFeed(enc('<rss version="2.0"><channel><item><title>x</ti')));
    assert.ok(err.code === 'parse', `${err.code}: ${err.message}`);
  });

  test('billion laughs is refused fast', async () => {
    const lols = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">\n${lols}]><rss version="2.0"><channel><title>&lol10;</title></channel></rss>`;
    const t0 = performance.now();
    const err = await rejection(parseFeed(enc(doc)));
    assert.equal(err.code, 'parse');
    assert.match(err.message, /entit/);
    // a bound against expansion (10^10 "lol"s would take minutes), not a speed test: loose for slow shared machines
    assert.ok(performance.now() - t0 < 2_000);
  });

  test('an external entity (XXE) is refused the same way', async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>`;
    assert.equal((await rejection(parseFeed(enc(doc)))).code, 'parse');
  });

  test('a DOCTYPE without entity declarations is fine', async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>t</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>`;
    assert.equal((await parseFeed(enc(doc))).items.length, 1);
  });
});

test('parseFeedDate', () => {
  assert.equal(parseFeedDate('Wed, 19 Jun 2024 10:00:00 GMT'), '2024-06-19T10:00:00.000Z');
  assert.equal(parseFeedDate('Wed, 19 Jun 2024 10:00:00 CEST'), '2024-06-19T08:00:00.000Z');
  assert.equal(parseFeedDate('Wed, 19 Jun 2024 10:00:00'), '2024-06-19T10:00:00.000Z', 'no zone: UTC, whatever the host');
  assert.equal(parseFeedDate('2024-06-19 10:00:00'), '2024-06-19T10:00:00.000Z');
  assert.equal(parseFeedDate('2024-06-19T10:00:00+09:00'), '2024-06-19T01:00:00.000Z');
  assert.equal(parseFeedDate('Thu, 01 Jan 1970 00:00:00 GMT'), undefined, 'a zero timestamp is not a date');
  assert.equal(parseFeedDate('yesterday'), undefined);
});
