// `dprkwatch run`: the worker (scheduled polling, outbox, digest) plus whichever chat bots have credentials.
import type { CliCommand } from './command.js';
import { CONFIG_OPTION, configFrom, parseCommandArgs } from './args.js';
import { createApp } from '../main.js';
import { startScheduler } from '../pipeline/scheduler.js';
import { createPgBossQueue } from '../pipeline/queue/pgboss.js';
import { createChatContext } from '../pipeline/chat-context.js';
import { startDiscordBot } from '../chat/discord/bot.js';
import { startSlackBot } from '../chat/slack/bot.js';
import { UserError } from '../shared/errors.js';
import { waitForShutdown } from './shutdown.js';

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'run the worker and the Discord/Slack bots whose credentials are set',
  usage: 'dprkwatch run [--config FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, CONFIG_OPTION, false);
    const config = configFrom(values, io);
    const s = config.secrets;
    if (s.discordToken && !s.discordApplicationId) throw new UserError('DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not');
    if (s.slackBotToken && !s.slackAppToken && !s.slackSigningSecret) {
      throw new UserError('SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)');
    }
    const app = await createApp(config, { write: io.stdout });
    const stops: (() => Promise<void>)[] = [];
    try {
      const ctx = createChatContext(app.deps, {
        allowPrivateAddresses: config.allowPrivateAddresses,
        defaultIntervalMinutes: config.polling.defaultIntervalMinutes,
      });
      if (s.discordToken && s.discordApplicationId) {
        const bot = await startDiscordBot({
          token: s.discordToken,
          applicationId: s.discordApplicationId,
          ...(s.discordApiUrl ? { apiBaseUrl: s.discordApiUrl } : {}),
          ctx,
          logger: app.logger,
        });
        stops.push(() => bot.stop());
        app.logger.info('discord bot connected');
      }
      if (s.slackBotToken) {
        const bot = await startSlackBot({
          botToken: s.slackBotToken,
          ...(s.slackSigningSecret ? { signingSecret: s.slackSigningSecret } : {}),
          ...(s.slackAppToken ? { appToken: s.slackAppToken } : {}),
          ...(s.slackApiUrl ? { apiUrl: s.slackApiUrl } : {}),
          port: config.port,
          adminUserIds: config.chat.slackAdminUserIds,
          ctx,
          logger: app.logger,
        });
        stops.push(() => bot.stop());
        app.logger.info({ mode: s.slackAppToken ? 'socket' : 'http', port: config.port }, 'slack bot started');
      }
      const queue = config.databaseUrl
        ? createPgBossQueue(config.databaseUrl, { logger: app.logger, concurrency: config.polling.concurrency })
        : undefined;
      const scheduler = await startScheduler(app.deps, { ...config.schedule, pollAtStart: true, ...(queue ? { queue } : {}) });
      stops.unshift(() => scheduler.stop());
      await waitForShutdown(app.logger);
      return 0;
    } finally {
      for (const stop of stops) await stop().catch((err: unknown) => app.logger.warn({ err: String(err) }, 'stop failed'));
      await app.close();
    }
  },
};
