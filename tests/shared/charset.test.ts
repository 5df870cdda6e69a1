import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, decodeBytes, sniffBom } from '../../src/shared/http/charset.js';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
};

describe('decodeBytes', () => {
  test('a BOM wins over any declaration', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Città')]);
    assert.deepEqual(decodeBytes(bytes, ['iso-8859-1']), { text: 'Città', encoding: 'utf-8' });
  });
  test('UTF-16 with and without a BOM, both byte orders', () => {
    for (const le of [true, false]) {
      for (const bom of [true, false]) {
        const d = decodeBytes(utf16('<a>Pyongyang – Москва</a>', le, bom), []);
        assert.equal(d.text, '<a>Pyongyang – Москва</a>');
        assert.equal(d.encoding, le ? 'utf-16le' : 'utf-16be');
      }
    }
  });
  test('UTF-32 (which TextDecoder lacks) is decoded by hand', () => {
    const cps = [...'<a>Ж😀</a>'].map((c) => c.codePointAt(0) as number);
    const be = new Uint8Array(4 + cps.length * 4);
    const view = new DataView(be.buffer);
    view.setUint32(0, 0xfeff);
    cps.forEach((cp, i) => view.setUint32(4 + i * 4, cp));
    assert.deepEqual(decodeBytes(be, []), { text: '<a>Ж😀</a>', encoding: 'utf-32be' });
  });
  test('the first usable declaration is used', () => {
    assert.equal(decodeBytes(latin1('Caf\xe9'), ['iso-8859-1']).text, 'Café');
    assert.equal(decodeBytes(latin1('\x93quoted\x94'), ['windows-1252']).text, '“quoted”');
    assert.equal(decodeBytes(Uint8Array.from([0xc7, 0xd1, 0xb1, 0xdb]), ['euc-kr']).text, '한글');
    assert.equal(decodeBytes(Uint8Array.from([0xcd, 0xc5, 0xd1]), ['koi8-r']).text, 'мея');
  });
  test('impossible declarations are skipped', () => {
    // utf-8 declared on bytes that are not UTF-8: the next declaration, else windows-1252.
    assert.equal(decodeBytes(latin1('Caf\xe9'), ['utf-8', 'iso-8859-1']).text, 'Café');
    assert.deepEqual(decodeBytes(latin1('Caf\xe9'), ['utf-8']), { text: 'Café', encoding: 'windows-1252' });
    // unknown label, and utf-16 declared on ASCII-compatible bytes
    assert.equal(decodeBytes(new TextEncoder().encode('Città'), ['x-no-such-charset', 'utf-16']).text, 'Città');
  });
  test('valid UTF-8 declared as a Western single-byte charset is read as UTF-8 (no mojibake)', () => {
    const d = decodeBytes(new TextEncoder().encode('Città è'), ['iso-8859-1']);
    assert.equal(d.text, 'Città è');
    assert.equal(d.encoding, 'utf-8');
  });
  test('undeclared: UTF-8 when valid, else windows-1252', () => {
    assert.equal(decodeBytes(new TextEncoder().encode('Città'), []).encoding, 'utf-8');
    assert.deepEqual(decodeBytes(latin1('Citt\xe0'), []), { text: 'Città', encoding: 'windows-1252' });
  });
});

test('charsetFromContentType and sniffBom', () => {
  assert.equal(charsetFromContentType('text/xml; charset="ISO-8859-1"'), 'iso-8859-1');
  assert.equal(charsetFromContentType('application/rss+xml;charset=utf-8'), 'utf-8');
  assert.equal(charsetFromContentType('application/rss+xml'), undefined);
  assert.equal(sniffBom(Uint8Array.from([0xff, 0xfe, 0, 0]))?.encoding, 'utf-32le');
  assert.equal(sniffBom(Uint8Array.from([0x3c, 0x3f])), undefined);
});
