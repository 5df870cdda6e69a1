// Composition root: config → logger → store → HTTP client → baseline → senders → pipeline deps.
// The only place that builds clients; everything below receives them.
import type { AppConfig } from './config/load.js';
import type { Logger } from './shared/logger.js';
import { createLogger } from './shared/logger.js';
import { systemClock, type Clock } from './shared/clock.js';
import { createHttpClient } from './shared/http/client.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';
import { loadBaseline } from './compare/load-baseline.js';
import type { Sender } from './notify/types.js';
import { createConsoleSender } from './notify/console/sender.js';
import { createDiscordWebhookSender } from './notify/discord/webhook-sender.js';
import { createSlackWebhookSender } from './notify/slack/webhook-sender.js';
import { createDiscordChannelSender } from './notify/discord/channel-sender.js';
import { createSlackChannelSender } from './notify/slack/channel-sender.js';
import type { PipelineDeps } from './pipeline/deps.js';

export const CONSOLE_TARGET = 'console:stdout';
export const DISCORD_WEBHOOK_TARGET = 'discord-webhook:default';
export const SLACK_WEBHOOK_TARGET = 'slack-webhook:default';

export interface App {
  config: AppConfig;
  logger: Logger;
  store: Store;
  deps: PipelineDeps;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Where console alerts go (stdout by default). */
  write?: (s: string) => void;
  clock?: Clock;
  logger?: Logger;
}

export function buildSenders(config: AppConfig, write: (s: string) => void): Sender[] {
  const s = config.secrets;
  const senders: Sender[] = [createConsoleSender(write)];
  if (s.discordWebhookUrl) senders.push(createDiscordWebhookSender({ webhookUrl: s.discordWebhookUrl, targetId: DISCORD_WEBHOOK_TARGET }));
  if (s.slackWebhookUrl) senders.push(createSlackWebhookSender({ webhookUrl: s.slackWebhookUrl, targetId: SLACK_WEBHOOK_TARGET }));
  if (s.discordToken) senders.push(createDiscordChannelSender({ token: s.discordToken, ...(s.discordApiUrl ? { apiBaseUrl: s.discordApiUrl } : {}) }));
  if (s.slackBotToken) senders.push(createSlackChannelSender({ token: s.slackBotToken, ...(s.slackApiUrl ? { apiUrl: s.slackApiUrl } : {}) }));
  return senders;
}

/** Static targets: the console when configured, and each webhook whose URL is set. */
export function staticTargets(config: AppConfig, which: 'alerts' | 'digest'): string[] {
  const out: string[] = [];
  if (config[which].targets.includes('console')) out.push(CONSOLE_TARGET);
  if (config.secrets.discordWebhookUrl) out.push(DISCORD_WEBHOOK_TARGET);
  if (config.secrets.slackWebhookUrl) out.push(SLACK_WEBHOOK_TARGET);
  return out;
}

/** Feeds from the config file are the store's config-origin feeds: added, updated, and removed when dropped. */
export async function syncConfigFeeds(store: Store, config: AppConfig): Promise<void> {
  const inConfig = new Set(config.feeds.map((f) => f.id));
  for (const f of config.feeds) await store.upsertFeed({ ...f, origin: 'config' });
  for (const f of await store.listFeeds()) if (f.origin === 'config' && !inConfig.has(f.id)) await store.removeFeed(f.id);
}

export async function createApp(config: AppConfig, opts: AppOptions = {}): Promise<App> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  const store = await openStore({
    dataDir: config.dataDir,
    leaseMs: config.outbox.leaseSeconds * 1000,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    await syncConfigFeeds(store, config);
    const baseline = loadBaseline({ corpusDir: config.corpusDir, topicDir: config.topicDir, dataDir: config.dataDir });
    const http = createHttpClient({
      allowPrivateAddresses: config.allowPrivateAddresses,
      userAgent: config.http.userAgent,
      totalTimeoutMs: config.http.timeoutSeconds * 1000,
      maxBytes: config.http.maxBytes,
    });
    const deps: PipelineDeps = {
      store,
      http,
      clock: opts.clock ?? systemClock,
      logger,
      pack: baseline.pack,
      baseline: baseline.claims,
      senders: buildSenders(config, opts.write ?? ((t) => process.stdout.write(t))),
      settings: config.polling,
      alertTargets: staticTargets(config, 'alerts'),
      alertMinChange: config.alerts.minChange,
      digestTargets: staticTargets(config, 'digest'),
      digestChart: config.digest.chart,
      outboxMaxAttempts: config.outbox.maxAttempts,
    };
    return { config, logger, store, deps, close: () => store.close() };
  } catch (err) {
    await store.close();
    throw err;
  }
}
