import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { UsageError } from '../usage-error.js';
import type { SearchRecord } from './build-search-records.js';

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

/** {@link indexSite} on the calling thread (what the thread runs). */
export async function indexSiteHere(outDir: string, records: readonly SearchRecord[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new UsageError(`Pagefind could not start: ${errors.join('; ')}`, 'site-index');
  try {
    // Sent in batches: one message at a time is slow, all 10 000 at once floods Pagefind's service pipe.
    for (let i = 0; i < records.length; i += 500) {
      const added = await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new UsageError(`Pagefind could not index the products: ${failed.join('; ')}`, 'site-index');
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new UsageError(`Pagefind could not write its index: ${written.errors.join('; ')}`, 'site-index');
    return records.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * The compiled thread script: beside this module (the workspace's dist/site/, or the installed package's bundle
 * folder, where it is bundled as `index-site-worker.js`), or in dist/ when this module runs from its sources.
 */
function findIndexWorker(): URL | undefined {
  for (const candidate of ['./index-site-worker.js', '../../dist/site/index-site-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
