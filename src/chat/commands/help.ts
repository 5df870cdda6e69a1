// `help`: every command with its usage; built from the same list the adapters register.
import { noMoreArgs } from '../args.js';
import type { ChatCommand } from '../types.js';

/** Takes the list lazily because the list itself contains help. */
export function makeHelpCommand(commands: () => readonly ChatCommand[]): ChatCommand {
  return {
    name: 'help',
    description: 'What the dprk commands do',
    usage: 'help',
    adminOnly: false,
    options: [],
    async run(args) {
      noMoreArgs(args, 'help');
      const lines = commands().map(
        (c) => `/dprk ${c.usage} — ${c.description}${c.adminOnly ? ' (admins only)' : ''}`,
      );
      return { type: 'text', title: 'dprkwatch commands', lines, ephemeral: true };
    },
  };
}
