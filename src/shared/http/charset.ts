// Bytes → text for fetched documents (feeds, article pages). No parser decodes bytes for us, and plain
// UTF-8 decoding garbles legacy feeds, so: byte order mark, then the declared charsets in the caller's order,
// then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for undeclared legacy text).
// TextDecoder (full ICU in Node 20) knows the WHATWG labels: iso-8859-x, windows-125x, big5, euc-kr, gbk,
// koi8-r, shift_jis, utf-16le/be…; UTF-32 it does not know, so it is decoded here.
import { TextDecoder } from 'node:util';

export interface DecodedText {
  text: string;
  /** Canonical name of the encoding used (TextDecoder's), e.g. utf-8, windows-1252, utf-16le. */
  encoding: string;
}

type Unicode = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** Encoding given by a byte order mark, and the BOM's length. */
export function sniffBom(b: Uint8Array): { encoding: Unicode; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/**
 * UTF-16/32 without a BOM, recognised by the zero bytes around the ASCII of a markup document's
 * first character ('<', or whitespace before it). Undefined for ASCII-compatible encodings.
 */
export function sniffWideUnicode(b: Uint8Array): Unicode | undefined {
  if (b.length < 4) return undefined;
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'utf-32be';
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32le';
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m?.[2]?.toLowerCase();
}

/** A TextDecoder for a label, or undefined when the label is unknown. */
function decoderFor(label: string, fatal: boolean): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal, ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/** windows-1252 bytes 0x80–0x9F (undefined slots keep their C1 code point). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and its aliases iso-8859-1, ascii) as plain latin1, leaving
 * 0x80–0x9F as C1 controls instead of “ ” ’ € …; mapped here so curly quotes survive.
 */
function decodeWith(dec: TextDecoder, bytes: Uint8Array): string {
  const text = dec.decode(bytes);
  return dec.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

function windows1252(bytes: Uint8Array): DecodedText {
  return { text: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252' };
}

function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength - (b.byteLength % 4));
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < view.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function decodeUnicode(b: Uint8Array, enc: Unicode): DecodedText {
  if (enc === 'utf-32le' || enc === 'utf-32be') return { text: decodeUtf32(b, enc === 'utf-32le'), encoding: enc };
  return { text: new TextDecoder(enc, { ignoreBOM: true }).decode(b), encoding: enc };
}

export function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes hold at least one multi-byte UTF-8 sequence (lead byte followed by a continuation byte). */
function hasUtf8Multibyte(b: Uint8Array): boolean {
  for (let i = 0; i + 1 < b.length; i++) {
    const c = b[i] as number;
    if (c >= 0xc2 && c <= 0xf4 && ((b[i + 1] as number) & 0xc0) === 0x80) return true;
  }
  return false;
}

const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'iso-8859-15', 'iso-8859-2', 'windows-1250']);

/**
 * Decodes bytes using, in order: BOM; BOM-less UTF-16/32; each declared label (first usable wins);
 * UTF-8 if valid; windows-1252. A declaration is skipped when it cannot be right: an unknown label, a
 * UTF-16/32 label on ASCII-compatible bytes, or UTF-8 on bytes that are not valid UTF-8. A Western
 * single-byte label on bytes that are valid UTF-8 with multi-byte sequences is taken for the common
 * mislabelling it is (decoding them as declared would produce mojibake such as 'Ã©').
 */
export function decodeBytes(bytes: Uint8Array, declared: ReadonlyArray<string | undefined>): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return decodeUnicode(bytes.subarray(bom.length), bom.encoding);
  const wide = sniffWideUnicode(bytes);
  if (wide) return decodeUnicode(bytes, wide);

  let utf8Valid: boolean | undefined;
  const validUtf8 = () => (utf8Valid ??= isValidUtf8(bytes));
  for (const label of declared) {
    if (!label) continue;
    const dec = decoderFor(label, true);
    if (!dec || dec.encoding.startsWith('utf-16')) continue;
    if (dec.encoding === 'utf-8') {
      if (validUtf8()) return { text: dec.decode(bytes), encoding: 'utf-8' };
      continue;
    }
    if (SINGLE_BYTE_WESTERN.has(dec.encoding) && validUtf8() && hasUtf8Multibyte(bytes)) {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    }
    try {
      return { text: decodeWith(dec, bytes), encoding: dec.encoding };
    } catch {
      // Invalid bytes for the declared multi-byte charset: valid UTF-8 is the likelier truth, else the
      // declaration is still the best guess.
      if (validUtf8()) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
      const lenient = decoderFor(label, false) as TextDecoder;
      return { text: decodeWith(lenient, bytes), encoding: lenient.encoding };
    }
  }
  if (validUtf8()) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  return windows1252(bytes);
}
