// Placeholder until the analyze command lands (owned by the compare/analyze work).
import type { CliCommand } from './command.js';

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'not built yet',
  usage: 'dprkwatch analyze',
  async run(_argv, io) {
    io.stderr('dprkwatch analyze: not built yet\n');
    return 1;
  },
};
