import type { ApplicationFunction, Context, Probot } from 'probot';
import type { GithubApi } from '@meshplane/github';
import type { AppServices, PullRef, RepoContext } from './app-context.js';
import { applyOnPush } from './apply-on-push.js';
import { checkPullRequest } from './check-pull-request.js';
import { loadRepoConfig } from './load-repo-config.js';
import { readReliabilityLabel } from '@meshplane/core';
import { parseCommand } from './parse-command.js';
import { runCommand } from './run-command.js';
import { createWorkQueue, type WorkQueue } from './work-queue.js';

/** The pull request events that (re)check a pull request. */
const PULL_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.ready_for_review',
  'pull_request.edited',
] as const;

/** The app and the handle tests and shutdown use to wait for queued work. */
export interface MeshplaneApp {
  appFn: ApplicationFunction;
  queue: WorkQueue;
}

interface PullPayload {
  number: number;
  state?: string;
  head: { sha: string };
  base: { sha: string; ref: string };
  user?: { login: string } | null;
  labels?: Array<{ name?: string } | string>;
}

/**
 * Meshplane's GitHub App. Each event is acknowledged at once and its work queued: one job at a time per pull request
 * (and per repository for applies), so repeated events for a head commit find its check run and comment and update
 * them instead of adding more. A delivery seen before (GitHub redelivers) is ignored.
 */
export function createMeshplaneApp(services: AppServices): MeshplaneApp {
  const queue = createWorkQueue((key, e) => services.log.error({ key, err: e instanceof Error ? e.message : String(e) }, 'job failed'));
  const seen = new Set<string>();
  const firstDelivery = (context: Context): boolean => {
    if (seen.has(context.id)) {
      services.log.info({ delivery: context.id, event: context.name }, 'duplicate delivery ignored');
      return false;
    }
    seen.add(context.id);
    if (seen.size > 10_000) seen.delete(seen.values().next().value as string);
    return true;
  };
  const repoOf = (context: Context, repository: { name: string; owner: { login: string }; default_branch: string }): RepoContext => ({
    api: context.octokit as unknown as GithubApi,
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
  });
  const enqueueCheck = (ctx: RepoContext, pull: PullRef): void =>
    queue.run(`${ctx.owner}/${ctx.repo}#${pull.number}`, async () => {
      await checkPullRequest(ctx, pull, services);
    });

  const appFn: ApplicationFunction = (app: Probot) => {
    app.on([...PULL_EVENTS], async (context) => {
      if (!firstDelivery(context)) return;
      const payload = context.payload as { action: string; changes?: { base?: unknown }; pull_request: PullPayload; repository: Parameters<typeof repoOf>[1] };
      if (payload.action === 'edited' && !payload.changes?.base) return;
      if (payload.pull_request.state === 'closed') return;
      enqueueCheck(repoOf(context, payload.repository), describePull(payload.pull_request));
    });

    // Adding or removing the reliability label changes what the error-budget gate says; the app's own labels do not.
    app.on(['pull_request.labeled', 'pull_request.unlabeled'], async (context) => {
      if (!firstDelivery(context)) return;
      const payload = context.payload as { label?: { name: string }; pull_request: PullPayload; repository: Parameters<typeof repoOf>[1] };
      if (payload.pull_request.state === 'closed') return;
      const ctx = repoOf(context, payload.repository);
      // A config that cannot be read is the check's to report (it fails and says why), so the check runs.
      const label = await loadRepoConfig(ctx).then(
        (config) => readReliabilityLabel(config),
        () => payload.label?.name,
      );
      if (payload.label?.name === label) enqueueCheck(ctx, describePull(payload.pull_request));
    });

    // A review given or dismissed changes whether the agreements a pull request adds or changes are approved.
    app.on(['pull_request_review.submitted', 'pull_request_review.dismissed'], async (context) => {
      if (!firstDelivery(context)) return;
      const payload = context.payload as { pull_request: PullPayload; repository: Parameters<typeof repoOf>[1] };
      if (payload.pull_request.state === 'closed') return;
      enqueueCheck(repoOf(context, payload.repository), describePull(payload.pull_request));
    });

    app.on(['check_run.rerequested', 'check_suite.rerequested'], async (context) => {
      if (!firstDelivery(context)) return;
      const payload = context.payload as {
        check_run?: { head_sha: string; name: string };
        check_suite?: { head_sha: string };
        repository: Parameters<typeof repoOf>[1];
      };
      if (payload.check_run && payload.check_run.name !== 'Meshplane') return;
      const headSha = payload.check_run?.head_sha ?? payload.check_suite?.head_sha;
      if (!headSha) return;
      const ctx = repoOf(context, payload.repository);
      // The payload's pull_requests list is empty for forks; the open pull requests say which carry this commit.
      for (const pull of await listOpenPulls(ctx)) if (pull.headSha === headSha) enqueueCheck(ctx, pull);
    });

    app.on('issue_comment.created', async (context) => {
      if (!firstDelivery(context)) return;
      const { issue, comment, repository } = context.payload;
      if (!issue.pull_request || comment.user?.type === 'Bot') return;
      const command = parseCommand(comment.body);
      if (!command) return;
      const ctx = repoOf(context, repository);
      queue.run(`${ctx.owner}/${ctx.repo}#${issue.number}`, async () => {
        const { data } = await ctx.api.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: issue.number });
        await runCommand(ctx, describePull(data as PullPayload), command, services);
      });
    });

    app.on('push', async (context) => {
      if (!firstDelivery(context)) return;
      const { ref, after, deleted, repository } = context.payload;
      if (deleted || ref !== `refs/heads/${repository.default_branch}` || /^0+$/.test(after)) return;
      const ctx = repoOf(context, {
        name: repository.name,
        owner: { login: repository.owner?.login ?? repository.owner?.name ?? '' },
        default_branch: repository.default_branch,
      });
      queue.run(`${ctx.owner}/${ctx.repo}:apply`, async () => {
        await applyOnPush(ctx, after, services);
      });
    });

    app.on(['installation.created', 'installation_repositories.added'], async (context) => {
      if (!firstDelivery(context)) return;
      const payload = context.payload as { repositories?: Array<{ full_name: string }>; repositories_added?: Array<{ full_name: string }> };
      for (const r of payload.repositories ?? payload.repositories_added ?? []) {
        const [owner = '', repo = ''] = r.full_name.split('/');
        const { data } = await context.octokit.rest.repos.get({ owner, repo });
        const ctx = repoOf(context, { name: repo, owner: { login: owner }, default_branch: data.default_branch });
        for (const pull of await listOpenPulls(ctx)) enqueueCheck(ctx, pull);
      }
    });
  };
  return { appFn, queue };
}

function describePull(p: PullPayload): PullRef {
  const labels = (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== '');
  return { number: p.number, headSha: p.head.sha, baseSha: p.base.sha, baseRef: p.base.ref, ...(p.user?.login ? { author: p.user.login } : {}), labels };
}

async function listOpenPulls(ctx: RepoContext): Promise<PullRef[]> {
  const pulls = await ctx.api.paginate(ctx.api.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 });
  return pulls.map((p) => describePull(p as PullPayload));
}
