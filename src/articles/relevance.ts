// Is an article about North Korea–Russia military cooperation? Both countries must be named together — in the
// title or in one sentence that also speaks of the cooperation (troops, weapons, treaty, visit...). A story about
// the war without a North Korean role, or about North Korea without Russia, is not relevant.
// Terms come from every language of the topic pack, so a misdetected language does not hide an article.
import type { TopicPack } from '../config/topic-pack.js';
import { TermMatcher } from './term-patterns.js';
import { splitSentences } from './sentences.js';
import type { Relevance } from './types.js';

interface RelevanceLexicon {
  dprk: TermMatcher;
  russia: TermMatcher;
  cooperation: TermMatcher;
}

const cache = new WeakMap<TopicPack, RelevanceLexicon>();

function lexicon(pack: TopicPack): RelevanceLexicon {
  let lex = cache.get(pack);
  if (!lex) {
    const files = Object.values(pack.languages);
    const all = (k: 'dprk' | 'russia' | 'cooperation') => [...new Set(files.flatMap((f) => f.relevance[k]))];
    lex = { dprk: new TermMatcher([all('dprk')]), russia: new TermMatcher([all('russia')]), cooperation: new TermMatcher([all('cooperation')]) };
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
  for (const s of splitSentences(input.text, input.language)) {
    const d = lex.dprk.find(s.text);
    if (!d.length) continue;
    dprkMentions += d.length;
    const r = lex.russia.find(s.text);
    if (!r.length) continue;
    const c = lex.cooperation.find(s.text);
    if (!c.length) continue;
    together++;
    if (reasons.length < 3)
      reasons.push(`"${s.text.slice(d[0]!.start, d[0]!.end)}" + "${s.text.slice(r[0]!.start, r[0]!.end)}" + "${s.text.slice(c[0]!.start, c[0]!.end)}"`);
  }
  const relevant = (titleDprk.length > 0 && titleRussia.length > 0) || (together > 0 && dprkMentions >= MIN_DPRK_MENTIONS);
  return { relevant, reasons: relevant ? reasons : [`no sentence names North Korea and Russia together (${dprkMentions} North Korea mentions)`] };
}
