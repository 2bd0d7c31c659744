import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readSloSpecs, type Observation } from '@meshplane/core';
import { buildMeshFiles, buildProduct, git, makeTempRepo, type TempRepo } from '@meshplane/testkit';
import { applyProvisioning, checkRepository, resolveRepository } from '@meshplane/usecases';

export const BRANCH = 'meshplane-data';
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Day 1 of the simulated month; each run measures at 06:00 UTC of its day. */
const DAY_ONE = Date.parse('2026-11-01T06:00:00.000Z');
export const MIN_ROWS = 10;
/** The objective and window of the fixture's one SLO: rows per batch, at least {@link MIN_ROWS}. */
export const OBJECTIVE = 0.9;
export const WINDOW_HOURS = 30 * 24;

/** The instant run `day` (1-based) measures and evaluates at. */
export const runAt = (day: number): string => new Date(DAY_ONE + (day - 1) * DAY).toISOString();

/**
 * A catalog repository with one provisioned product whose port has a volume SLO, as a template each run copies, and a
 * bare repository standing in for GitHub that holds the data branch. Nothing of one run is left in its folder for the
 * next: only the bare remote carries anything over.
 */
export async function makeHistoryFixture(): Promise<{ template: TempRepo; remote: string; table: string; remove(): void }> {
  const product = buildProduct('podcast.podcast-listeners', (p) => {
    const port = p.spec.outputPorts[0];
    if (port) port.slos = [{ name: 'rows', type: 'volume', min: MIN_ROWS, objective: `${OBJECTIVE * 100}%`, window: '30d' }];
  });
  const template = makeTempRepo(buildMeshFiles([product]));
  const repo = resolveRepository(template.dir);
  const applied = await applyProvisioning(repo, { today: '2026-10-31' });
  if (applied.status !== 'applied') throw new Error(`the fixture did not provision: ${applied.status}`);
  const target = readSloSpecs(checkRepository(repo).index, checkRepository(repo).graph)[0]?.target;
  if (!target) throw new Error('the fixture SLO has no table');
  const remote = mkdtempSync(join(tmpdir(), 'meshplane-remote-'));
  git(remote, 'init', '-q', '--bare');
  const table = `"${target.schema}"."${target.table}"`;
  return { template, remote, table, remove: () => [template.dir, remote].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** The rows the pipeline delivers on `day`: a bad batch (below the minimum) on days 10 and 24. */
export const rowsOn = (day: number): number => (day === 10 || day === 24 ? 3 : 20 + (day % 5));

/**
 * A fresh runner's workspace for run `day`: a copy of the template, a git repository whose origin is the remote (as
 * actions/checkout leaves it), and the platform table holding only that day's batch, processed an hour before the run.
 */
export async function prepareRun(fixture: { template: TempRepo; remote: string; table: string }, day: number): Promise<TempRepo> {
  const run = makeTempRepo();
  cpSync(fixture.template.dir, run.dir, { recursive: true });
  git(run.dir, 'init', '-q');
  git(run.dir, 'remote', 'add', 'origin', fixture.remote);
  const instance = await DuckDBInstance.create(join(run.dir, '.meshplane/mesh.duckdb'));
  const connection = await instance.connect();
  const processed = new Date(Date.parse(runAt(day)) - HOUR).toISOString();
  await connection.run(
    `INSERT INTO ${fixture.table} (listener_id, listen_date, processed_at) SELECT 'l' || i, CAST($1 AS DATE), CAST($2 AS TIMESTAMPTZ) FROM range($3) t(i)`,
    [processed.slice(0, 10), processed, rowsOn(day)],
  );
  connection.closeSync();
  instance.closeSync();
  return run;
}

/** The observations the data branch holds at its tip, read with git alone. */
export function readBranchObservations(remote: string): { files: string[]; observations: Observation[] } {
  const files = git(remote, 'ls-tree', '-r', '--name-only', BRANCH)
    .trim()
    .split('\n')
    .filter((f) => f.startsWith('observations/'));
  const observations = files.flatMap((f) =>
    git(remote, 'show', `${BRANCH}:${f}`)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Observation),
  );
  return { files, observations };
}

/**
 * The volume SLO's hourly verdicts over its window, worked out here from the observations without Meshplane's
 * evaluation: an hour (start, end] is judged by the newest observation at or before its end, if that observation is at
 * most 26 hours older than the hour's start; else it is unknown. Then per UTC day, and the budget as the share of the
 * allowed bad hours (1 − objective of the window) left.
 */
export function computeExpectedBudget(observations: readonly Observation[], now: string) {
  const sorted = [...observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  const end = Date.parse(now);
  const days = new Map<string, { day: string; good: number; bad: number; unknown: number }>();
  let good = 0;
  let bad = 0;
  for (let h = WINDOW_HOURS - 1; h >= 0; h--) {
    const sliceEnd = end - h * HOUR;
    const judge = sorted.filter((o) => Date.parse(o.observedAt) <= sliceEnd).pop();
    const known = judge !== undefined && sliceEnd - HOUR - Date.parse(judge.observedAt) <= 26 * HOUR;
    const day = new Date(sliceEnd - HOUR).toISOString().slice(0, 10);
    const entry = days.get(day) ?? { day, good: 0, bad: 0, unknown: 0 };
    days.set(day, entry);
    if (!known) entry.unknown++;
    else if (judge.value >= MIN_ROWS) {
      good++;
      entry.good++;
    } else {
      bad++;
      entry.bad++;
    }
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { good, bad, budgetRemaining: round(1 - bad / ((1 - OBJECTIVE) * WINDOW_HOURS)), attainment: round(good / (good + bad)), history: [...days.values()] };
}
