// `dprkwatch feeds list|add|remove|check`: manage the followed feeds and see what the bot makes of one.
import type { CliCommand, CliIO } from './command.js';
import { CONFIG_OPTION, configFrom, parseCommandArgs } from './args.js';
import { UserError } from '../shared/errors.js';
import { createApp } from '../main.js';
import { addFeed, removeFeed } from '../pipeline/feeds-admin.js';
import { runFeedsCheck } from './feeds-check.js';
import type { FeedRecord } from '../store/types.js';

const USAGE = `dprkwatch feeds list [--json]
       dprkwatch feeds add <url> [--id ID] [--name NAME] [--language xx] [--interval MINUTES] [--no-full-text]
       dprkwatch feeds remove <id>
       dprkwatch feeds check <url|file> [--json]
  (all take --config FILE)`;

function health(f: FeedRecord): string {
  if (f.failures > 0) return `FAILING x${f.failures}: ${f.lastError ?? 'unknown error'} (next try ${f.nextAttemptAt ?? 'now'})`;
  if (!f.lastSuccessAt) return 'not polled yet';
  return `ok, last ${f.lastSuccessAt}`;
}

async function list(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(argv, { ...CONFIG_OPTION, json: { type: 'boolean' } }, false);
  const app = await createApp(configFrom(values, io), { write: io.stdout });
  try {
    const feeds = await app.store.listFeeds();
    if (values.json) {
      io.stdout(`${JSON.stringify(feeds, null, 2)}\n`);
      return 0;
    }
    for (const f of feeds) {
      io.stdout(`${f.id}  [${f.language ?? '??'}] every ${f.intervalMinutes} min  ${f.origin}\n  ${f.url}\n  ${health(f)}\n`);
    }
    io.stdout(`${feeds.length} feed(s), ${feeds.filter((f) => f.failures > 0).length} failing\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function add(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...CONFIG_OPTION,
    id: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    interval: { type: 'string' },
    'no-full-text': { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UserError('feeds add takes exactly one URL');
  const interval = values.interval === undefined ? undefined : Number(values.interval);
  if (interval !== undefined && !(Number.isInteger(interval) && interval >= 1)) throw new UserError('--interval: whole minutes, at least 1');
  const app = await createApp(configFrom(values, io), { write: io.stdout });
  try {
    const r = await addFeed(
      {
        url: positionals[0]!,
        ...(values.id ? { id: values.id } : {}),
        ...(values.name ? { name: values.name } : {}),
        ...(values.language ? { language: values.language } : {}),
        ...(interval ? { intervalMinutes: interval } : {}),
        ...(values['no-full-text'] ? { fetchFullText: false } : {}),
      },
      {
        store: app.store,
        http: app.deps.http,
        allowPrivateAddresses: app.config.allowPrivateAddresses,
        defaultIntervalMinutes: app.config.polling.defaultIntervalMinutes,
        origin: 'cli',
      },
    );
    io.stdout(`added ${r.feed.id}: ${r.feed.url} (${r.title ?? 'untitled'}, ${r.items} item(s) now)\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function remove(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, CONFIG_OPTION);
  if (positionals.length !== 1) throw new UserError('feeds remove takes exactly one feed id');
  const app = await createApp(configFrom(values, io), { write: io.stdout });
  try {
    await removeFeed(positionals[0]!, app.store);
    io.stdout(`removed ${positionals[0]}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

export const feedsCommand: CliCommand = {
  name: 'feeds',
  summary: 'list, add, remove or check feeds',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    switch (sub) {
      case 'list':
        return list(rest, io);
      case 'add':
        return add(rest, io);
      case 'remove':
        return remove(rest, io);
      case 'check':
        return runFeedsCheck(rest, io);
      default:
        throw new UserError(`expected list, add, remove or check\nusage: ${USAGE}`);
    }
  },
};
