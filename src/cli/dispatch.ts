// Dispatches argv to one file per subcommand (listed explicitly). Exit codes: 0 ok, 1 runtime failure, 2 bad usage.
import { UserError, errorMessage } from '../shared/errors.js';
import type { CliCommand, CliIO } from './command.js';
import { analyzeCommand } from './analyze.js';
import { baselineCommand } from './baseline.js';
import { pollCommand } from './poll.js';
import { feedsCommand } from './feeds.js';
import { digestCommand } from './digest.js';
import { demoCommand } from './demo.js';

const commands: CliCommand[] = [analyzeCommand, baselineCommand, pollCommand, feedsCommand, digestCommand, demoCommand];

function help(): string {
  const rows = commands.map((c) => `  ${c.name.padEnd(18)} ${c.summary}`).join('\n');
  return `usage: dprkwatch <command> [options]\n\ncommands:\n${rows}\n\nRun 'dprkwatch <command> --help' for a command's options.\n`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`dprkwatch: unknown command '${name}'; run 'dprkwatch --help'\n`);
    return 2;
  }
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

