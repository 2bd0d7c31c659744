import { spawnSync } from 'node:child_process';
import { describeAgreementTerms, listAgreementApprovers } from '@meshplane/core';
import { createGithubClient, openPullRequest } from '@meshplane/github';
import { readGithubTarget } from '../github/read-github-target.js';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { pushAgreementBranch } from './push-agreement-branch.js';

/**
 * Opens the pull request of an agreement `mesh access request` wrote: a branch off HEAD holding only that file, pushed
 * with the user's git credentials, and a pull request into `base` (default: the current branch) through GitHub's API
 * (GITHUB_TOKEN with pull-requests: write, GITHUB_REPOSITORY, GITHUB_API_URL), its body the agreement in words and whose
 * approval it needs.
 */
export async function openAccessPullRequest(
  repo: Repository,
  file: string,
  options: { env: Record<string, string | undefined>; base?: string; today: string },
): Promise<{ number: number; url: string; branch: string }> {
  const target = readGithubTarget(options.env, 'pull-requests: write');
  const index = checkRepository(repo, 'check', options.today).index;
  const agreement = index.agreements.find((a) => a.file === file);
  if (!agreement) throw new UsageError(`${file} is not an agreement of the catalog.`);
  const base = options.base ?? currentBranch(repo.root);
  const branch = `meshplane/access-${agreement.team ?? 'team'}-${(agreement.provider ?? 'product').replace('.', '-')}-${agreement.name}`.slice(0, 200);
  const terms = describeAgreementTerms(agreement);
  const governanceTeam = repo.config.review?.governanceTeam;
  const approvers = listAgreementApprovers(
    { status: 'added', id: agreement.id, head: agreement },
    { base: index, head: index, ...(governanceTeam ? { governanceTeam } : {}) },
  );
  pushAgreementBranch(repo.root, { branch, file, message: `Data sharing agreement: ${agreement.team ?? '?'} reads ${agreement.provider ?? '?'}` });
  const api = createGithubClient({ token: target.token, baseUrl: target.baseUrl });
  const body = [
    terms,
    '',
    `Merging grants the access on the next apply; the day after ${agreement.end ?? 'its end'}, the platform revokes it.`,
    `Needs approval of ${approvers.map((a) => `${a.handle} (${a.why})`).join(' and ')}.`,
    '',
    `<sub>Opened by \`mesh access request\` with \`${file}\`.</sub>`,
  ].join('\n');
  const pull = await openPullRequest(api, {
    owner: target.owner,
    repo: target.repo,
    head: branch,
    base,
    title: `Data sharing agreement: ${agreement.team ?? '?'} reads ${agreement.provider ?? '?'}`,
    body,
  });
  return { ...pull, branch };
}

function currentBranch(root: string): string {
  const r = spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const name = (r.stdout ?? '').trim();
  if (r.status !== 0 || !name || name === 'HEAD') throw new UsageError('Name the branch the pull request goes into with --base (HEAD is not on a branch).');
  return name;
}
