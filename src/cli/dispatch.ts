// Dispatches argv to one file per subcommand (listed explicitly). Exit codes: 0 ok, 1 runtime failure, 2 bad usage.
import { UserError, errorMessage } from '../shared/errors.js';
import type { CliCommand, CliIO } from './command.js';

// Loaded on demand: `analyze` runs once per article in the evaluation and must not pay for discord.js, Bolt or pg.
const commands: Record<string, () => Promise<CliCommand>> = {
  analyze: async () => (await import('./analyze.js')).analyzeCommand,
  baseline: async () => (await import('./baseline.js')).baselineCommand,
  run: async () => (await import('./run.js')).runCommand,
  poll: async () => (await import('./poll.js')).pollCommand,
  feeds: async () => (await import('./feeds.js')).feedsCommand,
  digest: async () => (await import('./digest.js')).digestCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
  'register-commands': async () => (await import('./register-commands.js')).registerCommandsCommand,
};

async function help(): Promise<string> {
  const loaded = await Promise.all(Object.values(commands).map((load) => load()));
  const rows = loaded.map((c) => `  ${c.name.padEnd(18)} ${c.summary}`).join('\n');
  return `usage: dprkwatch <command> [options]\n\ncommands:\n${rows}\n\nRun 'dprkwatch <command> --help' for a command's options.\n`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`dprkwatch: unknown command '${name}'; run 'dprkwatch --help'\n`);
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${cmd.usage}\n\n${cmd.summary}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`dprkwatch ${name}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`dprkwatch ${name}: ${errorMessage(err)}\n`);
    return 1;
  }
}

