import { applySnapshot } from '@meshplane/usecases';
import { countFindings, summarizePlan, type Config } from '@meshplane/core';
import { createDeployment, setDeploymentStatus } from '@meshplane/github';
import type { AppServices, RepoContext } from './app-context.js';
import { locateRepoData } from './check-pull-request.js';
import { describeFailure } from './describe-failure.js';
import { loadRepoConfig } from './load-repo-config.js';
import { readSnapshot } from './read-snapshot.js';

/** The GitHub environment the platform's deployments are recorded under. */
export const DEPLOYMENT_ENVIRONMENT = 'data-platform';

/** How an apply on merge ended. */
export interface ApplyOutcome {
  state: 'success' | 'failure';
  description: string;
  deploymentId: number;
}

/**
 * Apply on merge: a Deployment of the pushed commit, in progress; the catalog at that commit checked with its own
 * policies (an apply never runs on a failing catalog); the full desired state reconciled through the platform driver
 * the default branch's config names, under the driver's apply lock; then success or failure with a readable summary.
 * The caller runs one apply at a time per repository.
 */
export async function applyOnPush(ctx: RepoContext, sha: string, services: AppServices): Promise<ApplyOutcome> {
  const at = { owner: ctx.owner, repo: ctx.repo };
  const deploymentId = await createDeployment(ctx.api, {
    ...at,
    sha,
    environment: DEPLOYMENT_ENVIRONMENT,
    description: `Meshplane apply of ${sha.slice(0, 12)}`,
  });
  await setDeploymentStatus(ctx.api, { ...at, deploymentId, state: 'in_progress', description: 'Checking the merged catalog and planning the platform.' });
  let state: ApplyOutcome['state'] = 'failure';
  let description: string;
  try {
    description = await reconcile(ctx, sha, await loadRepoConfig(ctx), services);
    state = 'success';
  } catch (e) {
    const reason = describeFailure(e);
    description = `Apply failed: ${reason.message}`;
  }
  services.log[state === 'success' ? 'info' : 'error']({ repo: `${ctx.owner}/${ctx.repo}`, sha, deploymentId, state, description }, 'apply on merge');
  await setDeploymentStatus(ctx.api, { ...at, deploymentId, state, description, environment: DEPLOYMENT_ENVIRONMENT });
  return { state, description, deploymentId };
}

/** Checks, plans and applies; returns the summary line or throws with why it could not. */
async function reconcile(ctx: RepoContext, sha: string, config: Config, services: AppServices): Promise<string> {
  const catalogRoot = config.catalog?.root ?? 'catalog';
  const snapshot = await readSnapshot(ctx.api, { owner: ctx.owner, repo: ctx.repo, commit: sha }, catalogRoot, services.blobs);
  const outcome = await applySnapshot({
    name: `${ctx.owner}/${ctx.repo}`,
    commit: sha,
    config,
    snapshot,
    cacheRoot: services.dataDir,
    platform: { root: locateRepoData(services.dataDir, ctx.owner, ctx.repo), env: services.env },
    today: services.now().toISOString().slice(0, 10),
  });
  if (outcome.status === 'refused') {
    const report = outcome.report;
    const first = report.findings.find((f) => f.severity === 'error');
    const where = first?.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
    throw new Error(
      `the catalog at ${sha.slice(0, 12)} has ${countFindings(report.findings).error} error(s), nothing was changed. First: ${where}${first?.message ?? ''}`,
    );
  }
  if (outcome.status !== 'applied') throw new Error('the apply only planned (a dry run), nothing was changed');
  return `Applied ${outcome.operations} operations to ${outcome.target} in ${(outcome.ms / 1000).toFixed(1)} s. ${summarizePlan(outcome.plan)}`;
}
