// What the pipeline needs, injected by the composition root (src/main.ts) or by tests.
import type { SourcedClaim } from '../claims/model.js';
import type { TopicPack } from '../config/topic-pack.js';
import type { HttpClient } from '../shared/http/client.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/types.js';
import type { Sender } from '../notify/types.js';
import type { MinChange } from './alerts.js';
import type { AnalysisStages } from './analyze.js';

export interface PollSettings {
  concurrency: number;
  maxItemAgeHours: number;
  maxAlertsPerFeedPerCycle: number;
  backoffBaseMinutes: number;
  backoffMaxMinutes: number;
  fullTextConcurrency: number;
}

export interface PipelineDeps {
  store: Store;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  pack: TopicPack;
  baseline: SourcedClaim[];
  senders: Sender[];
  settings: PollSettings;
  /** Targets every alert goes to besides chat subscriptions, e.g. `console:stdout`, `discord-webhook:default`. */
  alertTargets: string[];
  alertMinChange: MinChange;
  digestTargets: string[];
  digestChart: boolean;
  /** Attempts before a delivery is given up (default: the dispatcher's). */
  outboxMaxAttempts?: number;
  /** Replaces analysis stages (tests exercise the pipeline with a predictable extractor). */
  stages?: Partial<AnalysisStages>;
}
