/** Why a GitHub call failed. Stable, for callers that react (exit codes, retries, reports). */
export type GithubErrorCode = 'unauthorized' | 'forbidden' | 'not-found' | 'invalid-request' | 'rate-limited' | 'server-error' | 'unreachable' | 'config';

/** A fault talking to GitHub (never a verdict): the API refused, failed or could not be reached. */
export class GithubError extends Error {
  readonly code: GithubErrorCode;
  /** The HTTP status, when GitHub answered. */
  readonly status?: number;

  constructor(code: GithubErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GithubError';
    this.code = code;
    if (options?.status !== undefined) this.status = options.status;
  }
}

/**
 * Wraps what Octokit threw (a RequestError with `status`, or a network error) into a GithubError with a stable code.
 * `doing` says what was attempted, for the message.
 */
export function toGithubError(cause: unknown, doing: string): GithubError {
  if (cause instanceof GithubError) return cause;
  const status = typeof cause === 'object' && cause !== null && 'status' in cause && typeof cause.status === 'number' ? cause.status : undefined;
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (status === undefined || (status === 500 && /fetch failed|ECONNREFUSED|ENOTFOUND/i.test(detail))) {
    return new GithubError('unreachable', `Could not reach GitHub to ${doing}: ${detail}`, { cause });
  }
  const code: GithubErrorCode =
    status === 401
      ? 'unauthorized'
      : status === 403 && /rate limit/i.test(detail)
        ? 'rate-limited'
        : status === 429
          ? 'rate-limited'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'not-found'
              : status === 422 || status === 400
                ? 'invalid-request'
                : 'server-error';
  return new GithubError(code, `GitHub answered ${status} to ${doing}: ${detail}`, { cause, status });
}
