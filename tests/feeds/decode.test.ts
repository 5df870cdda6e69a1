import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFeedBytes, xmlDeclaredEncoding } from '../../src/feeds/decode.js';
import { parseFeed } from '../../src/feeds/parse.js';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const rss = (decl: string, title: string) =>
  `${decl}<rss version="2.0"><channel><title>Feed</title><item><guid>a</guid><title>${title}</title></item></channel></rss>`;

test('the XML declaration names the encoding when HTTP does not', () => {
  const bytes = latin1(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'S\xe9oul et Moscou'));
  assert.equal(xmlDeclaredEncoding(bytes), 'iso-8859-1');
  assert.equal(decodeFeedBytes(bytes).text.includes('Séoul et Moscou'), true);
});

test('the HTTP charset comes before the XML declaration', () => {
  const bytes = latin1(rss('<?xml version="1.0" encoding="utf-8"?>', '\xd0\xef\xf3\xe5\xf4'));
  // windows-1253 (Greek) per HTTP; the declaration's utf-8 would be invalid anyway
  assert.match(decodeFeedBytes(bytes, 'text/xml; charset=windows-1253').text, /Ποσετ/);
});

test("a server's default Latin-1 charset does not override a document declaring koi8-r", () => {
  const bytes = latin1(rss('<?xml version="1.0" encoding="KOI8-R"?>', '\xed\xcf\xd3\xcb\xd7\xc1'));
  const d = decodeFeedBytes(bytes, 'text/xml; charset=ISO-8859-1');
  assert.equal(d.encoding, 'koi8-r');
  assert.match(d.text, /Москва/);
});

test('a wrong declared charset does not garble valid UTF-8', () => {
  const bytes = new TextEncoder().encode(rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Città – “quoted”'));
  const d = decodeFeedBytes(bytes, 'application/rss+xml; charset=iso-8859-1');
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /Città – “quoted”/);
});

test('undeclared windows-1252 bytes (curly quotes) are read as windows-1252', async () => {
  const feed = await parseFeed(latin1(rss('<?xml version="1.0"?>', '\x93Kim\x92s visit\x94 \x96 caf\xe9')));
  assert.equal(feed.encoding, 'windows-1252');
  assert.equal(feed.items[0]?.title, '“Kim’s visit” – café');
});

test('UTF-16 feeds parse with and without a BOM', async () => {
  const text = rss('<?xml version="1.0" encoding="UTF-16"?>', 'Пхеньян');
  for (const bom of [true, false]) {
    const le = Buffer.from(text, 'utf16le');
    const bytes = bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le;
    const feed = await parseFeed(bytes);
    assert.equal(feed.encoding, 'utf-16le');
    assert.equal(feed.items[0]?.title, 'Пхеньян');
  }
  const be = Buffer.from(text, 'utf16le').swap16();
  assert.equal((await parseFeed(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).items[0]?.title, 'Пхеньян');
  assert.equal((await parseFeed(be)).encoding, 'utf-16be');
});

test('whitespace before the XML declaration is stripped', async () => {
  const bytes = new TextEncoder().encode(`\n\n  ${rss('<?xml version="1.0" encoding="utf-8"?>', 'ok')}`);
  assert.ok(decodeFeedBytes(bytes).text.startsWith('<?xml'));
  assert.equal((await parseFeed(bytes)).items.length, 1);
});
