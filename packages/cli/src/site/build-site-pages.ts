import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { UsageError } from '../usage-error.js';
import type { SearchRecord } from './build-search-records.js';

/** The Astro project of the catalog site, beside the packages in the Meshplane repository. */
export const SITE_DIR = fileURLToPath(new URL('../../../../site/', import.meta.url));

/**
 * Runs `astro build` of the site over the export file at `exportFile`, into `outDir`, in a child process: Astro and
 * Vite log to the console, and only main.ts may print, so their output is captured and shown only when the build fails.
 * Asynchronous, so the search index and the analysts' catalog are written while Astro renders.
 */
export async function buildAstroSite(exportFile: string, outDir: string): Promise<void> {
  const astro = join(dirname(createRequire(join(SITE_DIR, 'package.json')).resolve('astro/package.json')), 'astro.js');
  // Astro renders pages from chunks it writes under the working directory (when outDir lies outside it). A fresh
  // folder inside the site for each build lets those chunks resolve astro's dependencies from the site's
  // node_modules, and keeps two builds at once (tests, CI) from sharing scratch space.
  const scratch = mkdtempSync(join(SITE_DIR, '.build-'));
  try {
    const r = await runChild(process.execPath, [astro, 'build', '--root', SITE_DIR, '--outDir', outDir, '--silent'], {
      cwd: scratch,
      env: { ...process.env, MESHPLANE_EXPORT: exportFile, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (r.status !== 0) throw new UsageError(`The site build failed (astro build exited ${r.status}):\n${r.output.trim()}`, 'site-build');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs a process to its end, keeping the last 256 KiB of its output (stderr and stdout together). */
function runChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => void (output = (output + chunk.toString('utf8')).slice(-256 * 1024));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Indexes the product pages with Pagefind from their search records (see build-search-records.ts); the index goes
 * to `<outDir>/pagefind/`. Returns how many pages it indexed.
 */
export async function indexSite(outDir: string, records: readonly SearchRecord[]): Promise<number> {
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
