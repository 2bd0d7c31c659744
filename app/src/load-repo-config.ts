import { CONFIG_FILE, parseConfig } from '@meshplane/usecases';
import type { Config } from '@meshplane/core';
import { readFileAt } from '@meshplane/github';
import type { RepoContext } from './app-context.js';

/**
 * The repository's `.github/meshplane.yml` from its default branch — never from a pull request, which could otherwise
 * reroute reviews or the platform. A config that does not parse or validate throws (the check fails and says why).
 */
export async function loadRepoConfig(ctx: RepoContext): Promise<Config> {
  return parseConfig(await readFileAt(ctx.api, { owner: ctx.owner, repo: ctx.repo, ref: ctx.defaultBranch }, CONFIG_FILE));
}
