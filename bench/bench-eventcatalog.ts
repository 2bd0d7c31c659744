import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoMesh } from '@meshplane/core';
import { REPO_ROOT } from '@meshplane/testkit';
import { lastLine, notRun, type BenchMesh } from './bench-ours.js';
import { formatBytes, measureFolder } from './bench-site.js';
import { measureProcessTree } from './measure-process-tree.js';
import type { BenchRow } from './render-bench-table.js';
import { writeEventCatalog } from './write-eventcatalog.js';

const EVENTCATALOG = join(REPO_ROOT, '.tools/eventcatalog');
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { meshplane: { eventcatalogVersion: string } }).meshplane
  .eventcatalogVersion;
const EVENTCATALOG_MEASURE = `EventCatalog ${VERSION} build, same products as events (peer)`;

/** Installs the pinned EventCatalog (scripts/setup-eventcatalog.mjs); returns why it cannot run, or undefined when it can. */
export function setUpEventCatalog(): string | undefined {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/setup-eventcatalog.mjs')], { encoding: 'utf8', timeout: 900_000 });
  if (r.status === 0) return undefined;
  return `setup failed: ${lastLine(r.stderr || r.stdout || String(r.error))}`;
}

/**
 * One `eventcatalog build` of the mesh's products written as an EventCatalog project, stopped after `timeoutMs` (at
 * 1 000 items it took 16 minutes on this kind of machine, and ran out of memory at 5 000). A run that fails or is
 * stopped is a row that says so, with how far it got and the memory it had reached.
 */
export async function benchEventCatalog(mesh: BenchMesh, cannotRun: string | undefined, timeoutMs: number): Promise<BenchRow> {
  const why = cannotRun ?? mesh.overBudget();
  if (why) return notRun(EVENTCATALOG_MEASURE, mesh, why);
  // Inside the install folder, so Node finds EventCatalog's packages in the folder above (as in the anchor's set-up):
  // with a symbolic link instead, Astro resolves its own components to paths outside the project and fails.
  const project = join(EVENTCATALOG, `catalog-${mesh.products}`);
  const written = writeEventCatalog(generateDemoMesh({ products: mesh.products, seed: 1, today: mesh.today }), project, VERSION);
  const env = {
    ...process.env,
    PATH: `${join(EVENTCATALOG, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    SCARF_ANALYTICS: 'false',
  };
  const r = await measureProcessTree(join(EVENTCATALOG, 'node_modules/.bin/eventcatalog'), ['build'], { cwd: project, env, timeoutMs });
  const pages = measureFolder(join(project, 'dist'), (n) => n.endsWith('.html')).files;
  const index = measureFolder(join(project, 'dist/pagefind'));
  const memory = `peak RSS of the whole process tree ${r.peakTreeRssMiB.toFixed(0)} MiB`;
  const input = `${written.events} events in ${written.services} services and ${written.domains} domains`;
  rmSync(project, { recursive: true, force: true });
  if (r.timedOut)
    return {
      measure: EVENTCATALOG_MEASURE,
      products: mesh.products,
      result: {
        notRun: `stopped at the ${+(timeoutMs / 60_000).toFixed(1)}-minute limit with ${pages} HTML pages written (largest process ${r.peakRssMiB.toFixed(0)} MiB, ${memory})`,
      },
      notes: input,
    };
  if (r.status !== 0) {
    const oom = /heap out of memory|Allocation failed/i.test(r.tail) ? 'out of memory: ' : '';
    return {
      measure: EVENTCATALOG_MEASURE,
      products: mesh.products,
      result: { notRun: `failed, ${oom}exit ${r.status}: ${findError(r.tail)} (${memory})` },
      notes: input,
    };
  }
  return {
    measure: EVENTCATALOG_MEASURE,
    products: mesh.products,
    result: { runs: 1, median: r.ms, min: r.ms, max: r.ms, peakRssMiB: r.peakRssMiB },
    notes: `${input}; ${pages} HTML pages; Pagefind index ${formatBytes(index.bytes)}; ${memory}`,
  };
}

/** The first line of a build's output that names an error (Astro's `[ERROR]`, a JavaScript error), else its last line. */
function findError(output: string): string {
  const line = output.split('\n').find((l) => /\[ERROR\]|Error:|heap out of memory/.test(l)) ?? lastLine(output);
  return line.trim().slice(0, 240);
}
