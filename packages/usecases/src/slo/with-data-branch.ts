import {
  DataBranchError,
  findObservationHorizon,
  listObservationFiles,
  OBSERVATIONS_FOLDER,
  planDataBranchFiles,
  readObservationLines,
  readSloMemoryFile,
  readSloSpecs,
  renderSloMemoryFile,
  SLO_MEMORY_FILE,
  type Observation,
  type SloMemory,
} from '@meshplane/core';
import { describeRemote, GitError, openDataBranch, readOriginRemote, type DataBranch } from '@meshplane/source';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { readSloStatuses, SLO_STATUS_ON_DATA_BRANCH } from './read-slo-statuses.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeObservedLineage, readObservedLineage, renderObservedLineage } from '@meshplane/core';
import { OBSERVED_LINEAGE_ON_DATA_BRANCH, readObservedLineageFile } from '../lineage/read-observed-lineage.js';
import { writeFilesWhole } from '../write-files-whole.js';
import { locateObservationStore, withObservationStore } from './observation-store-at.js';

/** Which data branch keeps the history, and how hard to try to push to it. */
export interface DataBranchOptions {
  branch: string;
  /** Default: the `origin` remote of the repository's work tree. */
  remote?: string;
  /** The workflow's token, for an HTTPS remote (sent as a header, never in a URL). */
  token?: string;
  /** Pushes retried after a rejection (someone else pushed in between). */
  retries: number;
  /** The run's time: the horizon of what the branch keeps is counted back from it. */
  now: string;
  /** False: load the history and push nothing (`mesh slo status`). Default true. */
  push?: boolean;
  /**
   * The status export the run writes (`mesh slo evaluate`): its statuses, without history, are published on the branch
   * as {@link SLO_STATUS_ON_DATA_BRANCH}, where the app's error-budget gate reads them.
   */
  statusExport?: string;
  /**
   * The observed lineage the run merges OpenLineage events into (`.meshplane/lineage-observed.json`): loaded from the
   * branch's {@link OBSERVED_LINEAGE_ON_DATA_BRANCH} before the run, merged back into it after (where the checks read it).
   */
  observedLineage?: string;
}

/** What the data branch did in one run. */
export interface DataBranchRun {
  branch: string;
  /** The remote, as messages show it (without credentials). */
  remote: string;
  /** Observations read from the branch into the run's store. */
  loaded: number;
  /** Observations this run added to the branch. */
  added: number;
  /** Day files dropped past the horizon. */
  dropped: number;
  /** Pushes tried (0 when nothing changed). */
  attempts: number;
}

/**
 * Runs `body` (measure, ingest, evaluate) on the history a data branch keeps, then appends what the run added: the
 * branch is fetched into a temporary folder and its observations and SLO memory loaded into the run's DuckDB store;
 * after `body`, the new observations go into their day files (merged by id) with the new memory, committed and pushed
 * without force. A rejected push is retried on the branch as fetched again, `retries` times; then it fails (GitError
 * `push-rejected`) and the branch is left as it was. A PostgreSQL store keeps the history itself: the branch is not used.
 */
export async function withDataBranch<T>(repo: Repository, options: DataBranchOptions, body: () => Promise<T>): Promise<{ result: T; data?: DataBranchRun }> {
  if (locateObservationStore(repo).engine !== 'duckdb') return { result: await body() };
  const check = checkRepository(repo);
  const horizon = findObservationHorizon(
    readSloSpecs(check.index, check.graph).map((s) => s.windowHours),
    options.now,
  );
  const remote = options.remote ?? readOriginRemote(repo.root);
  const branch = openDataBranch({
    remote,
    branch: options.branch,
    ...(options.token ? { token: options.token } : {}),
    folders: [OBSERVATIONS_FOLDER, SLO_MEMORY_FILE, SLO_STATUS_ON_DATA_BRANCH, OBSERVED_LINEAGE_ON_DATA_BRANCH],
  });
  try {
    const loaded = await loadDataBranch(repo, branch);
    const lineagePath = options.observedLineage ? resolve(repo.root, options.observedLineage) : undefined;
    if (lineagePath) loadObservedLineage(lineagePath, branch.files.get(OBSERVED_LINEAGE_ON_DATA_BRANCH));
    const result = await body();
    const run: DataBranchRun = { branch: options.branch, remote: describeRemote(remote), loaded: loaded.ids.size, added: 0, dropped: 0, attempts: 0 };
    if (options.push === false) return { result, data: run };
    const { additions, memory } = await withObservationStore(repo, async (store) => ({
      additions: [...(await store.readObservations(horizon)).values()].flat().filter((o) => !loaded.ids.has(o.observationId)),
      memory: await store.readMemory(),
    }));
    // A run that evaluated nothing (measure, ingest) leaves the memory file, and the time it was written, as they were.
    const changed = renderSloMemoryFile('', memory) !== renderSloMemoryFile('', loaded.memory?.memory ?? new Map());
    for (;;) {
      const change = planDataBranchFiles(branch.files, additions, { horizon, evaluatedAt: options.now, ...(changed ? { memory } : {}) });
      const statuses = options.statusExport ? readStatusesToPublish(resolve(repo.root, options.statusExport)) : undefined;
      if (statuses !== undefined && statuses !== branch.files.get(SLO_STATUS_ON_DATA_BRANCH)) change.write.set(SLO_STATUS_ON_DATA_BRANCH, statuses);
      const lineage = lineagePath ? mergeLineageToPublish(lineagePath, branch.files.get(OBSERVED_LINEAGE_ON_DATA_BRANCH)) : undefined;
      if (lineage !== undefined) change.write.set(OBSERVED_LINEAGE_ON_DATA_BRANCH, lineage);
      Object.assign(run, { added: change.added, dropped: change.remove.length });
      if (change.write.size === 0 && change.remove.length === 0) return { result, data: run };
      run.attempts += 1;
      const push = branch.commitAndPush(change, `SLO observations at ${options.now}: ${change.added} added, ${change.remove.length} day files dropped`);
      if (push.outcome === 'pushed') return { result, data: run };
      if (push.outcome === 'failed' || run.attempts > options.retries) throw pushError(options, run, push);
      branch.refresh();
    }
  } catch (e) {
    if (e instanceof DataBranchError) throw new UsageError(e.message, 'data-branch');
    throw e;
  } finally {
    branch.remove();
  }
}

function pushError(options: DataBranchOptions, run: DataBranchRun, push: { outcome: string; detail: string }): GitError {
  const what =
    push.outcome === 'failed'
      ? `The push to the data branch ${run.branch} at ${run.remote} failed`
      : `The push to the data branch ${run.branch} at ${run.remote} was rejected ${run.attempts} times (another run pushed in between, or the remote refused it; retries: ${options.retries})`;
  return new GitError(
    `${what}. Nothing of this run was pushed and the branch is as it was; the next run measures again. Git said: ${push.detail.replace(/\s+/g, ' ').slice(0, 600)}`,
    'push-rejected',
  );
}

/** The branch's observed lineage merged into the run's file (a fresh runner has none; a local one keeps its own too). */
function loadObservedLineage(file: string, onBranch: string | undefined): void {
  if (onBranch === undefined) return;
  const branch = readObservedLineage(onBranch);
  if ('error' in branch)
    throw new UsageError(`${OBSERVED_LINEAGE_ON_DATA_BRANCH} on the data branch is ${branch.error}: remove it from the branch.`, 'data-branch');
  const merged = existsSync(file) ? mergeObservedLineage(readObservedLineageFile(file), branch.observed) : branch.observed;
  writeFilesWhole([{ file, text: renderObservedLineage(merged) }]);
}

/** The run's observed lineage merged with the branch's as it is now (another run may have pushed); undefined: no change. */
function mergeLineageToPublish(file: string, onBranch: string | undefined): string | undefined {
  if (!existsSync(file)) return undefined;
  const branch = onBranch === undefined ? undefined : readObservedLineage(onBranch);
  const local = readObservedLineageFile(file);
  const text = renderObservedLineage(branch && 'observed' in branch ? mergeObservedLineage(branch.observed, local) : local);
  return text === onBranch ? undefined : text;
}

/** The statuses of a status export as the branch keeps them: a JSON array, without history (small enough to read). */
function readStatusesToPublish(file: string): string {
  const statuses = readSloStatuses(file).map((s) => {
    const { history: _history, ...status } = s as typeof s & { history?: unknown };
    return status;
  });
  return `${JSON.stringify(statuses, null, 1)}\n`;
}

/** Loads the branch's observations and SLO memory into the run's store; returns the ids already on the branch. */
async function loadDataBranch(
  repo: Repository,
  branch: DataBranch,
): Promise<{ ids: Set<string>; memory?: { evaluatedAt: string; memory: Map<string, SloMemory> } }> {
  const observations: Observation[] = listObservationFiles(branch.files.keys()).flatMap((path) => readObservationLines(path, branch.files.get(path) ?? ''));
  const text = branch.files.get(SLO_MEMORY_FILE);
  const memory = text === undefined ? undefined : readSloMemoryFile(text);
  await withObservationStore(repo, async (store) => {
    await store.addObservations(observations, 'data-branch');
    if (memory) await store.writeMemory(memory.memory);
  });
  return { ids: new Set(observations.map((o) => o.observationId)), ...(memory ? { memory } : {}) };
}
