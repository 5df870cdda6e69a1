// One article through the analysis stages: language → relevance → claims (only when relevant) → comparison with
// the baseline (`change`, shared/claims.md) and, when what was learned since is given, with baseline + known
// (`novelty`: what alerting uses, so that the second report of a new figure confirms it instead of alerting again).
import type { ArticleInput, Relevance } from '../articles/types.js';
import type { ChangeKind, Claim, ComparedClaim, SourcedClaim } from '../claims/model.js';
import type { TopicPack } from '../config/topic-pack.js';
import { detectLanguage } from '../articles/language.js';
import { assessRelevance } from '../articles/relevance.js';
import { extractClaims } from '../claims/extract.js';
import { compareClaims } from '../compare/compare.js';

export type AnalyzedClaim = ComparedClaim & { novelty?: ChangeKind };

export interface AnalysisResult {
  relevant: boolean;
  language: string;
  relevance: Relevance;
  claims: AnalyzedClaim[];
}

/** The stages analyzeArticle runs; the defaults are the real ones, tests may pass their own. */
export interface AnalysisStages {
  detectLanguage: (text: string, hint?: string) => string;
  assessRelevance: (article: { title: string; text: string; language: string }, pack: TopicPack) => Relevance;
  extractClaims: (
    article: { title: string; text: string; language: string; published: string },
    pack: TopicPack,
  ) => Claim[];
}

const realStages: AnalysisStages = { detectLanguage, assessRelevance, extractClaims };

export interface AnalysisDeps {
  pack: TopicPack;
  /** The baseline corpus's claims: what `change` is judged against. */
  baseline: SourcedClaim[];
  /** Claims learned from articles since (the store): with the baseline, what `novelty` is judged against. */
  known?: SourcedClaim[];
  stages?: Partial<AnalysisStages>;
}

export function analyzeArticle(input: ArticleInput, deps: AnalysisDeps): AnalysisResult {
  const stages = { ...realStages, ...deps.stages };
  const language = input.language ?? stages.detectLanguage(`${input.title}\n\n${input.text}`);
  const relevance = stages.assessRelevance({ title: input.title, text: input.text, language }, deps.pack);
  if (!relevance.relevant) return { relevant: false, language, relevance, claims: [] };

  const claims = stages.extractClaims(
    { title: input.title, text: input.text, language, published: input.published },
    deps.pack,
  );
  const compared: AnalyzedClaim[] = compareClaims(claims, deps.baseline, input.published);
  if (deps.known) {
    // An article already stored (re-analysed) must not confirm itself.
    const known = input.url ? deps.known.filter((k) => k.url !== input.url) : deps.known;
    const novelty = compareClaims(claims, [...deps.baseline, ...known], input.published);
    novelty.forEach((n, i) => {
      compared[i]!.novelty = n.change;
    });
  }
  return { relevant: true, language, relevance, claims: compared };
}
