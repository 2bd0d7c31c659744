import { UsageError } from '../usage-error.js';

/** The repository a bot writes to, from the Actions environment. */
export interface GithubTarget {
  owner: string;
  repo: string;
  token: string;
  baseUrl: string;
}

/**
 * Reads GITHUB_REPOSITORY (`owner/repo`), GITHUB_TOKEN and GITHUB_API_URL (default https://api.github.com), as a
 * workflow sets them; a missing or malformed one is a UsageError naming it and the permission the token needs.
 */
export function readGithubTarget(env: Record<string, string | undefined>, permission: string): GithubTarget {
  const [owner, repo, ...extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra.length > 0) throw new UsageError('Set GITHUB_REPOSITORY to the repository the issues go to, as owner/repo.');
  const token = env.GITHUB_TOKEN;
  if (!token) throw new UsageError(`Set GITHUB_TOKEN to a token that may write issues (permission ${permission}).`);
  return { owner, repo, token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com' };
}
