import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readLatestObservedLineage, type RuntimeLineageInput } from '../lineage/read-observed-lineage.js';
import { basename, dirname, join, resolve } from 'node:path';
import { addProductDocs } from './read-product-docs.js';
import {
  buildCatalogExport,
  decideVerdict,
  type CatalogCheck,
  type ChangelogEntry,
  type CatalogExport,
  type CheckReport,
  type LastSitePages,
  type SitePageKeys,
  type SloReportExport,
} from '@meshplane/core';
import { compilePolicyBundle } from '@meshplane/policy';
import { writeCatalogDatabase } from '@meshplane/platform';
import { readPolicyFiles, startManifestHistory } from '@meshplane/source';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { runGovernanceCheck } from '../check/check-work-tree.js';
import { buildAstroSite } from './build-astro-site.js';
import { indexSite } from './index-site.js';
import { moveKeptContracts, writeContractDownloads } from './write-contract-downloads.js';
import { fingerprintSite, moveKeptPages, restoreLastSite, setAsideLastSite, writeBuildRecord, type LastSite } from './reuse-last-site.js';
import { timePhases } from './time-phases.js';
import { makeScratchFolder, removeEndedScratch } from './scratch-folders.js';
import { buildSearchRecords } from './build-search-records.js';
import { readBasePath } from './read-base-path.js';

/** What `mesh site build` made. */
export interface SiteBuildResult {
  outDir: string;
  /** The path the site's links start with (`/`, or `/<repo>/` for a GitHub Pages project site). */
  basePath: string;
  products: number;
  skipped: number;
  indexedPages: number;
  /** Product pages kept from the last build in the same folder (their input unchanged), not rendered again. */
  pagesKept: number;
  verdict: 'pass' | 'fail';
  milliseconds: number;
  /** Wall time of each step, in milliseconds, in the order they ran (for `--format json` and the bench). */
  phases: Record<string, number>;
}

/** The folder a site is built into when `--out` is not given: inside the repository's git-ignored `.meshplane/`. */
export function defaultSiteDir(root: string): string {
  return join(root, '.meshplane', 'site');
}

/**
 * `mesh site build [path] [--out DIR]`: checks the repository as `mesh check` does (schemas, mesh, policies, waivers),
 * shapes the result for the site, builds the Astro pages into `out`, indexes them with Pagefind, and writes the catalog
 * for analysts (`downloads/catalog.duckdb`, `downloads/products.parquet`) and each output port's data contract
 * (`downloads/odcs/<product>.<port>.odcs.yaml`, as `mesh export odcs` writes it) and each product as ODPS
 * (`downloads/odps/<product>.odps.yaml`). A catalog with
 * errors still builds (its schema-valid products are shown; the verdict is reported), since the site is how people
 * find out what is wrong. Every link, asset and fetch of the site starts with `basePath` (see {@link readBasePath};
 * checked before the output folder is touched).
 */
export async function buildSite(
  repo: Repository,
  options: { out?: string; today: string; sloStatus?: string; basePath?: string; observed?: string },
): Promise<SiteBuildResult> {
  const basePath = readBasePath(options.basePath);
  // Read before the output folder is emptied: a wrong --slo-status is a usage fault that leaves the last site as it was.
  const slo = readSloExport(options.sloStatus ? resolve(options.sloStatus) : join(repo.root, '.meshplane/slo-status.json'), options.sloStatus !== undefined);
  const runtime = readLatestObservedLineage(repo, options.observed ? resolve(options.observed) : undefined);
  const started = performance.now();
  const phases: Record<string, number> = {};
  const timed = timePhases(phases);
  const outDir = resolve(options.out ?? defaultSiteDir(repo.root));
  // Scratch space beside the output folder (one file system: the last build's files move, not copy): the export, the
  // files written while Astro renders, and the last build set aside.
  mkdirSync(dirname(outDir), { recursive: true });
  const scratchPrefix = `.${basename(outDir)}.build-`;
  // What killed builds left beside the output folder goes, while this one works.
  const cleaning = removeEndedScratch(dirname(outDir), scratchPrefix);
  const work = makeScratchFolder(dirname(outDir), scratchPrefix);
  const exportFile = join(work, 'catalog-export.json');
  const pageKeysFile = join(work, 'page-keys.json');
  const stop = new AbortController();
  let last: LastSite | undefined;
  let pages: Promise<void> | undefined;
  try {
    const fingerprint = fingerprintSite(basePath);
    last = setAsideLastSite(outDir, join(work, 'last'), fingerprint);
    mkdirSync(outDir, { recursive: true });
    if (last) writeFileSync(join(work, 'last-pages.json'), JSON.stringify({ dir: last.dir, keys: last.record.pages } satisfies LastSitePages));
    // Astro starts now: Vite bundles the site while the catalog is checked, and its pages wait for the export file.
    pages = timed('pages (astro build, from the start)', () =>
      buildAstroSite(exportFile, outDir, {
        work,
        basePath,
        signal: stop.signal,
        pageKeys: { out: pageKeysFile, ...(last ? { last: join(work, 'last-pages.json') } : {}) },
      }),
    );
    pages.catch(() => undefined);
    // And git reads every manifest's history meanwhile (about a second at 10 000 products).
    const history = startManifestHistory(repo.root, repo.catalogRoot, join(work, 'manifest-history.log'));
    history.catch(() => undefined);
    const data = await checkAndExport(repo, { today: options.today, slo, history, ...(runtime.observed ? { runtime } : {}) }, timed);
    // The search index and the analysts' catalog need only the export: they are written beside, while Astro renders
    // (Astro owns the output folder until it ends), then moved in. Pagefind starts first, the longest of them: its
    // service indexes the first records while this process writes the export file Astro waits for.
    const beside = join(work, 'beside');
    const search = timed('search index (pagefind)', () => indexSite(beside, buildSearchRecords(data.export), stop.signal));
    search.catch(() => undefined);
    timed('export file', () => {
      writeFileSync(`${exportFile}.part`, JSON.stringify(data.export));
      renameSync(`${exportFile}.part`, exportFile);
    });
    const [, indexedPages, , contracts] = await Promise.all([
      pages,
      search,
      timed('catalog.duckdb', () => writeCatalogDatabase(join(beside, 'downloads', 'catalog.duckdb'), data.export)),
      timed('data contracts (ODCS, ODPS)', () =>
        writeContractDownloads(
          join(beside, 'downloads'),
          repo,
          data.check.index,
          data.export,
          last ? { dir: join(last.dir, 'downloads'), keys: last.record.contracts } : undefined,
        ),
      ),
    ]);
    const pageKeys = timed('files moved in', () => {
      moveInto(beside, outDir);
      const keys = JSON.parse(readFileSync(pageKeysFile, 'utf8')) as SitePageKeys;
      if (last) {
        moveKeptPages(last, outDir, keys.reused);
        moveKeptContracts(join(last.dir, 'downloads'), join(outDir, 'downloads'), contracts.kept);
      }
      writeBuildRecord(outDir, { format: 1, fingerprint, pages: keys.keys, contracts: contracts.keys });
      return keys;
    });
    return {
      outDir,
      basePath,
      products: data.export.counts.products,
      skipped: data.export.counts.skipped,
      indexedPages,
      pagesKept: pageKeys.reused.length,
      verdict: decideVerdict(data.report),
      milliseconds: Math.round(performance.now() - started),
      phases,
    };
  } catch (e) {
    stop.abort();
    await pages?.catch(() => undefined);
    restoreLastSite(outDir, last);
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
    await cleaning;
  }
}

/** The check `mesh check` runs (schemas, mesh, policies, waivers) and its result shaped for the site. */
async function checkAndExport(
  repo: Repository,
  options: { today: string; slo: { slo?: SloReportExport }; history: Promise<Map<string, ChangelogEntry[]>>; runtime?: RuntimeLineageInput },
  timed: ReturnType<typeof timePhases>,
): Promise<{ export: CatalogExport; report: CheckReport; check: CatalogCheck }> {
  const check = timed('load and check', () => checkRepository(repo, 'check', options.today));
  const report = await timed('policies', () =>
    runGovernanceCheck(repo, { today: options.today, checked: check, ...(options.runtime ? { runtime: options.runtime } : {}) }),
  );
  const files = readPolicyFiles(repo.root);
  const rules = files ? compilePolicyBundle(files, { cacheDir: join(repo.root, '.meshplane/cache/policy') }).rules : [];
  // What is left of reading the history once the check is done: usually parsing its log.
  const history = await timed('changelog (git log)', () => options.history);
  const data = timed('export', () =>
    buildCatalogExport(check, {
      findings: report.findings,
      rules,
      history,
      today: options.today,
      addressPrefix: repo.config.catalog?.addressPrefix ?? 'dp://',
      ...(repo.config.scorecard ? { scorecard: repo.config.scorecard } : {}),
      ...(options.runtime?.observed ? { observed: options.runtime.observed } : {}),
      ...options.slo,
    }),
  );
  timed('documentation files', () => addProductDocs(data, repo.root));
  return { export: data, report, check };
}

/** Moves every entry of `from` into `to` (renamed when on one file system, copied otherwise). */
function moveInto(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    try {
      renameSync(join(from, name), join(to, name));
    } catch {
      cpSync(join(from, name), join(to, name), { recursive: true });
    }
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
