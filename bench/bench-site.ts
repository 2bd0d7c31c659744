import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, dropCheckCaches, lastLine, notRun, type BenchMesh } from './bench-ours.js';
import { listManifests } from './bench-peers.js';
import { reviseProducts } from './bench-pr-check.js';
import { measureProcess, summarizeRuns, type ProcessRun } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

const MEASURE = 'mesh site build (check, export, Astro pages, Pagefind, catalog.duckdb)';

/** Bytes and files under a folder (0 when it does not exist). */
export function measureFolder(dir: string, only: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return { bytes, files };
  }
  for (const name of names) {
    const st = statSync(join(dir, name));
    if (st.isFile() && only(name)) {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Bytes as people read them: `730 KiB`, `48.2 MiB`. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** Where {@link benchSiteBuild} writes the site (beside the mesh). */
export const siteOutDir = (mesh: BenchMesh): string => join(mesh.dir, '..', 'site-out');

/**
 * `mesh site build` of the generated mesh as a process, `runs` times (cold: each run parses, checks, exports and renders
 * from scratch into an empty folder, with no parse index and no remembered policy results). Notes: pages written,
 * output and Pagefind index size, and the steps of the median run as the build reports them (`--format json`). With
 * `keep`, the last run's site stays in {@link siteOutDir} (for the search latency measure).
 */
export function benchSiteBuild(mesh: BenchMesh, runs: number, options: { keep?: boolean } = {}): BenchRow {
  const late = mesh.overBudget();
  if (late) return notRun(MEASURE, mesh, late);
  const out = siteOutDir(mesh);
  const results: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(out, { recursive: true, force: true });
    dropCheckCaches(mesh.dir);
    const r = measureProcess(process.execPath, [CLI, 'site', 'build', mesh.dir, '--out', out, '--format', 'json', '--today', mesh.today], {
      timeoutMs: 1_200_000,
    });
    if (r.status !== 0)
      return { measure: MEASURE, products: mesh.products, result: { notRun: `exit ${r.status}: ${lastLine(r.stderr || r.stdout)}` }, notes: '' };
    results.push(r);
  }
  const summary = summarizeRuns(results);
  const median = [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)] as ProcessRun;
  const phases = Object.entries((JSON.parse(median.stdout) as { phases: Record<string, number> }).phases)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  const all = measureFolder(out);
  const html = measureFolder(out, (n) => n.endsWith('.html'));
  const index = measureFolder(join(out, 'pagefind'));
  const notes = `${html.files} HTML pages; output ${formatBytes(all.bytes)} in ${all.files} files; Pagefind index ${formatBytes(index.bytes)} in ${index.files} files; median run: ${phases}`;
  if (!options.keep) rmSync(out, { recursive: true, force: true });
  return { measure: MEASURE, products: mesh.products, result: summary, notes };
}

const REBUILD = 'mesh site re-build after 10 products changed (target ≤ 15 s)';

/**
 * `mesh site build` again over the site {@link benchSiteBuild} kept, after 10 more products were revised: the parse
 * index and the policy results of the last build are there, as on a CI runner that restores `.meshplane/` and the
 * site, and the build keeps the product pages and contracts whose input did not change. One run (a site build at 10 000 products takes more than a minute).
 */
export function benchSiteRebuild(mesh: BenchMesh): BenchRow {
  const late = mesh.overBudget();
  if (late) return notRun(REBUILD, mesh, late);
  reviseProducts(mesh.dir, listManifests(mesh.dir).sort().slice(10, 20));
  const out = siteOutDir(mesh);
  const r = measureProcess(process.execPath, [CLI, 'site', 'build', mesh.dir, '--out', out, '--format', 'json', '--today', mesh.today], {
    timeoutMs: 1_200_000,
  });
  if (r.status !== 0)
    return { measure: REBUILD, products: mesh.products, result: { notRun: `exit ${r.status}: ${lastLine(r.stderr || r.stdout)}` }, notes: '' };
  const built = JSON.parse(r.stdout) as { phases: Record<string, number>; pagesKept: number; products: number };
  const phases = Object.entries(built.phases)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  return {
    measure: REBUILD,
    products: mesh.products,
    result: summarizeRuns([r]),
    notes: `${built.pagesKept} of ${built.products} product pages kept from the last build; ${phases}`,
  };
}
