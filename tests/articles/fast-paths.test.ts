// The articles layer's shortcuts must answer exactly as the plain code they replace: sentences from one segmentation
// of the whole text (not one per line), relevance scanned only as far as it needs, raw expressions skipped when
// the word they need is missing. Each is checked against a straightforward reference on awkward inputs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, type Sentence } from '../../src/articles/sentences.js';
import { MatcherGroup, PartialScan, requiredWord, scanText, TermMatcher, type Span } from '../../src/articles/term-patterns.js';
import { assessRelevance } from '../../src/articles/relevance.js';
import { defaultTopicDir, loadTopicPack } from '../../src/config/topic-pack.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const segmenters = new Map<string, Intl.Segmenter>();

/** Sentences as the splitter found them before: the segmenter run line by line, with regular expressions. */
function referenceSplit(text: string, language: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const seg = segmenters.get(language) ?? new Intl.Segmenter(language, { granularity: 'sentence' });
  segmenters.set(language, seg);
  const out: Sentence[] = [];
  const endsWithAbbreviation = (piece: string): boolean => {
    const trimmed = piece.trimEnd();
    if (!trimmed.endsWith('.')) return false;
    const m = /(?:^|[\s(“"'])([\p{L}.]*\p{L}\.)$/u.exec(trimmed.length > 40 ? trimmed.slice(-40) : trimmed);
    if (!m) return false;
    const word = m[1]!.toLowerCase();
    return abbreviations.has(word) || /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(m[1]!);
  };
  const germanOrdinal = (piece: string) => language === 'de' && /(?:^|\s)\d{1,2}\.\s*$/.test(piece);
  const pushOne = (start: number, end: number, paragraph: number, line: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph, line });
  };
  const glued = /(?<=(?:^|[\s,;:"“”'’)])\p{L}*\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;
  const push = (start: number, end: number, paragraph: number, line: number) => {
    const piece = text.slice(start, end);
    let from = start;
    for (const m of piece.matchAll(glued)) {
      pushOne(from, start + m.index!, paragraph, line);
      from = start + m.index!;
    }
    pushOne(from, end, paragraph, line);
  };
  let paragraph = 0;
  let line = 0;
  let lastLineEnd = 0;
  for (const lm of text.matchAll(/[^\n]+/g)) {
    if (line > 0 && /\n\s*\n/.test(text.slice(lastLineEnd, lm.index))) paragraph++;
    lastLineEnd = lm.index! + lm[0].length;
    let pending: { start: number; end: number } | null = null;
    for (const s of seg.segment(lm[0])) {
      const start = lm.index! + s.index;
      const end = start + s.segment.length;
      const piece = pending && text.slice(pending.start, pending.end);
      if (pending && piece !== null && !endsWithAbbreviation(piece) && !germanOrdinal(piece)) {
        push(pending.start, pending.end, paragraph, line);
        pending = null;
      }
      pending = pending ? { start: pending.start, end } : { start, end };
    }
    if (pending) push(pending.start, pending.end, paragraph, line);
    line++;
  }
  return out;
}

// '𝒜𝒷𝒸.' after a glued stop ("ca.𝒜𝒷𝒸.") once sent the glued-sentence loop round for ever
const PIECES = [
  'Nordkorea', 'hat', 'Truppen', 'U.S.', 'Gen.', 'Mr.', 'J.', 'am 24.', 'Oktober', '10.000', '3.5', 'e.g.', 'ca.',
  '.', '. ', '!', '?', '?"', '…', '“', '”', '(', ')', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\r\n', '\u2028', '\u00a0',
  'hieß es.Nordkorea', 'ßen.Über', 'été.Les', '𝒜𝒷𝒸.', '\ud835', 'İ.S.', 'x'.repeat(45) + '.', 'a', 'B', 'ж', 'Ж', ',',
];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('splitSentences (one segmentation of the whole text)', () => {
  test('finds what the segmenter run line by line finds', () => {
    const rnd = random(11);
    const abbreviations = new Set(['gen.', 'mr.', 'e.g.', 'ca.']);
    for (let k = 0; k < 600; k++) {
      let text = '';
      const n = 1 + Math.floor(rnd() * 30);
      for (let i = 0; i < n; i++) text += (rnd() < 0.5 ? ' ' : '') + PIECES[Math.floor(rnd() * PIECES.length)];
      for (const language of ['en', 'de', 'it']) {
        assert.deepEqual(splitSentences(text, language, abbreviations), referenceSplit(text, language, abbreviations), JSON.stringify(text));
      }
    }
  });
});

describe('requiredWord', () => {
  test('reads the word after leading look-behinds', () => {
    assert.equal(requiredWord('(?<=programma\\s+nucleare\\s+e\\s+)spaziale'), 'spaziale');
    assert.equal(requiredWord('(?<=(?:^|[.!?:»"]\\s+|«\\s*|\\n))para(?=\\s+(?:el|la)\\s)'), 'para');
    assert.equal(requiredWord('technologies?\\s+für'), 'technologie');
    assert.equal(requiredWord('(?<=a)xy*z'), 'x');
  });

  test('gives up where no word is required', () => {
    for (const src of ['%', ',\\s+che\\s', 'ab|cd', '(?<=[(|])word|x', '(?:weitere|andere)', '(?<=a)(?:b)', 'a?b']) assert.equal(requiredWord(src), null, src);
  });

  test('a matcher whose raw expressions cannot match finds what running them finds', () => {
    const m = new TermMatcher([['re:(?<=programma\\s+nucleare\\s+e\\s+)spaziale', 'programma spaziale'], ['re:(?<=,\\s)mentre']]);
    assert.deepEqual(m.find('Il programma nucleare e spaziale, mentre il programma spaziale'), [
      { start: 24, end: 32, entry: 0 },
      { start: 34, end: 40, entry: 1 },
      { start: 44, end: 62, entry: 0 },
    ]);
    assert.deepEqual(m.find('Un programma nucleare e missilistico'), []);
  });
});

describe('PartialScan', () => {
  test('at each position, knows the matches that start before it, as a whole scan finds them', () => {
    const group = new MatcherGroup();
    const matchers = [
      new TermMatcher([['Corea del Nord', 'nordcorean*', 'KCNA', 'N. Korea*'], ['Pyongyang']], group),
      new TermMatcher([['russ*', 'Mosca', 're:(?<=,\\s)putin', 'cs:Kreml']], group),
      new TermMatcher([['soldat*', 'truppe', 'Kursk', '*erà']], group),
    ];
    const text =
      'La Corea del Nord (KCNA) manderà truppe; i soldati nordcoreani, secondo Mosca, sono a Kursk. N. Korean troops ' +
      'e il Kreml, putin e russi. Pyongyang, Putin: nord-coreani, Corea  del\nNord, russa.';
    const scan = scanText(text, group);
    const whole = matchers.map((m) => m.findIn(text, scan));
    for (let pos = 0; pos <= text.length + 1; pos += 7) {
      const partial = new PartialScan(text, group);
      const lists = matchers.map((m) => partial.follow(m));
      // advance in two steps, as relevance does sentence after sentence
      partial.advanceTo(Math.floor(pos / 2));
      lists.forEach((l) => l());
      partial.advanceTo(pos);
      lists.forEach((l, i) => assert.deepEqual(l(), whole[i]!.filter((s) => s.start < pos), `matcher ${i} before ${pos}`));
    }
  });
});

describe('assessRelevance (scanned as far as it needs)', () => {
  const pack = loadTopicPack(defaultTopicDir(process.cwd()));
  const files = Object.values(pack.languages);
  const all = (k: 'dprk' | 'russia' | 'cooperation') => [...new Set(files.flatMap((f) => f.relevance[k]))];
  const group = new MatcherGroup();
  const [dprk, russia, cooperation] = [new TermMatcher([all('dprk')], group), new TermMatcher([all('russia')], group), new TermMatcher([all('cooperation')], group)];
  const abbreviations = new Map(Object.entries(pack.languages).map(([l, f]) => [l, new Set(f.abbreviations.map((a) => a.toLowerCase()))]));

  /** Relevance from a whole scan and every sentence's matches, as it was computed before. */
  function reference(input: { title: string; text: string; language: string }) {
    const reasons: string[] = [];
    const title = input.title.trim();
    const titleDprk = title ? dprk.find(title) : [];
    const titleRussia = title ? russia.find(title) : [];
    if (titleDprk.length && titleRussia.length) reasons.push(`title: ${title.slice(titleDprk[0]!.start, titleDprk[0]!.end)} + ${title.slice(titleRussia[0]!.start, titleRussia[0]!.end)}`);
    let mentions = titleDprk.length;
    let together = 0;
    const scan = scanText(input.text, group);
    const lists = [dprk, russia, cooperation].map((m) => m.findIn(input.text, scan));
    const inside = (list: Span[], s: Sentence) => list.filter((m) => m.start >= s.start && m.start < s.end && m.end <= s.end);
    const sentences = splitSentences(input.text, input.language, abbreviations.get(input.language)).map((s) => lists.map((l) => inside(l, s)));
    sentences.forEach(([d, r, c], i) => {
      mentions += d!.length;
      if (!d!.length) return;
      const near = [sentences[i - 1], sentences[i], sentences[i + 1]].filter((x) => x !== undefined);
      const rr = r![0] ?? near.find((x) => x[1]!.length)?.[1]![0];
      const cc = c![0] ?? near.find((x) => x[2]!.length)?.[2]![0];
      if (!rr || !cc) return;
      together++;
      if (reasons.length < 3) reasons.push(`"${input.text.slice(d![0]!.start, d![0]!.end)}" + "${input.text.slice(rr.start, rr.end)}" + "${input.text.slice(cc.start, cc.end)}"`);
    });
    const relevant = (titleDprk.length > 0 && titleRussia.length > 0) || (together > 0 && mentions >= 2);
    return { relevant, reasons: relevant ? reasons : [`no sentence names North Korea and Russia together (${mentions} North Korea mentions)`] };
  }

  test('answers as a whole scan does, on corpus articles cut and shuffled', () => {
    const dir = join(process.cwd(), 'corpus');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    assert.ok(texts.length > 0);
    const rnd = random(5);
    const titles = ['', 'North Korea sends troops to Russia', 'Kim Jong Un a Mosca', 'Wetter'];
    for (let k = 0; k < 200; k++) {
      const text = texts[k % texts.length]!;
      const from = Math.floor(rnd() * text.length);
      const cut = k % 3 === 0 ? text : k % 3 === 1 ? text.slice(from, from + 1500) : text.split(/(?<=[.!?])\s+/).sort(() => rnd() - 0.5).slice(0, 8).join(' ');
      const input = { title: titles[k % titles.length]!, text: cut, language: ['it', 'en', 'de'][k % 3]! };
      assert.deepEqual(assessRelevance(input, pack), reference(input), JSON.stringify(input).slice(0, 200));
    }
  });
});
