import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fingerprintCode, listFiles } from '../fingerprint-code.js';
import { SITE_DIR } from './build-astro-site.js';

/** The file at the root of a built site that says what built it and the key of each page and contract it holds. */
export const BUILD_RECORD = '.meshplane-build.json';

/**
 * What a site build leaves beside its files for the next build: the fingerprint of the code and options that built it,
 * the key of every product page (site/src/lib/reuse-pages.ts) and of every data contract download
 * (write-contract-downloads.ts). A file whose key is unchanged is moved into the next build instead of being made again.
 */
export interface SiteBuildRecord {
  format: 1;
  fingerprint: string;
  pages: Record<string, string>;
  contracts: Record<string, string>;
}

/** The last build, set aside for this one to take unchanged files from. */
export interface LastSite {
  dir: string;
  record: SiteBuildRecord;
}

/**
 * A hash of everything besides the catalog that shapes a built site: the code that runs ({@link fingerprintCode}:
 * Meshplane's version, the built packages that shape the export and the pages import, the lockfile with Astro's and
 * the YAML writer's versions; the bundle of an installed package), the base path, and the Astro project's files
 * (pages, components, styles, its config, the bundled core of an installed package). Two builds with the same
 * fingerprint render equal inputs to equal files.
 */
export function fingerprintSite(basePath: string): string {
  const hash = createHash('sha256').update(`${BUILD_RECORD} 2\0${fingerprintCode()}\0${basePath}\0`);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'meshplane-core.js', 'src', 'public'])
    for (const file of listFiles(join(SITE_DIR, name)))
      hash
        .update(`${relative(SITE_DIR, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  return hash.digest('base64url');
}

/**
 * Clears `outDir` for a new build. A site built there by the same code and options (its {@link BUILD_RECORD} holds
 * `fingerprint`) is moved to `aside` for the new build to take unchanged files from; anything else there is removed.
 */
export function setAsideLastSite(outDir: string, aside: string, fingerprint: string): LastSite | undefined {
  const record = readBuildRecord(outDir);
  if (record?.fingerprint !== fingerprint) {
    rmSync(outDir, { recursive: true, force: true });
    return undefined;
  }
  renameSync(outDir, aside);
  return { dir: aside, record };
}

function readBuildRecord(outDir: string): SiteBuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(outDir, BUILD_RECORD), 'utf8')) as SiteBuildRecord;
    return record.format === 1 && typeof record.fingerprint === 'string' && record.pages && record.contracts ? record : undefined;
  } catch {
    return undefined;
  }
}

/** After a failed build: the last site back in `outDir` as it was, when it had been set aside. */
export function restoreLastSite(outDir: string, last: LastSite | undefined): void {
  if (!last) return;
  rmSync(outDir, { recursive: true, force: true });
  renameSync(last.dir, outDir);
}

/**
 * Moves the files of the product pages this build kept from the last one into `outDir`: each product's folder (its
 * page and README images) and its JSON. The pages chose them only where both files were there.
 */
export function moveKeptPages(last: LastSite, outDir: string, kept: readonly string[]): void {
  mkdirSync(join(outDir, 'products'), { recursive: true });
  mkdirSync(join(outDir, 'api', 'products'), { recursive: true });
  for (const id of kept) {
    renameSync(join(last.dir, 'products', id), join(outDir, 'products', id));
    renameSync(join(last.dir, 'api', 'products', `${id}.json`), join(outDir, 'api', 'products', `${id}.json`));
  }
}

/** Writes the record of a finished build into its folder. */
export function writeBuildRecord(outDir: string, record: SiteBuildRecord): void {
  writeFileSync(join(outDir, BUILD_RECORD), `${JSON.stringify(record)}\n`);
}
