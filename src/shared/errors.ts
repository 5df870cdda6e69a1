// Error classes by audience: a UserError is shown to the user as is; anything else is logged as a failure.

/** Bad usage or input: shown to the user (CLI exit code 2, ephemeral chat reply). */
export class UserError extends Error {
  override name = 'UserError';
}

/** A failure with a machine-readable code, e.g. a feed that cannot be fetched or parsed. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { retryAfterMs?: number; status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

export type AppErrorCode =
  | 'blocked-address'
  | 'bad-url'
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'network'
  | 'not-a-feed'
  | 'parse'
  | 'config'
  | 'store'
  | 'send';

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
