// Feed bytes → text: BOM, then the HTTP charset, then the XML declaration's encoding, then UTF-8 when
// valid, else windows-1252 (see shared/http/charset.ts for the rules that skip impossible declarations).
import { TextDecoder } from 'node:util';
import { charsetFromContentType, decodeBytes, type DecodedText } from '../shared/http/charset.js';

/** The encoding named in an XML declaration, read from the first bytes as ASCII. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /^[\s\uFEFF\u00EF\u00BB\u00BF]*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Charsets web servers put on text/xml by default, whatever the document is. */
const SERVER_DEFAULTS = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252']);

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const http = charsetFromContentType(contentType);
  const xml = xmlDeclaredEncoding(bytes);
  // The HTTP charset comes first, except a server's default Latin-1 label against a document that
  // declares a specific other encoding (koi8-r, euc-kr…): the document knows what it is.
  const order = http && xml && SERVER_DEFAULTS.has(http) && !SERVER_DEFAULTS.has(xml) ? [xml, http] : [http, xml];
  const decoded = decodeBytes(bytes, order);
  // Whitespace (or a stray BOM) before the XML declaration is a common PHP/WordPress bug that strict
  // parsers reject ("XML declaration not at start of entity").
  return { text: decoded.text.replace(/^[\s\uFEFF]+(?=<\?xml)/, ''), encoding: decoded.encoding };
}
