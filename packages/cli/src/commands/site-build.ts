import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCatalogExport, decideVerdict } from '@meshplane/core';
import { compilePolicyBundle } from '@meshplane/policy';
import { readManifestHistory, readPolicyFiles } from '@meshplane/source';
import { checkRepository, resolveRepository } from '../resolve-repository.js';
import { runGovernanceCheck } from '../pipeline/run-governance-check.js';
import { buildAstroSite, indexSite } from '../site/build-site-pages.js';

/** What `mesh site build` made. */
export interface SiteBuildResult {
  outDir: string;
  products: number;
  skipped: number;
  indexedPages: number;
  verdict: 'pass' | 'fail';
  milliseconds: number;
}

/** The folder a site is built into when `--out` is not given: inside the repository's git-ignored `.meshplane/`. */
export function defaultSiteDir(root: string): string {
  return join(root, '.meshplane', 'site');
}

/**
 * `mesh site build [path] [--out DIR]`: checks the repository as `mesh check` does (schemas, mesh, policies, waivers),
 * shapes the result for the site, builds the Astro pages into `out` and indexes them with Pagefind. A catalog with
 * errors still builds (its schema-valid products are shown; the verdict is reported), since the site is how people
 * find out what is wrong.
 */
export async function runSiteBuild(path: string | undefined, options: { out?: string; today: string }): Promise<SiteBuildResult> {
  const started = performance.now();
  const repo = resolveRepository(path);
  const report = await runGovernanceCheck(repo, { today: options.today });
  const check = checkRepository(repo);
  const files = readPolicyFiles(repo.root);
  const rules = files ? compilePolicyBundle(files, { cacheDir: join(repo.root, '.meshplane/cache/policy') }).rules : [];
  const data = buildCatalogExport(check, {
    findings: report.findings,
    rules,
    history: readManifestHistory(repo.root, repo.catalogRoot),
    today: options.today,
    addressPrefix: repo.config.catalog?.addressPrefix ?? 'dp://',
  });
  const outDir = resolve(options.out ?? defaultSiteDir(repo.root));
  const work = mkdtempSync(join(tmpdir(), 'meshplane-site-'));
  try {
    const exportFile = join(work, 'catalog-export.json');
    writeFileSync(exportFile, JSON.stringify(data));
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    buildAstroSite(exportFile, outDir);
    const indexedPages = await indexSite(outDir);
    return {
      outDir,
      products: data.counts.products,
      skipped: data.counts.skipped,
      indexedPages,
      verdict: decideVerdict(report),
      milliseconds: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
