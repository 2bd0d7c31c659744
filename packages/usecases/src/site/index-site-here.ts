import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { UsageError } from '../usage-error.js';
import type { SearchRecord } from './build-search-records.js';

/**
 * Indexes the product pages with Pagefind on the calling thread: what index-site.ts's thread runs, and what it runs
 * itself when the thread's script is missing. Kept apart so the thread's bundle holds only this.
 */
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
