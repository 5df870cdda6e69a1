// Structured logging (pino) to stderr, so stdout stays clean for CLI output such as `analyze --json`.
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths never written to logs: tokens, secrets, webhook URLs (they embed credentials). */
export const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.webhookUrl',
  '*.password',
  '*.authorization',
  'headers.authorization',
  'config.discord.token',
  'config.slack.botToken',
  'config.slack.appToken',
  'config.slack.signingSecret',
];

export function createLogger(opts: { level?: string; name?: string } = {}): Logger {
  return pino(
    {
      name: opts.name ?? 'dprkwatch',
      level: opts.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

/** A logger that discards everything (tests, quiet CLI paths). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
