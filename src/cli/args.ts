// Argument parsing shared by the subcommands (node:util parseArgs, strict), with usage errors as UserError.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../shared/errors.js';
import { loadConfig, type AppConfig } from '../config/load.js';
import type { CliIO } from './command.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const CONFIG_OPTION = { config: { type: 'string' } } as const satisfies Options;

export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UserError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export function configFrom(values: { config?: string | boolean | undefined | (string | boolean)[] }, io: CliIO): AppConfig {
  const file = typeof values.config === 'string' ? values.config : undefined;
  return loadConfig({ env: io.env, cwd: io.cwd, ...(file ? { configFile: file } : {}) });
}

/** "24h", "2d", "30m" or an ISO date/time → ISO timestamp, relative to now. */
export function parseSince(input: string, now: Date): string {
  const rel = /^(\d+)\s*([mhdw])$/.exec(input.trim());
  if (rel) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[rel[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(rel[1]) * unit).toISOString();
  }
  const t = Date.parse(input);
  if (Number.isNaN(t)) throw new UserError(`--since: expected a duration like 24h or 2d, or an ISO date; got '${input}'`);
  return new Date(t).toISOString();
}
