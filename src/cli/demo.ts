// `dprkwatch demo`: the product working offline in a minute. Serves the sample feeds of demo/samples.yaml from
// 127.0.0.1, runs one poll cycle against a fresh database, prints the alerts, then polls again to show that
// nothing is posted twice, and prints the digest.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { CliCommand } from './command.js';
import { parseCommandArgs } from './args.js';
import { loadConfig, PROJECT_ROOT } from '../config/load.js';
import { createApp } from '../main.js';
import { runPollCycle } from '../pipeline/cycle.js';
import { runDigest } from '../pipeline/digest.js';
import { loadSamples } from '../demo/samples.js';
import { startDemoServer } from '../demo/server.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'run one cycle on bundled sample feeds served locally, and print the alerts (no network, no account)',
  usage: 'dprkwatch demo [--keep] [--verbose]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { keep: { type: 'boolean' }, verbose: { type: 'boolean' } }, false);
    const samples = loadSamples(join(PROJECT_ROOT, 'demo/samples.yaml'));
    const dir = mkdtempSync(join(tmpdir(), 'dprkwatch-demo-'));
    const server = await startDemoServer(samples, () => new Date());
    try {
      const feeds = samples.feeds.map((f) => ({ id: f.id, url: server.feedUrl(f.id), name: f.name, language: f.language, intervalMinutes: 15 }));
      writeFileSync(join(dir, 'feeds.yaml'), stringify({ feeds }));
      writeFileSync(
        join(dir, 'dprkwatch.yaml'),
        stringify({
          feedsFile: 'feeds.yaml',
          topicDir: resolve(PROJECT_ROOT, 'config/topics/dprk-russia'),
          corpusDir: resolve(PROJECT_ROOT, 'corpus'),
          dataDir: join(dir, 'data'),
          allowPrivateAddresses: true,
          logLevel: values.verbose ? 'info' : 'warn',
          alerts: { targets: ['console'] },
          digest: { targets: ['console'], chart: false },
        }),
      );
      // Only the log level passes through: the demo never posts to a real webhook or database.
      const env = io.env.LOG_LEVEL ? { LOG_LEVEL: io.env.LOG_LEVEL } : {};
      const config = loadConfig({ env, configFile: join(dir, 'dprkwatch.yaml') });
      const app = await createApp(config, { write: io.stdout });
      try {
        io.stdout(`dprkwatch demo: ${feeds.length} sample feeds on ${server.baseUrl}, database in ${config.dataDir}\n\n`);
        const first = await runPollCycle(app.deps, { force: true });
        const items = first.feeds.reduce((n, f) => n + f.newItems, 0);
        io.stdout(`\n— first cycle: ${items} items read, ${first.delivered.sent} message(s) posted\n`);
        const second = await runPollCycle(app.deps, { force: true });
        io.stdout(`— second cycle (same feeds): ${second.delivered.sent} message(s) posted: nothing is posted twice\n\n`);
        await runDigest(app.deps, { since: new Date(Date.now() - 86_400_000).toISOString() });
      } finally {
        await app.close();
      }
      return 0;
    } finally {
      await server.close();
      if (values.keep) io.stdout(`kept ${dir}\n`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
};
