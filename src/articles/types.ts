// An article as the pipeline sees it after the feed layer: normalised text plus where it came from.

export interface ArticleInput {
  /** Canonical URL of the article, when known. */
  url?: string;
  title: string;
  /** Plain text body (no HTML), paragraphs separated by blank lines. */
  text: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  /** Outlet name (feed title or configured name), when known. */
  outlet?: string;
  /** ISO 639-1 code when the feed or caller knows it; detected otherwise. */
  language?: string;
}

export interface Relevance {
  relevant: boolean;
  /** Why: the lexicon terms that matched, for logs and `analyze` output. */
  reasons: string[];
}

export interface AnalyzedArticle extends ArticleInput {
  language: string;
  relevance: Relevance;
}
