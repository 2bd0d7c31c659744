import { Worker } from 'node:worker_threads';
import { findBuiltScript } from '@meshplane/source';
import { UsageError } from '../usage-error.js';
import type { SearchRecord } from './build-search-records.js';
import { indexSiteHere } from './index-site-here.js';

/** What the search index thread answers: the pages it indexed, or why it could not. */
export type IndexSiteAnswer = { pages: number } | { error: string };

/**
 * Indexes the product pages with Pagefind from their search records (see build-search-records.ts) on a thread of its
 * own; the index goes to `<outDir>/pagefind/`. Returns how many pages it indexed. Pagefind's service is fed by that
 * thread's event loop, so it never waits while this thread is busy (writing the export file, the contracts, the
 * analysts' database). Where the compiled thread script is missing (running from sources without a build, or a
 * bundle without it), the index is built on this thread: the same index either way. `signal` stops the thread.
 */
export function indexSite(outDir: string, records: readonly SearchRecord[], signal?: AbortSignal): Promise<number> {
  const script = findIndexWorker();
  if (!script) return indexSiteHere(outDir, records);
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { outDir, records } });
    const stop = (): void => void worker.terminate();
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (answer: IndexSiteAnswer) => ('error' in answer ? reject(new UsageError(answer.error, 'site-index')) : resolve(answer.pages)));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      // After an answer this changes nothing; without one, the thread died.
      reject(new UsageError(`The search index thread stopped (exit ${code}) before Pagefind finished.`, 'site-index'));
    });
  });
}

/** The compiled thread script: beside this module (the workspace's dist/site/, or the bundle folder), or in dist/. */
function findIndexWorker(): URL | undefined {
  return findBuiltScript(import.meta.url, ['./index-site-worker.js', '../../dist/site/index-site-worker.js']);
}
