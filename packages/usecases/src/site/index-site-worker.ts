import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from './build-search-records.js';
import type { IndexSiteAnswer } from './index-site.js';
import { indexSiteHere } from './index-site-here.js';

// The search index thread (index-site.ts): builds the Pagefind index and answers once.
const { outDir, records } = workerData as { outDir: string; records: SearchRecord[] };
const answer = (a: IndexSiteAnswer): void => parentPort?.postMessage(a);
indexSiteHere(outDir, records).then(
  (pages) => answer({ pages }),
  (e: unknown) => answer({ error: e instanceof Error ? e.message : String(e) }),
);
