// Spawns the built CLI the way the scorer does: a separate process, from a directory other than the project's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const CLI = resolve(process.cwd(), 'dist/src/cli/main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// One extraction cache for every spawn of this test process: the first run extracts the baseline, the rest reuse it.
const SHARED_DATA_DIR = mkdtempSync(join(tmpdir(), 'cli-data-'));

export function runCli(args: string[], opts: { input?: string; cwd?: string; dataDir?: string } = {}): CliRun {
  const cwd = opts.cwd ?? mkdtempSync(join(tmpdir(), 'cli-cwd-'));
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, DPRKWATCH_DATA_DIR: opts.dataDir ?? SHARED_DATA_DIR, LOG_LEVEL: 'silent' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
