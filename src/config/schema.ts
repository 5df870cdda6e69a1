// The configuration's shape, validated once at start (zod). Defaults here are the documented defaults.
import { z } from 'zod';
import cron from 'node-cron';

const cronExpr = z.string().refine((s) => cron.validate(s), { message: 'not a valid cron expression' });

const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'unknown IANA time zone' },
);

/** Where alerts and digests go, besides chat channels subscribed through commands. */
export const staticTargetSchema = z.enum(['console', 'discord-webhook', 'slack-webhook']);

export const mainConfigSchema = z
  .object({
    feedsFile: z.string().default('feeds.yaml'),
    topicDir: z.string().default('topics/dprk-russia'),
    corpusDir: z.string().default('../corpus'),
    dataDir: z.string().default('../data'),
    schedule: z
      .object({
        poll: cronExpr.default('* * * * *'),
        digest: cronExpr.default('0 8 * * *'),
        timezone: timezone.default('UTC'),
      })
      .strict()
      .prefault({}),
    polling: z
      .object({
        concurrency: z.number().int().min(1).max(64).default(4),
        maxItemAgeHours: z.number().positive().default(24),
        maxAlertsPerFeedPerCycle: z.number().int().min(1).default(5),
        backoffBaseMinutes: z.number().positive().default(5),
        backoffMaxMinutes: z.number().positive().default(360),
        defaultIntervalMinutes: z.number().int().min(1).default(15),
        fullTextConcurrency: z.number().int().min(1).max(16).default(2),
      })
      .strict()
      .prefault({}),
    http: z
      .object({
        timeoutSeconds: z.number().positive().default(30),
        maxBytes: z.number().int().positive().default(5_000_000),
        userAgent: z.string().default('dprkwatch/0.1 (feed monitor; +https://github.com/dprkwatch/dprkwatch)'),
      })
      .strict()
      .prefault({}),
    /** Only for local demos and tests that serve feeds from 127.0.0.1: lets the HTTP client reach private addresses. */
    allowPrivateAddresses: z.boolean().default(false),
    outbox: z
      .object({
        /** A delivery claimed by a sender that then crashed is sent by another after this long. */
        leaseSeconds: z.number().int().min(1).default(120),
        /** Attempts before a delivery is given up (logged); 429/5xx are retried after the advised delay. */
        maxAttempts: z.number().int().min(1).default(8),
      })
      .strict()
      .prefault({}),
    alerts: z
      .object({
        targets: z.array(staticTargetSchema).default(['console']),
        minChange: z.enum(['new', 'updates', 'contradicts']).default('new'),
      })
      .strict()
      .prefault({}),
    digest: z
      .object({
        targets: z.array(staticTargetSchema).default(['console']),
        chart: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    chat: z
      .object({
        slackAdminUserIds: z.array(z.string()).default([]),
      })
      .strict()
      .prefault({}),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .strict();

export type MainConfigFile = z.infer<typeof mainConfigSchema>;

export const feedEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, dot, dash, underscore (max 63)'),
    url: z.url({ protocol: /^https?$/ }),
    name: z.string().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as en, it, de')
      .optional(),
    intervalMinutes: z.number().int().min(1).optional(),
    fetchFullText: z.boolean().default(true),
  })
  .strict();

export const feedsFileSchema = z
  .object({
    feeds: z.array(feedEntrySchema).superRefine((feeds, ctx) => {
      const seen = new Set<string>();
      feeds.forEach((f, i) => {
        if (seen.has(f.id)) ctx.addIssue({ code: 'custom', message: `duplicate feed id '${f.id}'`, path: [i, 'id'] });
        seen.add(f.id);
      });
    }),
  })
  .strict();

export type FeedEntry = z.infer<typeof feedEntrySchema>;

/** Environment variables the program reads (only here). */
export const envSchema = z.object({
  DPRKWATCH_CONFIG: z.string().optional(),
  DPRKWATCH_DATA_DIR: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DISCORD_WEBHOOK_URL: z.url().optional(),
  SLACK_WEBHOOK_URL: z.url().optional(),
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_APPLICATION_ID: z.string().optional(),
  DISCORD_API_URL: z.url().optional(),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_API_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type Env = z.infer<typeof envSchema>;
