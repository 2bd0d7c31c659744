import { ANNOTATION_BATCH, type CheckRunOutput } from '@meshplane/core';
import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/** The check run's name: one per head commit. */
export const CHECK_NAME = 'Meshplane';

/**
 * Marks Meshplane's check run on `headSha` in progress: the existing run for that commit is reused (a repeated event or
 * a re-run never adds a second one), otherwise one is created. Returns its id.
 */
export async function startCheckRun(api: GithubApi, at: RepoRef & { headSha: string; detailsUrl?: string }): Promise<number> {
  const existing = await findCheckRun(api, at, 'start');
  try {
    if (existing !== undefined) {
      await api.rest.checks.update({
        owner: at.owner,
        repo: at.repo,
        check_run_id: existing,
        status: 'in_progress',
        output: { title: 'Checking…', summary: 'Meshplane is checking this commit again.' },
      });
      return existing;
    }
    const { data: run } = await api.rest.checks.create({
      owner: at.owner,
      repo: at.repo,
      name: CHECK_NAME,
      head_sha: at.headSha,
      status: 'in_progress',
      output: { title: 'Checking…', summary: 'Meshplane is checking the catalog, the change and the policies.' },
      ...(at.detailsUrl ? { details_url: at.detailsUrl } : {}),
    });
    return run.id;
  } catch (e) {
    throw toGithubError(e, `start the check run on ${at.headSha.slice(0, 12)}`);
  }
}

/**
 * Completes a check run with its conclusion and output. GitHub takes 50 annotations per request, so the first update
 * carries the first 50 and further updates append the rest (GitHub keeps annotations across updates).
 */
export async function completeCheckRun(api: GithubApi, at: RepoRef & { checkRunId: number }, output: CheckRunOutput): Promise<void> {
  const batches: CheckRunOutput['annotations'][] = [];
  for (let i = 0; i < output.annotations.length; i += ANNOTATION_BATCH) batches.push(output.annotations.slice(i, i + ANNOTATION_BATCH));
  const text = { title: output.title, summary: output.summary, text: output.text };
  try {
    for (const batch of batches.slice(1)) {
      await api.rest.checks.update({ owner: at.owner, repo: at.repo, check_run_id: at.checkRunId, output: { ...text, annotations: batch } });
    }
    // The conclusion goes last, so a run is never shown completed with half its annotations.
    await api.rest.checks.update({
      owner: at.owner,
      repo: at.repo,
      check_run_id: at.checkRunId,
      status: 'completed',
      conclusion: output.conclusion,
      completed_at: new Date().toISOString(),
      output: { ...text, ...(batches[0] ? { annotations: batches[0] } : {}) },
    });
  } catch (e) {
    throw toGithubError(e, `complete check run ${at.checkRunId}`);
  }
}

/** A check run begun with {@link beginCheckRun}, waiting for its result. */
export interface PendingCheckRun {
  /** Completes the run with its conclusion and output; returns its id. Rejects when GitHub refused a write. */
  complete(output: CheckRunOutput): Promise<number>;
}

/**
 * Begins Meshplane's check run on `headSha`, shown in progress only when the check is slow: if `inProgressAfterMs`
 * pass before {@link PendingCheckRun.complete}, the run is started in progress then ({@link startCheckRun});
 * otherwise the result is written at once, in one write ({@link publishCompletedCheckRun}). GitHub asks integrations
 * to space their writes (the app's client waits a second between them), so a quick check that first wrote "in
 * progress" would wait a second more to show its result.
 */
export function beginCheckRun(api: GithubApi, at: RepoRef & { headSha: string }, inProgressAfterMs: number): PendingCheckRun {
  let started: Promise<number> | undefined;
  const timer = setTimeout(() => {
    started = startCheckRun(api, at);
    // Reported by complete(), which awaits it.
    started.catch(() => undefined);
  }, inProgressAfterMs);
  return {
    async complete(output) {
      clearTimeout(timer);
      if (!started) return publishCompletedCheckRun(api, at, output);
      const checkRunId = await started;
      await completeCheckRun(api, { ...at, checkRunId }, output);
      return checkRunId;
    },
  };
}

/**
 * Writes a finished check run on `headSha`: the commit's existing run (a re-check) is completed, otherwise one is
 * created already completed, with its annotations when they fit one request. More than one request's worth go as
 * {@link completeCheckRun} sends them (the conclusion last). Returns the run's id.
 */
export async function publishCompletedCheckRun(api: GithubApi, at: RepoRef & { headSha: string }, output: CheckRunOutput): Promise<number> {
  const existing = await findCheckRun(api, at, 'write');
  if (existing === undefined && output.annotations.length <= ANNOTATION_BATCH) {
    try {
      const { data: run } = await api.rest.checks.create({
        owner: at.owner,
        repo: at.repo,
        name: CHECK_NAME,
        head_sha: at.headSha,
        status: 'completed',
        conclusion: output.conclusion,
        completed_at: new Date().toISOString(),
        output: { title: output.title, summary: output.summary, text: output.text, annotations: output.annotations },
      });
      return run.id;
    } catch (e) {
      throw toGithubError(e, `write the check run on ${at.headSha.slice(0, 12)}`);
    }
  }
  const checkRunId = existing ?? (await startCheckRun(api, at));
  await completeCheckRun(api, { ...at, checkRunId }, output);
  return checkRunId;
}

/**
 * The id of Meshplane's check run on `headSha`, if it has one (a repeated event, a re-run, a re-check). A fault names
 * what the caller was doing (`start`, `write`) to the check run.
 */
async function findCheckRun(api: GithubApi, at: RepoRef & { headSha: string }, doing: string): Promise<number | undefined> {
  try {
    const { data } = await api.rest.checks.listForRef({ owner: at.owner, repo: at.repo, ref: at.headSha, check_name: CHECK_NAME, filter: 'latest' });
    return data.check_runs.find((r) => r.name === CHECK_NAME && r.head_sha === at.headSha)?.id;
  } catch (e) {
    throw toGithubError(e, `${doing} the check run on ${at.headSha.slice(0, 12)}`);
  }
}
