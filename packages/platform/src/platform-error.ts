/** Why a platform operation failed. Stable, for callers that react (exit codes, deployment statuses). */
export type PlatformErrorCode = 'unreachable' | 'auth-failed' | 'locked' | 'connection-lost' | 'apply-failed' | 'read-failed' | 'unsafe-name' | 'config';

/** A platform fault (not a verdict): the engine is unreachable, locked, or refused a statement. */
export class PlatformError extends Error {
  readonly code: PlatformErrorCode;

  constructor(code: PlatformErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlatformError';
    this.code = code;
  }
}

/** The message of anything thrown (libraries throw strings, objects and errors alike). */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return typeof cause === 'string' ? cause : JSON.stringify(cause);
}
