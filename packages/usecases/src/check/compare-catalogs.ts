import {
  checkCatalog,
  checkChanges,
  diffCatalogs,
  locateChanges,
  sortFindings,
  type CatalogChanges,
  type CatalogCheck,
  type CheckReport,
  type PolicyImpact,
} from '@meshplane/core';
import { join } from 'node:path';
import { loadGitSource, readPolicyFiles, readPolicyFilesAt, resolveCommit } from '@meshplane/source';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { evaluateGovernance } from './evaluate-governance.js';
import { previewHeadPolicies, waived, withWaivers, type Sides } from './waive-findings.js';
import type { GovernanceOptions } from './check-work-tree.js';

function loadSides(repo: Repository, baseRef: string | undefined, headRef?: string): Sides {
  const atCommit = (commit: string): CatalogCheck =>
    checkCatalog(loadGitSource(repo.root, commit, { catalogRoot: repo.catalogRoot }), {
      root: repo.root,
      catalogRoot: repo.catalogRoot,
      toolVersion: TOOL_VERSION,
    });
  const head = headRef ? atCommit(resolveCommit(repo.root, headRef)) : checkRepository(repo);
  if (!baseRef) return { head };
  const commit = resolveCommit(repo.root, baseRef);
  const base = atCommit(commit);
  return { head, commit, base, changes: locateChanges(diffCatalogs(base, head), head) };
}

/**
 * `mesh policy impact`: the base and the head policies, each with its own waivers, over the head catalog — per rule and
 * domain, which products would newly fail or pass if the policy change merged.
 */
export async function runPolicyImpact(repo: Repository, options: GovernanceOptions & { base: string }): Promise<PolicyImpact> {
  const sides = loadSides(repo, options.base);
  const baseFiles = readPolicyFilesAt(repo.root, sides.commit as string) ?? new Map();
  const baseRun = await evaluateGovernance({
    cacheRoot: join(repo.root, '.meshplane'),
    files: baseFiles,
    head: sides.head,
    ...(sides.base ? { base: sides.base } : {}),
    today: options.today,
  });
  return previewHeadPolicies(
    join(repo.root, '.meshplane'),
    sides,
    { ...waived(baseRun, (sides.base ?? sides.head).index.waivers, options.today), files: baseFiles },
    readPolicyFiles(repo.root) ?? new Map(),
    options.today,
  );
}

/** `mesh diff`: the change analysis on its own (head: the work tree, or `head` ref), with its findings. */
export function runDiff(repo: Repository, options: GovernanceOptions & { base: string; head?: string }): CheckReport {
  const sides = loadSides(repo, options.base, options.head);
  const findings = checkChanges(sides.changes as CatalogChanges, sides.base as CatalogCheck, sides.head, {
    today: options.today,
    noticeDays: repo.config.review?.noticeDays ?? 30,
  });
  return {
    ...sides.head.report,
    findings: sortFindings(withWaivers(findings, (sides.base ?? sides.head).index.waivers, [], options.today).filter((f) => !f.ruleId.startsWith('waiver.'))),
    ...(sides.changes ? { changes: sides.changes } : {}),
  };
}
