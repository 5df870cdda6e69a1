// The shape of one CLI subcommand: one file each, listed explicitly in main.ts.

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input as text (for `analyze -`). */
  readStdin: () => Promise<string>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 ok, 1 runtime failure, 2 bad usage/input (throw UserError for 2). */
  run(argv: string[], io: CliIO): Promise<number>;
}
