import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { CODEOWNERS_FILE, type CheckReport } from '@meshplane/core';
import { findOpa } from '@meshplane/policy';
import { fingerprintWorkTree, readPolicyFiles, resolveCommit, type WorkTreeListing } from '@meshplane/source';
import { fingerprintCode } from '../fingerprint-code.js';
import type { Repository } from '../repository/resolve-repository.js';
import type { GovernanceOptions } from './check-work-tree.js';
import { keepByKey, type KeptValues } from './keep-by-key.js';
import { readTextFile } from '../read-text-file.js';

/** Bumped whenever what a remembered report holds changes. */
const REPORT_FORMAT = 'meshplane-report 1';
/** How many reports are kept: the last checks of a few branches and bases. */
const KEPT_REPORTS = 16;

/**
 * The key of a check of the work tree: a hash of everything its report is made from — the files of the catalog (their
 * paths and bytes, from git: {@link fingerprintWorkTree}), the base commit the ref names now, the policy files, the
 * CODEOWNERS file, the configuration, today, the SLO statuses and observed lineage it judges with, the OPA version and
 * the code that runs ({@link fingerprintCode}); the files from git's `listing`. Undefined when the check cannot be keyed, and then it is not
 * remembered: outside git, with a head already checked by the caller, with approvals read from GitHub, or without OPA.
 */
export function keyGovernanceCheck(repo: Repository, options: GovernanceOptions, listing: WorkTreeListing | undefined): string | undefined {
  if (options.checked || options.approvals || options.useIndex === false) return undefined;
  const workTree = fingerprintWorkTree(repo.root, { catalogRoot: repo.catalogRoot }, listing);
  if (workTree === undefined) return undefined;
  let opa: string;
  try {
    opa = findOpa().version;
  } catch {
    return undefined;
  }
  const policies = readPolicyFiles(repo.root);
  const parts = {
    format: REPORT_FORMAT,
    code: fingerprintCode(),
    opa,
    root: repo.root,
    catalogRoot: repo.catalogRoot,
    config: repo.config,
    workTree,
    base: options.base === undefined ? null : { ref: options.base, commit: resolveCommit(repo.root, options.base) },
    policies: policies ? [...policies].sort(([a], [b]) => (a < b ? -1 : 1)) : null,
    codeowners: readTextFile(join(repo.root, CODEOWNERS_FILE)) ?? null,
    today: options.today,
    budgetGate: options.budgetGate ?? null,
    runtime: options.runtime ?? null,
  };
  // v8's serializer writes Maps, Sets and undefined as they are, where JSON would write `{}` or drop them.
  return createHash('sha256').update(serialize(parts)).digest('base64url');
}

/** The reports of earlier checks of this checkout, by {@link keyGovernanceCheck}. */
export function keepReports(root: string): KeptValues<CheckReport> {
  return keepByKey<CheckReport>(join(root, '.meshplane/cache/reports'), REPORT_FORMAT, KEPT_REPORTS);
}
