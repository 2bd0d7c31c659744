import { createGithubClient, type GithubClientOptions } from './create-github-client.js';
import { createDeployment, setDeploymentStatus } from './pull/record-deployment.js';

/** One provisioning run, recorded as a GitHub deployment of a commit to an environment. */
export interface RecordDeploymentOptions {
  owner: string;
  repo: string;
  /** The commit that was applied (a SHA: a branch name would move under the record). */
  sha: string;
  /** The GitHub environment, e.g. `meshplane` or `platform-production`. */
  environment: string;
  state: 'success' | 'failure' | 'error';
  /** One line for the deployments page (GitHub keeps at most 140 characters). */
  description: string;
  /** The workflow run that did it, shown as the deployment's log. */
  logUrl?: string;
  client: GithubClientOptions;
}

/**
 * Creates a deployment of `sha` to `environment` and its final status, so the repository's environments page shows
 * which commit the platform was provisioned from (https://docs.github.com/rest/deployments/deployments). The deployment
 * skips GitHub's merge of the default branch and its required-context check: provisioning already ran on this commit.
 * Returns the deployment id.
 */
export async function recordDeployment(options: RecordDeploymentOptions): Promise<number> {
  // Creates are not retried after a 5xx: a retry could record the same apply twice.
  const github = createGithubClient({ ...options.client, retries: 0 });
  const at = { owner: options.owner, repo: options.repo };
  const description = options.description.length > 140 ? `${options.description.slice(0, 139)}…` : options.description;
  const id = await createDeployment(github, { ...at, sha: options.sha, environment: options.environment, description });
  await setDeploymentStatus(github, { ...at, deploymentId: id, state: options.state, description, ...(options.logUrl ? { logUrl: options.logUrl } : {}) });
  return id;
}
