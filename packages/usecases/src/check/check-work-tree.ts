import { join } from 'node:path';
import { CODEOWNERS_FILE, type CatalogCheck, type CheckReport } from '@meshplane/core';
import {
  listSourceFolders,
  loadFilesSource,
  loadWorkTree,
  nameFileIndex,
  openParseIndex,
  readGitTree,
  readPolicyFiles,
  readPolicyFilesAt,
  readYamlDocument,
  resolveCommit,
  listWorkTreeFilesAsync,
  type ReadYaml,
  type WorkTreeListing,
} from '@meshplane/source';
import { rememberVerdicts } from './remember-verdicts.js';
import { readTextFile } from '../read-text-file.js';
import type { Repository } from '../repository/resolve-repository.js';
import { checkSnapshotCatalogs, type CatalogSnapshot, type SnapshotCheckInput } from './check-snapshots.js';
import { keepReports, keyGovernanceCheck } from './remember-check-report.js';

export interface GovernanceOptions {
  /** The pull request's base: policies and waivers are taken from it, never from the head. */
  base?: string;
  /** Today as `YYYY-MM-DD` (waiver expiry, `enforceFrom`, consumer `until`, deprecation notice). */
  today: string;
  /** False: parse every file and remember nothing: no parse index, no remembered report (the reference the caches are tested against). Default true. */
  useIndex?: boolean;
  /** The head catalog, when the caller has already loaded and checked the work tree (the site build does). */
  checked?: CatalogCheck;
  /** With a base: the SLO statuses and reliability-fix flag the error-budget gate judges the change with. */
  budgetGate?: SnapshotCheckInput['budgetGate'];
  /** What runs were observed doing: `input.runtime` for the policies, and drift warnings for a pull request. */
  runtime?: SnapshotCheckInput['runtime'];
  /** With a base, on a pull request: what its reviews say of the agreements it changes (the check action reads them). */
  approvals?: SnapshotCheckInput['approvals'];
}

/**
 * The check every entry point runs: schema and mesh checks of the catalog, on a pull request the change analysis
 * (breaking changes, version bumps, affected consumers, lifecycle), then the governance policies, then the waivers over
 * all of it. With a base ref the bundle and the waivers come from the base, so a pull request cannot weaken or waive
 * the rules that judge it; when it changes `policies/`, the head bundle runs too and the report carries its impact.
 */
export async function runGovernanceCheck(repo: Repository, options: GovernanceOptions): Promise<CheckReport> {
  // The same files, policies, base commit, day and code as a check before: its report, remembered (remember-check-report.ts).
  // Git's listing of the catalog files, once: it keys the report and tells the loader which files changed.
  const listing = options.checked ? undefined : await listWorkTreeFilesAsync(repo.root, { catalogRoot: repo.catalogRoot });
  const key = keyGovernanceCheck(repo, options, listing);
  const reports = keepReports(repo.root);
  const remembered = key === undefined ? undefined : reports.read(key);
  if (remembered) return remembered;
  const { report } = await runGovernanceCheckWithCatalogs(repo, options, listing);
  // A file edited while the check ran may be in the report with bytes the key does not name: then it is not remembered.
  if (key !== undefined && keyGovernanceCheck(repo, options, listing) === key) reports.write(key, report);
  return report;
}

/** {@link runGovernanceCheck}, also returning the checked catalogs (the pull request summary routes from them). */
export async function runGovernanceCheckWithCatalogs(
  repo: Repository,
  options: GovernanceOptions,
  listing?: WorkTreeListing,
): Promise<{ report: CheckReport; head: CatalogCheck; base?: CatalogCheck; baseCommit?: string }> {
  const codeowners = readTextFile(join(repo.root, CODEOWNERS_FILE));
  // The parse index: each file already read (in the base commit, or in the last run) is not parsed again.
  const index = options.useIndex === false ? undefined : openParseIndex(join(repo.root, '.meshplane/cache/index'));
  const reader = (used: Set<string>): ReadYaml => index?.reader(used) ?? readYamlDocument;
  const memo = index ? rememberVerdicts(index) : undefined;
  const saves: (() => void)[] = [];
  let base: SnapshotCheckInput['base'];
  if (options.base) {
    const commit = resolveCommit(repo.root, options.base);
    const files = readGitTree(repo.root, commit, listSourceFolders({ catalogRoot: repo.catalogRoot }));
    const name = nameFileIndex(files.map((f) => ({ path: f.path, oid: f.oid ?? '' })));
    // A base not indexed yet (the default branch moved on) shares most files with the last work tree: start from it.
    if (index && !index.load(name)) index.load('worktree');
    const used = new Set<string>();
    base = {
      source: { ...loadFilesSource(files, reader(used)), ...(memo ? { memo } : {}) },
      policies: readPolicyFilesAt(repo.root, commit),
      commit,
      label: `base ${options.base} (${commit.slice(0, 12)})`,
    };
    saves.push(() => {
      index?.save(name, used);
      // The base and one other commit (a default branch that just moved, a release branch) stay stored.
      index?.prune(new Set([name]), 1);
    });
  }
  // A head checked already (the site build's) reads nothing from the index.
  if (!options.checked) index?.load('worktree');
  const usedHead = new Set<string>();
  const head: CatalogSnapshot = {
    source: options.checked
      ? { documents: [], findings: [], files: [] }
      : { ...loadWorkTree(repo.root, { catalogRoot: repo.catalogRoot }, reader(usedHead), listing), ...(memo ? { memo } : {}) },
    policies: readPolicyFiles(repo.root),
    ...(codeowners === undefined ? {} : { codeowners }),
  };
  if (!options.checked) saves.push(() => index?.save('worktree', usedHead));
  const checked = await checkSnapshotCatalogs({
    root: repo.root,
    catalogRoot: repo.catalogRoot,
    config: repo.config,
    cacheRoot: join(repo.root, '.meshplane'),
    head,
    ...(options.checked ? { headCheck: options.checked } : {}),
    ...(base ? { base } : {}),
    ...(options.budgetGate ? { budgetGate: options.budgetGate } : {}),
    ...(options.runtime ? { runtime: options.runtime } : {}),
    ...(options.approvals ? { approvals: options.approvals } : {}),
    today: options.today,
  });
  // Stored after the check, with the verdicts it worked out for new files.
  for (const save of saves) save();
  return { ...checked, ...(base?.commit ? { baseCommit: base.commit } : {}) };
}
