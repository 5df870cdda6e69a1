// One followed feed as configured (config/feeds.yaml, or added through the CLI or chat).

/** Per-feed configuration (from config/feeds.yaml or added through chat). */
export interface FeedSpec {
  id: string;
  url: string;
  name?: string;
  language?: string;
  /** Minutes between polls of this feed. */
  intervalMinutes: number;
  /** Fetch the full article page when the item carries only a summary. */
  fetchFullText: boolean;
}
