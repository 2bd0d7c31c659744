import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCatalogExport, decideVerdict, type SloReportExport } from '@meshplane/core';
import { compilePolicyBundle } from '@meshplane/policy';
import { writeCatalogDatabase } from '@meshplane/platform';
import { readManifestHistory, readPolicyFiles } from '@meshplane/source';
import { checkRepository, resolveRepository } from '../resolve-repository.js';
import { UsageError } from '../usage-error.js';
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
 * shapes the result for the site, builds the Astro pages into `out`, indexes them with Pagefind, and writes the catalog
 * for analysts (`downloads/catalog.duckdb`, `downloads/products.parquet`). A catalog with
 * errors still builds (its schema-valid products are shown; the verdict is reported), since the site is how people
 * find out what is wrong.
 */
export async function runSiteBuild(path: string | undefined, options: { out?: string; today: string; sloStatus?: string }): Promise<SiteBuildResult> {
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
    ...readSloExport(options.sloStatus ? resolve(options.sloStatus) : join(repo.root, '.meshplane/slo-status.json'), options.sloStatus !== undefined),
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
    await writeCatalogDatabase(join(outDir, 'downloads', 'catalog.duckdb'), data);
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

/**
 * The SLO statuses `mesh slo evaluate` wrote (`.meshplane/slo-status.json`, or the file `--slo-status` names). Without
 * an evaluation the site says SLOs are not evaluated yet; a file named but unreadable is a usage fault.
 */
function readSloExport(file: string, named: boolean): { slo?: SloReportExport } {
  if (!existsSync(file)) {
    if (named) throw new UsageError(`No SLO statuses at ${file}: run mesh slo evaluate first.`);
    return {};
  }
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as SloReportExport;
    if (data && typeof data.products === 'object') return { slo: data };
  } catch {
    // reported below
  }
  if (named) throw new UsageError(`${file} is not the export of mesh slo evaluate.`);
  return {};
}
