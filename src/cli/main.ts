// dprkwatch CLI entry (bin/dprkwatch.js imports this). Exit codes: 0 ok, 1 runtime failure, 2 bad usage.
import type { CliIO } from './command.js';
import { runCli } from './dispatch.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  readStdin,
};

const code = await runCli(process.argv.slice(2), io);
// Long-running commands (run) never return here; the rest exit once output is flushed.
process.exitCode = code;
