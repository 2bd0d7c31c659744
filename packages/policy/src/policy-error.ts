import type { Finding } from '@meshplane/core';

/**
 * A fault of the policy toolchain (no `opa`, a bundle that does not compile, an evaluation that throws). Never a
 * verdict on a product: callers turn it into a failing check. `findings` carries the file:line details when known.
 */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly code: 'opa-missing' | 'opa-failed' | 'compile-failed' | 'evaluation-failed' | 'bad-bundle',
    readonly findings: Finding[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PolicyError';
  }
}
