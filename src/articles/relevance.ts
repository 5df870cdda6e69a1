// Is an article about North Korea–Russia military cooperation? Both countries must be named together — in the
// title, or in one sentence (or it and its neighbour) that also speaks of the cooperation (troops, weapons, treaty,
// visit...), in an article that names North Korea at least twice. A story about
// the war without a North Korean role, or about North Korea without Russia, is not relevant.
// Terms come from every language of the topic pack, so a misdetected language does not hide an article.
import type { TopicPack } from '../config/topic-pack.js';
import { MatcherGroup, scanText, TermMatcher, type Span } from './term-patterns.js';
import { splitSentences } from './sentences.js';
import type { Relevance } from './types.js';

interface RelevanceLexicon {
  dprk: TermMatcher;
  russia: TermMatcher;
  cooperation: TermMatcher;
  /** The three lists share one word index: an article is scanned once for all of them. */
  group: MatcherGroup;
  /** Per language, the abbreviations its file lists (the extractor splits with the same, so the split is shared). */
  abbreviations: Map<string, ReadonlySet<string>>;
}

const cache = new WeakMap<TopicPack, RelevanceLexicon>();

function lexicon(pack: TopicPack): RelevanceLexicon {
  let lex = cache.get(pack);
  if (!lex) {
    const files = Object.values(pack.languages);
    const all = (k: 'dprk' | 'russia' | 'cooperation') => [...new Set(files.flatMap((f) => f.relevance[k]))];
    const group = new MatcherGroup();
    lex = {
      dprk: new TermMatcher([all('dprk')], group),
      russia: new TermMatcher([all('russia')], group),
      cooperation: new TermMatcher([all('cooperation')], group),
      group,
      abbreviations: new Map(Object.entries(pack.languages).map(([l, f]) => [l, new Set(f.abbreviations.map((a) => a.toLowerCase()))])),
    };
    cache.set(pack, lex);
  }
  return lex;
}

const MIN_DPRK_MENTIONS = 2;

export function assessRelevance(input: { title: string; text: string; language: string }, pack: TopicPack): Relevance {
  const lex = lexicon(pack);
  const reasons: string[] = [];
  const title = input.title.trim();
  const titleDprk = title ? lex.dprk.find(title) : [];
  const titleRussia = title ? lex.russia.find(title) : [];
  if (titleDprk.length && titleRussia.length) reasons.push(`title: ${title.slice(titleDprk[0]!.start, titleDprk[0]!.end)} + ${title.slice(titleRussia[0]!.start, titleRussia[0]!.end)}`);
  let dprkMentions = titleDprk.length;
  let together = 0;
  // one scan of the body for the three lists, then the matches of each sentence by offset
  const scan = scanText(input.text, lex.group);
  const all = { d: lex.dprk.findIn(input.text, scan), r: lex.russia.findIn(input.text, scan), c: lex.cooperation.findIn(input.text, scan) };
  const cursor = { d: 0, r: 0, c: 0 };
  const inSentence = (k: 'd' | 'r' | 'c', start: number, end: number): Span[] => {
    const list = all[k];
    let i = cursor[k];
    while (i < list.length && list[i]!.start < start) i++;
    cursor[k] = i;
    const out: Span[] = [];
    for (let j = i; j < list.length && list[j]!.start < end; j++) if (list[j]!.end <= end) out.push(list[j]!);
    return out;
  };
  // Per sentence, its matches of each list (the cursors only move forward, so every list is read in order).
  const sentences = splitSentences(input.text, input.language, lex.abbreviations.get(input.language)).map((s) => ({
    d: inSentence('d', s.start, s.end),
    r: inSentence('r', s.start, s.end),
    c: inSentence('c', s.start, s.end),
  }));
  sentences.forEach((cur, i) => {
    dprkMentions += cur.d.length;
    if (!cur.d.length) return;
    // North Korea in this sentence, with Russia and the cooperation in it or in the sentence just before or after
    // ("Pyongyang has sent more men. They are fighting in Kursk."): interviews and explainers split them so.
    const near = [sentences[i - 1], cur, sentences[i + 1]].filter((x) => x !== undefined);
    const r = cur.r[0] ?? near.find((x) => x.r.length)?.r[0];
    const c = cur.c[0] ?? near.find((x) => x.c.length)?.c[0];
    if (!r || !c) return;
    together++;
    if (reasons.length < 3) reasons.push(`"${input.text.slice(cur.d[0]!.start, cur.d[0]!.end)}" + "${input.text.slice(r.start, r.end)}" + "${input.text.slice(c.start, c.end)}"`);
  });
  const relevant = (titleDprk.length > 0 && titleRussia.length > 0) || (together > 0 && dprkMentions >= MIN_DPRK_MENTIONS);
  return { relevant, reasons: relevant ? reasons : [`no sentence names North Korea and Russia together (${dprkMentions} North Korea mentions)`] };
}
