// `dprkwatch poll --once`: one cycle over the due feeds (or all with --force), then exit.
// Without --once: the worker alone (no chat bots), on the configured schedule.
import type { CliCommand } from './command.js';
import { CONFIG_OPTION, configFrom, parseCommandArgs } from './args.js';
import { createApp } from '../main.js';
import { runPollCycle } from '../pipeline/cycle.js';
import { startScheduler } from '../pipeline/scheduler.js';
import { createPgBossQueue } from '../pipeline/queue/pgboss.js';
import { waitForShutdown } from './shutdown.js';

export const pollCommand: CliCommand = {
  name: 'poll',
  summary: 'poll the feeds: one cycle with --once, else on the configured schedule',
  usage: 'dprkwatch poll [--once] [--force] [--feed ID]... [--config FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { ...CONFIG_OPTION, once: { type: 'boolean' }, force: { type: 'boolean' }, feed: { type: 'string', multiple: true } },
      false,
    );
    const config = configFrom(values, io);
    const app = await createApp(config, { write: io.stdout });
    try {
      if (values.once) {
        const report = await runPollCycle(app.deps, { force: Boolean(values.force), ...(values.feed ? { feedIds: values.feed } : {}) });
        const failed = report.feeds.filter((f) => f.status === 'failed');
        io.stderr(
          `polled ${report.feeds.length} feed(s): ${report.feeds.reduce((n, f) => n + f.newItems, 0)} new item(s), ` +
            `${report.feeds.reduce((n, f) => n + f.alerts, 0)} alert(s), ${report.delivered.sent} message(s) sent, ${failed.length} feed(s) failed\n`,
        );
        for (const f of failed) io.stderr(`  ${f.feedId}: ${f.error}\n`);
        return 0;
      }
      const queue = config.databaseUrl
        ? createPgBossQueue(config.databaseUrl, { logger: app.logger, concurrency: config.polling.concurrency })
        : undefined;
      const scheduler = await startScheduler(app.deps, { ...config.schedule, pollAtStart: true, ...(queue ? { queue } : {}) });
      await waitForShutdown(app.logger);
      await scheduler.stop();
      return 0;
    } finally {
      await app.close();
    }
  },
};
