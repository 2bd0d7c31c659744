import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '@meshplane/testkit';
import { listManifests } from './bench-peers.js';
import { CLI, dropCheckCaches, lastLine, notRun, type BenchMesh } from './bench-ours.js';
import { measureProcess, summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

/**
 * A pull request's check as CI runs it: `mesh check --base main` in a fresh process, with 10 products changed (a new
 * sentence in the description and a patch version), against the parse index of the base built by an earlier run.
 * Once as the first check of that change (its policy results dropped before each run, the base's kept) and once
 * checked again (its report remembered); then `mesh check` re-run on an unchanged work tree (its report remembered).
 */
/** Revises products as a pull request would: a new sentence in the description and the next patch version. */
export function reviseProducts(dir: string, manifests: readonly string[]): void {
  for (const file of manifests) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8')
      .replace(/^(\s+version: )(\d+)\.(\d+)\.(\d+)/m, (_m, pre: string, a: string, b: string, c: string) => `${pre}${a}.${b}.${Number(c) + 1}`)
      .replace(/^(\s+description: [>|]-?\n\s+)/m, '$1Revised. ');
    writeFileSync(path, text);
  }
}

export function benchPrCheck(mesh: BenchMesh, runs: number): BenchRow[] {
  const measure = 'PR check (`mesh check --base main`), 10 products changed';
  const late = mesh.overBudget();
  if (late) return [notRun(measure, mesh, late)];
  git(mesh.dir, 'init', '-q', '-b', 'main');
  git(mesh.dir, 'add', '-A');
  git(mesh.dir, 'commit', '-q', '-m', 'base');
  dropCheckCaches(mesh.dir);
  const args = [CLI, 'check', mesh.dir, '--base', 'main', '--today', mesh.today];
  const build = measureProcess(process.execPath, args);
  // The policy results the set-up run remembered: those of every product checked against this base, as a CI cache
  // restored from an earlier check of a pull request on the same base holds them.
  const results = join(mesh.dir, '.meshplane/cache/policy-results');
  const baseResults = `${results}.base`;
  cpSync(results, baseResults, { recursive: true });
  reviseProducts(mesh.dir, listManifests(mesh.dir).sort().slice(0, 10));
  // The first check of this change, each run: the base index and the base's policy results are there, none of the
  // change's, and no remembered report. The version bumps change nothing the policies read of other products (`data.mesh`), so only the changed
  // products are evaluated; a change to what they read (a lifecycle, a team) would evaluate every product.
  const first = Array.from({ length: runs }, () => {
    rmSync(join(mesh.dir, '.meshplane/cache/reports'), { recursive: true, force: true });
    rmSync(results, { recursive: true, force: true });
    cpSync(baseResults, results, { recursive: true });
    return measureProcess(process.execPath, args);
  });
  const pr = Array.from({ length: runs }, () => measureProcess(process.execPath, args));
  const rerun = Array.from({ length: runs }, () => measureProcess(process.execPath, [CLI, 'check', mesh.dir, '--today', mesh.today]));
  const failed = [...first, ...pr, ...rerun].find((r) => r.status !== 0);
  if (failed) return [{ measure, products: mesh.products, result: { notRun: `exit ${failed.status}: ${lastLine(failed.stdout + failed.stderr)}` }, notes: '' }];
  return [
    {
      measure: 'PR check, first run (parses the base and builds its index)',
      products: mesh.products,
      result: summarizeRuns([build]),
      notes: 'set-up of the rows below',
    },
    {
      measure: `${measure}, first check of the change`,
      products: mesh.products,
      result: summarizeRuns(first),
      notes:
        "the change's policy results and report dropped before each run; the base's index, policy results and own findings kept: the changed products evaluated",
    },
    {
      measure: `${measure}, checked again`,
      products: mesh.products,
      result: summarizeRuns(pr),
      notes: `its report remembered; ${lastLine(pr[0]?.stdout ?? '')}`,
    },
    { measure: 'mesh check re-run, unchanged catalog (its report remembered)', products: mesh.products, result: summarizeRuns(rerun), notes: '' },
  ];
}
