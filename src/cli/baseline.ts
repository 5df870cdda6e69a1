// Placeholder until the baseline command lands (owned by the compare/analyze work).
import type { CliCommand } from './command.js';

export const baselineCommand: CliCommand = {
  name: 'baseline',
  summary: 'not built yet',
  usage: 'dprkwatch baseline',
  async run(_argv, io) {
    io.stderr('dprkwatch baseline: not built yet\n');
    return 1;
  },
};
