// `dprkwatch digest [--since 24h|ISO]`: build the digest now and send it to the digest targets.
import type { CliCommand } from './command.js';
import { CONFIG_OPTION, configFrom, parseCommandArgs, parseSince } from './args.js';
import { createApp } from '../main.js';
import { runDigest } from '../pipeline/digest.js';

export const digestCommand: CliCommand = {
  name: 'digest',
  summary: 'build the digest of recent changes now and send it to the digest targets',
  usage: 'dprkwatch digest [--since 24h|2d|ISO-DATE] [--config FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...CONFIG_OPTION, since: { type: 'string' } }, false);
    const config = configFrom(values, io);
    const app = await createApp(config, { write: io.stdout });
    try {
      const since = values.since ? parseSince(values.since, app.deps.clock.now()) : undefined;
      const r = await runDigest(app.deps, since ? { since } : {});
      const lines = r.message.groups.reduce((n, g) => n + g.lines.length, 0);
      io.stderr(`digest ${r.message.since} → ${r.message.until}: ${lines} change(s), queued for ${r.queued} target(s), ${r.delivered.sent} sent\n`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
