// Is an article about North Korea–Russia military cooperation? Both countries must be named together — in the
// title, or in one sentence (or it and its neighbour) that also speaks of the cooperation (troops, weapons, treaty,
// visit...), in an article that names North Korea at least twice. A story about
// the war without a North Korean role, or about North Korea without Russia, is not relevant.
// Terms come from every language of the topic pack, so a misdetected language does not hide an article.
import type { TopicPack } from '../config/topic-pack.js';
import { MatcherGroup, PartialScan, scanOwnText, TermMatcher, type Span } from './term-patterns.js';
import { splitSentences, type Sentence } from './sentences.js';
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
/** How far the body is scanned at a time for a first mention of North Korea (most relevant articles open with one). */
const FIRST_MENTION_STEP = 1000;

/** The matches of a sentence that relevance reads: how many name North Korea, and the first of each list. */
interface SentenceMatches {
  dprk: number;
  d: Span | undefined;
  r: Span | undefined;
  c: Span | undefined;
}

export function assessRelevance(input: { title: string; text: string; language: string }, pack: TopicPack): Relevance {
  const lex = lexicon(pack);
  const reasons: string[] = [];
  const title = input.title.trim();
  // the title's words are scanned once for both lists
  const titleScan = title ? scanOwnText(title, lex.group) : undefined;
  const titleDprk = titleScan ? lex.dprk.findIn(title, titleScan) : [];
  const titleRussia = titleScan ? lex.russia.findIn(title, titleScan) : [];
  const byTitle = titleDprk.length > 0 && titleRussia.length > 0;
  if (byTitle) reasons.push(`title: ${title.slice(titleDprk[0]!.start, titleDprk[0]!.end)} + ${title.slice(titleRussia[0]!.start, titleRussia[0]!.end)}`);
  let dprkMentions = titleDprk.length;
  let together = 0;
  // The body is scanned only as far as the sentences read so far: once the article is relevant and has all the
  // reasons it reports, the rest cannot change the answer (the North Korea count only shows when it is not relevant).
  const scan = new PartialScan(input.text, lex.group);
  const lists = { d: scan.follow(lex.dprk), r: scan.follow(lex.russia), c: scan.follow(lex.cooperation) };
  // Most articles of a feed never name North Korea: they have no sentence to read, and need no split.
  let reached = 0;
  while (!lists.d().length && reached < input.text.length) scan.advanceTo((reached += FIRST_MENTION_STEP));
  const sentences = lists.d().length ? splitSentences(input.text, input.language, lex.abbreviations.get(input.language)) : [];
  const cursor = { d: 0, r: 0, c: 0 };
  const matchesOf = (s: Sentence): SentenceMatches => {
    scan.advanceTo(s.end);
    const d = inSentence(lists.d(), cursor, 'd', s);
    return { dprk: d.count, d: d.first, r: inSentence(lists.r(), cursor, 'r', s).first, c: inSentence(lists.c(), cursor, 'c', s).first };
  };
  let prev: SentenceMatches | undefined;
  let cur = sentences.length ? matchesOf(sentences[0]!) : undefined;
  for (let i = 0; cur; i++) {
    const next = i + 1 < sentences.length ? matchesOf(sentences[i + 1]!) : undefined;
    dprkMentions += cur.dprk;
    if (cur.d) {
      // North Korea in this sentence, with Russia and the cooperation in it or in the sentence just before or after
      // ("Pyongyang has sent more men. They are fighting in Kursk."): interviews and explainers split them so.
      const r = cur.r ?? prev?.r ?? next?.r;
      const c = cur.c ?? prev?.c ?? next?.c;
      if (r && c) {
        together++;
        if (reasons.length < 3) reasons.push(`"${input.text.slice(cur.d.start, cur.d.end)}" + "${input.text.slice(r.start, r.end)}" + "${input.text.slice(c.start, c.end)}"`);
      }
    }
    // relevant, with as many reasons as are reported: no later sentence changes the answer
    if (reasons.length >= 3 && (byTitle || (together > 0 && dprkMentions >= MIN_DPRK_MENTIONS))) break;
    prev = cur;
    cur = next;
  }
  const relevant = byTitle || (together > 0 && dprkMentions >= MIN_DPRK_MENTIONS);
  return { relevant, reasons: relevant ? reasons : [`no sentence names North Korea and Russia together (${dprkMentions} North Korea mentions)`] };
}

/**
 * The matches of a list that lie in a sentence: how many, and the first. The cursor only moves forward (sentences
 * come in order), past the matches that start before the sentence.
 */
function inSentence<K extends string>(list: readonly Span[], cursor: Record<K, number>, k: K, s: Sentence): { count: number; first: Span | undefined } {
  let i = cursor[k];
  while (i < list.length && list[i]!.start < s.start) i++;
  cursor[k] = i;
  let count = 0;
  let first: Span | undefined;
  for (let j = i; j < list.length && list[j]!.start < s.end; j++)
    if (list[j]!.end <= s.end) {
      count++;
      first ??= list[j];
    }
  return { count, first };
}
