import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { UsageError } from '../usage-error.js';

/** The Astro project of the catalog site, beside the packages in the Meshplane repository. */
export const SITE_DIR = fileURLToPath(new URL('../../../../site/', import.meta.url));

/**
 * Runs `astro build` of the site over the export file at `exportFile`, into `outDir`, in a child process: Astro and
 * Vite log to the console, and only main.ts may print, so their output is captured and shown only when the build fails.
 */
export function buildAstroSite(exportFile: string, outDir: string): void {
  const astro = join(dirname(createRequire(join(SITE_DIR, 'package.json')).resolve('astro/package.json')), 'astro.js');
  // Astro renders pages from chunks it writes under the working directory (when outDir lies outside it). A fresh
  // folder inside the site for each build lets those chunks resolve astro's dependencies from the site's
  // node_modules, and keeps two builds at once (tests, CI) from sharing scratch space.
  const scratch = mkdtempSync(join(SITE_DIR, '.build-'));
  try {
    const r = spawnSync(process.execPath, [astro, 'build', '--root', SITE_DIR, '--outDir', outDir, '--silent'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, MESHPLANE_EXPORT: exportFile, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new UsageError(`The site build failed (astro build exited ${r.status}):\n${(r.stderr + r.stdout).trim()}`, 'site-build');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Indexes the built pages with Pagefind (the index goes to `<outDir>/pagefind/`); returns how many pages it indexed. */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new UsageError(`Pagefind could not start: ${errors.join('; ')}`, 'site-index');
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new UsageError(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`, 'site-index');
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new UsageError(`Pagefind could not write its index: ${written.errors.join('; ')}`, 'site-index');
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
