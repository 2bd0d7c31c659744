import { describeCause, PlatformError } from './platform-error.js';
import type { TrinoStatement } from './render-trino-group-sql.js';
import { TrinoQueryError, type TrinoSession } from './trino-session.js';

/** How many independent statements (grants) run at once: Trino pays per statement, mostly waiting. */
const CONCURRENCY = 4;

/**
 * Runs a group's statements in order — a run of independent ones (`concurrent`) a few at a time — and stops at the
 * first failure, naming the step: Trino applies each statement on its own, so what ran stays applied and a re-run
 * finishes the rest. A statement's `tolerate`d error means it was already done.
 */
export async function applyTrinoStatements(session: TrinoSession, statements: TrinoStatement[], what: string): Promise<void> {
  const run = async (st: TrinoStatement, i: number): Promise<void> => {
    try {
      await session.run(st.sql);
    } catch (cause) {
      if (st.tolerate && cause instanceof TrinoQueryError && cause.errorName === st.tolerate) return;
      if (cause instanceof PlatformError && cause.code !== 'apply-failed') throw cause;
      throw new PlatformError(
        'apply-failed',
        `Applying ${what} stopped at step ${i + 1} of ${statements.length}: ${describeCause(cause)}. Trino applies each step on its own: the steps before it stay applied, and running the apply again plans from what the catalog holds and finishes the rest.`,
        { cause },
      );
    }
  };
  for (let i = 0; i < statements.length;) {
    const st = statements[i] as TrinoStatement;
    if (!st.concurrent) {
      await run(st, i++);
      continue;
    }
    const batch: Promise<void>[] = [];
    for (; i < statements.length && statements[i]?.concurrent && batch.length < CONCURRENCY; i++) batch.push(run(statements[i] as TrinoStatement, i));
    const results = await Promise.allSettled(batch);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
