// Character classes read from a table: a Unicode-property regular expression asked once per distinct character,
// then a typed-array look-up. Scanning an article character by character this way is several times faster than
// running the property expression over it (the scans of token-patterns.ts and the extractor's word offsets).

/** Is the character at text[i] in the class? A surrogate answers for its whole code point. */
export type CharTest = (text: string, i: number) => boolean;

/** A test for one character class, written as a regular expression that matches one code point ("[\\p{L}\\p{N}]"). */
export function charClass(oneCodePoint: RegExp): CharTest {
  const re = new RegExp(`^(?:${oneCodePoint.source})$`, 'u');
  // per UTF-16 unit: 0 not asked yet, 1 in the class, 2 not
  const table = new Uint8Array(0x10000);
  return (text, i) => {
    const c = text.charCodeAt(i);
    let k = table[c]!;
    if (k === 0) {
      // a surrogate belongs to the class only with its pair: ask about the code point, and do not remember the answer
      if (c >= 0xd800 && c <= 0xdfff) return re.test(String.fromCodePoint(text.codePointAt(c <= 0xdbff ? i : i - 1) ?? c));
      table[c] = k = re.test(text[i]!) ? 1 : 2;
    }
    return k === 1;
  };
}

/** Calls back with each run of characters in the class: [start, end) offsets, as /[class]+/gu finds them. */
export function forEachRun(text: string, inClass: CharTest, f: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!inClass(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && inClass(text, i)) i++;
    f(start, i);
  }
}
