// Reads the main config file, the feeds file and the environment, validates them once, and lists every problem.
// This is the only module that reads process.env (callers pass `env` in, so tests inject their own).
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../shared/errors.js';
import type { FeedSpec } from './feed-spec.js';
import { envSchema, feedsFileSchema, mainConfigSchema, type Env, type MainConfigFile } from './schema.js';

/** The project root (where package.json, config/ and corpus/ live), from this compiled file's place in dist/src/config. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Secrets {
  discordWebhookUrl?: string;
  slackWebhookUrl?: string;
  discordToken?: string;
  discordApplicationId?: string;
  discordApiUrl?: string;
  slackBotToken?: string;
  slackAppToken?: string;
  slackSigningSecret?: string;
  slackApiUrl?: string;
}

export interface AppConfig extends Omit<MainConfigFile, 'feedsFile' | 'topicDir' | 'corpusDir' | 'dataDir'> {
  configFile: string;
  feedsFile: string;
  topicDir: string;
  corpusDir: string;
  dataDir: string;
  databaseUrl?: string;
  port: number;
  feeds: FeedSpec[];
  secrets: Secrets;
}

export function formatIssues(file: string, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
  return `invalid configuration in ${file}:\n${lines.join('\n')}`;
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return parseYaml(text) ?? {};
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

export function parseEnv(env: NodeJS.ProcessEnv): Env {
  // Empty variables count as unset (a common shell habit: FOO= ).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = envSchema.safeParse(present);
  if (!r.success) throw new UserError(formatIssues('the environment', r.error.issues));
  return r.data;
}

export function loadFeedsFile(file: string, defaultIntervalMinutes: number): FeedSpec[] {
  const r = feedsFileSchema.safeParse(readYaml(file));
  if (!r.success) throw new UserError(formatIssues(file, r.error.issues));
  return r.data.feeds.map((f) => ({
    id: f.id,
    url: f.url,
    ...(f.name ? { name: f.name } : {}),
    ...(f.language ? { language: f.language } : {}),
    intervalMinutes: f.intervalMinutes ?? defaultIntervalMinutes,
    fetchFullText: f.fetchFullText,
  }));
}

export interface LoadOptions {
  env: NodeJS.ProcessEnv;
  /** --config FILE; else DPRKWATCH_CONFIG; else config/dprkwatch.yaml under the project root. */
  configFile?: string;
  cwd?: string;
}

export function loadConfig(opts: LoadOptions): AppConfig {
  const env = parseEnv(opts.env);
  const cwd = opts.cwd ?? process.cwd();
  const configFile = resolve(cwd, opts.configFile ?? env.DPRKWATCH_CONFIG ?? resolve(PROJECT_ROOT, 'config/dprkwatch.yaml'));
  const r = mainConfigSchema.safeParse(readYaml(configFile));
  if (!r.success) throw new UserError(formatIssues(configFile, r.error.issues));
  const file = r.data;
  const base = dirname(configFile);
  const rel = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const feedsFile = rel(file.feedsFile);
  const secrets: Secrets = {
    discordWebhookUrl: env.DISCORD_WEBHOOK_URL,
    slackWebhookUrl: env.SLACK_WEBHOOK_URL,
    discordToken: env.DISCORD_TOKEN,
    discordApplicationId: env.DISCORD_APPLICATION_ID,
    discordApiUrl: env.DISCORD_API_URL,
    slackBotToken: env.SLACK_BOT_TOKEN,
    slackAppToken: env.SLACK_APP_TOKEN,
    slackSigningSecret: env.SLACK_SIGNING_SECRET,
    slackApiUrl: env.SLACK_API_URL,
  };
  return {
    ...file,
    logLevel: env.LOG_LEVEL ?? file.logLevel,
    configFile,
    feedsFile,
    topicDir: rel(file.topicDir),
    corpusDir: rel(file.corpusDir),
    dataDir: env.DPRKWATCH_DATA_DIR ? resolve(cwd, env.DPRKWATCH_DATA_DIR) : rel(file.dataDir),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    port: env.PORT ?? 3000,
    feeds: loadFeedsFile(feedsFile, file.polling.defaultIntervalMinutes),
    secrets: Object.fromEntries(Object.entries(secrets).filter(([, v]) => v !== undefined)) as Secrets,
  };
}
