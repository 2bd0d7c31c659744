import { join } from 'node:path';
import {
  checkSnapshotCatalogs,
  collectAgreementApprovals,
  rememberVerdicts,
  type CatalogSnapshot,
  type ReadApprovals,
  DATA_BRANCH,
  OBSERVED_LINEAGE_ON_DATA_BRANCH,
  parseSloStatuses,
  SLO_STATUS_ON_DATA_BRANCH,
  summarizePullRequest,
  UsageError,
} from '@meshplane/usecases';
import { buildCheckRunOutput, isReliabilityFix, readObservedLineage, type CatalogIndex, type CheckReport, type Config, type SourceMemo } from '@meshplane/core';
import { nameKeyIndex, openParseIndex, type ParseIndex } from '@meshplane/source';
import { beginCheckRun, listPullFiles, listPullReviews, readFileAt, requestPullReviews, syncPullLabels, upsertPullComment } from '@meshplane/github';
import type { AppServices, PullRef, RepoContext } from './app-context.js';
import { loadRepoConfig } from './load-repo-config.js';
import { readBaseSnapshot, readSnapshot } from './read-snapshot.js';
import { describeFailure } from './describe-failure.js';

/**
 * How long a check runs before its check run is shown in progress. A quicker check writes its result at once, in one
 * write: the example mesh's check run is complete about a second sooner, since GitHub's writes are spaced a second
 * apart. Checks taking 0.5 to 1.5 s show their result up to 0.4 s later than if "in progress" had been written first.
 */
const IN_PROGRESS_AFTER_MS = 500;

/** The name of the parse index the app keeps per repository (the files of the last check's head and base). */
const SNAPSHOT_INDEX = 'snapshots';

/** What one check of a pull request did. */
export interface PullCheckOutcome {
  conclusion: 'success' | 'failure';
  /** False when a newer head commit had arrived: the check run was completed, the pull request left to the newer run. */
  current: boolean;
  report?: CheckReport;
  /** What merging would provision, as Markdown (absent when the check could not run). */
  plan?: string;
}

/**
 * Checks one pull request head the way `mesh check --base` does (one code path): the config comes from the default
 * branch and the policies and waivers from the base branch, the catalog is compared at the merge base, and the check
 * run completes with the core's verdict and annotations (shown in progress first when the check takes more than half a
 * second). Then — only if this commit is still the pull request's head, so an older result never overwrites a newer
 * one — the sticky comment, labels and review requests. Any fault completes the check run as failed with the reason:
 * it never passes by accident.
 */
export async function checkPullRequest(ctx: RepoContext, pull: PullRef, services: AppServices): Promise<PullCheckOutcome> {
  const at = { owner: ctx.owner, repo: ctx.repo };
  const run = beginCheckRun(ctx.api, { ...at, headSha: pull.headSha }, services.checkRunInProgressAfterMs ?? IN_PROGRESS_AFTER_MS);
  let config: Config;
  let result: Awaited<ReturnType<typeof runCheck>>;
  let output: ReturnType<typeof buildCheckRunOutput>;
  try {
    config = await loadRepoConfig(ctx);
    result = await runCheck(ctx, pull, config, services);
    output = buildCheckRunOutput(result.report, { headSha: pull.headSha, baseSha: result.mergeBase, policySha: pull.baseSha });
  } catch (e) {
    const reason = describeFailure(e);
    services.log.error({ repo: `${ctx.owner}/${ctx.repo}`, pull: pull.number, headSha: pull.headSha, err: reason }, 'check failed to run');
    await run.complete({
      conclusion: 'failure',
      title: 'Meshplane could not check this commit',
      summary: `### ❌ Meshplane could not check this commit\n\n${reason.message}\n\n${reason.hint}\n`,
      text: `Head commit: \`${pull.headSha}\`\n`,
      annotations: [],
    });
    return { conclusion: 'failure', current: true };
  }
  const checkRunId = await run.complete(output);
  const summary = summarizePullRequest({
    ...result,
    changedFiles: await listPullFiles(ctx.api, { ...at, pull: pull.number }),
    config,
    headSha: pull.headSha,
    baseRef: pull.baseRef,
    today: services.now().toISOString().slice(0, 10),
    detailsUrl: `https://github.com/${ctx.owner}/${ctx.repo}/runs/${checkRunId}`,
    ...(pull.author ? { author: pull.author } : {}),
  });
  const done = { conclusion: output.conclusion, report: result.report, plan: summary.planMarkdown };
  const { data: now } = await ctx.api.rest.pulls.get({ ...at, pull_number: pull.number });
  if (now.head.sha !== pull.headSha || now.state !== 'open') {
    services.log.info(
      { repo: `${ctx.owner}/${ctx.repo}`, pull: pull.number, headSha: pull.headSha, current: now.head.sha },
      'superseded: comment and labels left to the newer commit',
    );
    return { ...done, current: false };
  }
  const { review } = summary;
  await upsertPullComment(ctx.api, { ...at, pull: pull.number }, summary.markdown);
  await syncPullLabels(ctx.api, { ...at, pull: pull.number }, review.labels);
  const requested = await requestPullReviews(ctx.api, { ...at, pull: pull.number }, review.reviewers);
  services.log.info(
    {
      repo: `${ctx.owner}/${ctx.repo}`,
      pull: pull.number,
      headSha: pull.headSha,
      conclusion: output.conclusion,
      labels: review.labels,
      requested,
    },
    'pull request checked',
  );
  return { ...done, current: true };
}

async function runCheck(ctx: RepoContext, pull: PullRef, config: Config, services: AppServices) {
  const at = { owner: ctx.owner, repo: ctx.repo };
  const catalogRoot = config.catalog?.root ?? 'catalog';
  const { data: compare } = await ctx.api.rest.repos.compareCommitsWithBasehead({ ...at, basehead: `${pull.baseSha}...${pull.headSha}`, per_page: 1 });
  const mergeBase = compare.merge_base_commit.sha;
  // The repository's parse index: files parsed before (by any check of this repository, known by their blob ids) are
  // not parsed again. Kept open in memory between pull requests, and stored under the data folder, so a restarted
  // replica with the same folder keeps it.
  const index = openRepoIndex(services, join(locateRepoData(services.dataDir, ctx.owner, ctx.repo), 'cache/index'));
  index.load(SNAPSHOT_INDEX);
  const before = { ...index.stats };
  const used = new Set<string>();
  const usedBase = new Set<string>();
  const memo = rememberVerdicts(index);
  const head = withMemo(await readSnapshot(ctx.api, { ...at, commit: pull.headSha }, catalogRoot, services.blobs, index.reader(used)), memo);
  const base = withMemo(
    await readBaseSnapshot(ctx.api, { ...at, commit: mergeBase }, { ...at, commit: pull.baseSha }, catalogRoot, services.blobs, index.reader(usedBase)),
    memo,
  );
  const parsed = index.stats.misses - before.misses;
  const reused = index.stats.hits - before.hits;
  services.log.info({ repo: `${ctx.owner}/${ctx.repo}`, headSha: pull.headSha, parsed, reused }, 'snapshots read');
  const today = services.now().toISOString().slice(0, 10);
  const budgetGate = await readBudgetGate(ctx, pull, config);
  const runtime = await readRuntimeLineage(ctx);
  const checked = await checkSnapshotCatalogs({
    root: `${ctx.owner}/${ctx.repo}`,
    catalogRoot,
    config,
    cacheRoot: services.dataDir,
    head,
    base: { ...base, label: `base ${pull.baseRef} (${pull.baseSha.slice(0, 12)})` },
    budgetGate,
    ...(runtime.observed ? { runtime } : {}),
    approvals: readApprovals(ctx, pull),
    today,
  });
  // Stored after the check, with the verdicts it worked out for new files: the base's files as an index of their own,
  // which every pull request on that base shares, and the head as what it adds to them (a few files, written quickly).
  // In memory, what this check used is kept.
  const baseIndex = nameKeyIndex(usedBase);
  index.save(baseIndex, usedBase);
  index.save(SNAPSHOT_INDEX, used);
  index.prune(new Set([baseIndex]), 1);
  index.retain(new Set([...used, ...usedBase]));
  return {
    report: checked.report,
    ...(budgetGate.statuses ? { sloStatuses: budgetGate.statuses } : {}),
    head: checked.head.index,
    base: checked.base?.index as CatalogIndex,
    mergeBase,
    parsed,
    reused,
  };
}

/**
 * The error-budget gate's input: the latest SLO statuses the slo-monitor action keeps on the data branch (absent: the
 * gate says it did not run; unreadable: the check fails), and whether the pull request carries the reliability label.
 */
async function readBudgetGate(ctx: RepoContext, pull: PullRef, config: Config) {
  const at = { owner: ctx.owner, repo: ctx.repo, ref: DATA_BRANCH };
  const text = await readFileAt(ctx.api, at, SLO_STATUS_ON_DATA_BRANCH);
  const source = `${SLO_STATUS_ON_DATA_BRANCH} on the ${DATA_BRANCH} branch`;
  return {
    statuses: text === undefined ? undefined : parseSloStatuses(text.toString('utf8'), source),
    source: text === undefined ? `no ${source}` : source,
    reliabilityFix: isReliabilityFix(pull.labels ?? [], config),
  };
}

/**
 * What runs were observed doing, as the slo-monitor action keeps it on the data branch (absent: policies see
 * `input.runtime` null and nothing is warned; unreadable: the check fails and says why).
 */
async function readRuntimeLineage(ctx: RepoContext) {
  const text = await readFileAt(ctx.api, { owner: ctx.owner, repo: ctx.repo, ref: DATA_BRANCH }, OBSERVED_LINEAGE_ON_DATA_BRANCH);
  const source = `${OBSERVED_LINEAGE_ON_DATA_BRANCH} on the ${DATA_BRANCH} branch`;
  if (text === undefined) return { observed: undefined, source: `no ${source}` };
  const read = readObservedLineage(text.toString('utf8'));
  if ('error' in read) throw new UsageError(`${source} is ${read.error}.`);
  return { observed: read.observed, source };
}

/** Where a repository's DuckDB platform file lives under the app's data folder. */
export function locateRepoData(dataDir: string, owner: string, repo: string): string {
  return join(dataDir, 'repos', owner.toLowerCase(), repo.toLowerCase());
}

/**
 * What the pull request's reviews say of the agreements it changes: its reviews (every page), and each agreement file
 * at the commit a reviewer approved and at the head, read through GitHub's API. A GitHub fault fails the check.
 */
function readApprovals(ctx: RepoContext, pull: PullRef): ReadApprovals {
  const at = { owner: ctx.owner, repo: ctx.repo };
  const text = async (ref: string, path: string): Promise<string | undefined> => (await readFileAt(ctx.api, { ...at, ref }, path))?.toString('utf8');
  return async (changes) => {
    const reviews = await listPullReviews(ctx.api, { ...at, pull: pull.number });
    return collectAgreementApprovals(reviews, changes, { at: text, head: (path) => text(pull.headSha, path) }, pull.author);
  };
}

/** How many repositories' parse indexes the app keeps open between pull requests (each holds a catalog's data). */
const OPEN_INDEXES = 2;
/** The indexes each running app keeps open, by folder (a new app on the same data folder starts from its files). */
const openIndexesOf = new WeakMap<AppServices, Map<string, ParseIndex>>();

/**
 * The parse index of a repository, kept open between its pull requests: the files of the last check are in memory,
 * parsed, so the next check neither loads nor decodes them. The most recently used {@link OPEN_INDEXES} stay open.
 */
function openRepoIndex(services: AppServices, dir: string): ParseIndex {
  let openIndexes = openIndexesOf.get(services);
  if (!openIndexes) openIndexesOf.set(services, (openIndexes = new Map()));
  const index = openIndexes.get(dir) ?? openParseIndex(dir);
  openIndexes.delete(dir);
  openIndexes.set(dir, index);
  for (const old of [...openIndexes.keys()].slice(0, -OPEN_INDEXES)) openIndexes.delete(old);
  return index;
}

/** A snapshot whose files' verdicts are kept in the parse index. */
function withMemo<T extends CatalogSnapshot>(snapshot: T, memo: SourceMemo): T {
  return { ...snapshot, source: { ...snapshot.source, memo } };
}
