import { createRequire as __meshplaneCreateRequire } from 'node:module';
const require = __meshplaneCreateRequire(import.meta.url);

// packages/usecases/dist/site/index-site-worker.js
import { parentPort, workerData } from "node:worker_threads";

// packages/usecases/dist/site/index-site-here.js
import { join } from "node:path";
import * as pagefind from "pagefind";

// packages/usecases/dist/usage-error.js
var UsageError = class extends Error {
  code;
  constructor(message, code = "usage") {
    super(message);
    this.code = code;
    this.name = "UsageError";
  }
};

// packages/usecases/dist/site/index-site-here.js
async function indexSiteHere(outDir2, records2) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index)
    throw new UsageError(`Pagefind could not start: ${errors.join("; ")}`, "site-index");
  try {
    for (let i = 0; i < records2.length; i += 500) {
      const added = await Promise.all(records2.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0)
        throw new UsageError(`Pagefind could not index the products: ${failed.join("; ")}`, "site-index");
    }
    const written = await index.writeFiles({ outputPath: join(outDir2, "pagefind") });
    if (written.errors.length > 0)
      throw new UsageError(`Pagefind could not write its index: ${written.errors.join("; ")}`, "site-index");
    return records2.length;
  } finally {
    await pagefind.close();
  }
}

// packages/usecases/dist/site/index-site-worker.js
var { outDir, records } = workerData;
var answer = (a) => parentPort?.postMessage(a);
indexSiteHere(outDir, records).then((pages) => answer({ pages }), (e) => answer({ error: e instanceof Error ? e.message : String(e) }));
