import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MESHPLANE_HOME } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';
import { makeScratchFolder, removeEndedScratch } from './scratch-folders.js';

/** The Astro project of the catalog site, beside the packages in the Meshplane repository. */
export const SITE_DIR = join(MESHPLANE_HOME, 'site/');

/**
 * Runs `astro build` of the site into `outDir`, in a child process, over the export file at `exportFile` (the pages
 * wait for it to appear, so the build can start before the export is written). Astro and Vite log to the console, and
 * only main.ts may print, so their output goes to a file in `work` and is shown only when the build fails. The build
 * stops when `signal` aborts. `basePath` becomes Astro's `base`: the pages' links start with it
 * (site/src/lib/site-paths.ts), the files stay at the root of `outDir`. With `pageKeys`, the product pages write their
 * keys to `pageKeys.out` and leave out those `pageKeys.last` (the last build's pages) holds unchanged
 * (site/src/lib/reuse-pages.ts).
 */
export async function buildAstroSite(
  exportFile: string,
  outDir: string,
  options: { work: string; basePath?: string; signal?: AbortSignal; pageKeys?: { out: string; last?: string } },
): Promise<void> {
  const astro = join(dirname(createRequire(join(SITE_DIR, 'package.json')).resolve('astro/package.json')), 'astro.js');
  // Astro renders pages from chunks it writes under the working directory (when outDir lies outside it). A fresh
  // folder inside the site for each build lets those chunks resolve astro's dependencies from the site's
  // node_modules, and keeps two builds at once (tests, CI) from sharing scratch space.
  // Those of builds that were killed are removed meanwhile.
  const cleaning = removeEndedScratch(SITE_DIR, '.build-');
  const scratch = makeScratchFolder(SITE_DIR, '.build-');
  const log = join(options.work, 'astro.log');
  try {
    // A larger young generation: the pages allocate many short-lived objects over a large export, and at 10 000
    // products the default spent about 0.8 s more in garbage collection (measured on a 2-core machine).
    const node = ['--max-semi-space-size=64'];
    const status = await runChild(
      process.execPath,
      [...node, astro, 'build', '--root', SITE_DIR, '--outDir', outDir, '--base', options.basePath ?? '/', '--silent'],
      {
        cwd: scratch,
        env: {
          ...withoutBuiltInEnvNames(process.env),
          MESHPLANE_EXPORT: exportFile,
          ...(options.pageKeys ? { MESHPLANE_PAGE_KEYS: options.pageKeys.out } : {}),
          ...(options.pageKeys?.last ? { MESHPLANE_LAST_PAGES: options.pageKeys.last } : {}),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        log,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    if (status !== 0)
      throw new UsageError(
        `The site build failed (astro build exited ${status}):\n${readFileSync(log, 'utf8')
          .trim()
          .slice(-64 * 1024)}`,
        'site-build',
      );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await cleaning;
  }
}

/**
 * The environment without the names Vite and Astro give `import.meta.env` themselves. Astro hands every variable of
 * the environment to the pages as `import.meta.env.*`, and one named `BASE_URL` (vitest sets it to `/` for its
 * workers, a CI may too) would override the base path the links are built with.
 */
function withoutBuiltInEnvNames(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // And the names this build sets itself, never inherited from a build that runs this one.
  const reserved = new Set([
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'SITE',
    'ASSETS_PREFIX',
    'MESHPLANE_EXPORT',
    'MESHPLANE_PAGE_KEYS',
    'MESHPLANE_LAST_PAGES',
  ]);
  return Object.fromEntries(Object.entries(env).filter(([name]) => !reserved.has(name)));
}

/**
 * Runs a process to its end with its output going to the file `log`: through a file, not a pipe, so the child never
 * stalls on a full pipe while this process is busy checking the catalog.
 */
function runChild(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string; signal?: AbortSignal },
): Promise<number | null> {
  const out = openSync(options.log, 'w');
  return new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', out, out],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  }).finally(() => closeSync(out));
}
