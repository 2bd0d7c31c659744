import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** A deployment's states as Meshplane reports them. */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

/**
 * Creates a GitHub Deployment of a merged commit to the platform's environment (no merge of the default branch, no
 * required contexts: the commit is already merged and checked).
 */
export async function createDeployment(api: GithubApi, at: RepoRef & { sha: string; environment: string; description: string }): Promise<number> {
  try {
    const { data } = await api.rest.repos.createDeployment({
      owner: at.owner,
      repo: at.repo,
      ref: at.sha,
      environment: at.environment,
      description: at.description.slice(0, 140),
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
    });
    if (!('id' in data)) throw new Error(data.message ?? 'GitHub did not create the deployment');
    return data.id;
  } catch (e) {
    throw toGithubError(e, `create a deployment of ${at.sha.slice(0, 12)}`);
  }
}

/** Sets a deployment's status; `description` is cut to GitHub's 140 characters (the full log goes in `logUrl`). */
export async function setDeploymentStatus(
  api: GithubApi,
  at: RepoRef & { deploymentId: number; state: DeploymentState; description: string; logUrl?: string; environment?: string },
): Promise<void> {
  try {
    await api.rest.repos.createDeploymentStatus({
      owner: at.owner,
      repo: at.repo,
      deployment_id: at.deploymentId,
      state: at.state,
      description: at.description.slice(0, 140),
      ...(at.logUrl ? { log_url: at.logUrl } : {}),
      ...(at.environment ? { environment: at.environment } : {}),
    });
  } catch (e) {
    throw toGithubError(e, `set the status of deployment ${at.deploymentId}`);
  }
}
