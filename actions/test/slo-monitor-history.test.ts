import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findObservationHorizon, type DailySlices } from '@meshplane/core';
import { git } from '@meshplane/testkit';
import { runSloMonitorAction } from '../src/slo-monitor/run-slo-monitor-action.js';
import { runActionEntry } from './run-action-entry.js';
import { BRANCH, computeExpectedBudget, makeHistoryFixture, prepareRun, readBranchObservations, runAt, WINDOW_HOURS } from './slo-history-fixture.js';

interface Run {
  status: number | null;
  log: string;
  /** The status export the run wrote, if it wrote one. */
  export?: { products: Record<string, { statuses: { budgetRemaining?: number; attainment?: number; history: DailySlices[] }[] }> };
}

/** Runs through the built entry point, as the runner does; the others call the same function in this process. */
const ENTRY_DAYS = new Set([1, 2, 30]);

describe('actions/slo-monitor keeps the SLO history on a data branch', () => {
  let fixture: Awaited<ReturnType<typeof makeHistoryFixture>>;
  beforeAll(async () => {
    fixture = await makeHistoryFixture();
  });
  afterAll(() => fixture?.remove());

  const tip = () => git(fixture.remote, 'rev-parse', BRANCH).trim();
  const commits = () => Number(git(fixture.remote, 'rev-list', '--count', BRANCH).trim());
  const isAncestor = (commit: string) => git(fixture.remote, 'merge-base', '--is-ancestor', commit, BRANCH) === '';

  /** One scheduled run in a fresh workspace; only the bare remote survives it. */
  async function monitor(day: number, inputs: Record<string, string> = {}, entry = ENTRY_DAYS.has(day)): Promise<Run> {
    const run = await prepareRun(fixture, day);
    const all = { now: runAt(day), 'data-branch': BRANCH, 'github-token': 'ghs_testTokenValue', ...inputs };
    try {
      let result: { status: number | null; log: string };
      if (entry) {
        const r = await runActionEntry('slo-monitor', { cwd: run.dir, inputs: all, env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'daff/mesh' } });
        result = { status: r.status, log: r.stdout + r.stderr };
      } else {
        const env = { INPUT_PATH: run.dir, ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) };
        const r = await runSloMonitorAction(env);
        result = { status: r.exitCode, log: r.log };
      }
      const file = join(run.dir, '.meshplane/slo-status.json');
      return { ...result, ...(existsSync(file) ? { export: JSON.parse(readFileSync(file, 'utf8')) as Run['export'] } : {}) };
    } finally {
      run.remove();
    }
  }
  const statusOf = (run: Run) => run.export?.products['podcast.podcast-listeners']?.statuses[0];

  it('30 daily runs, each on a fresh runner: the 30th evaluation sees 30 days of history and the budget they leave', async () => {
    const started = performance.now();
    let previous: string | undefined;
    let last: Run | undefined;
    for (let day = 1; day <= 30; day++) {
      last = await monitor(day);
      expect(last.status, last.log).toBe(0);
      expect(last.log).toContain(`Data branch ${BRANCH} at ${fixture.remote}: ${day - 1} observations loaded, 1 added, 0 day files dropped`);
      expect(commits()).toBe(day);
      if (previous) expect(isAncestor(previous)).toBe(true);
      previous = tip();
    }
    console.log(`30 runs (${ENTRY_DAYS.size} through actions/dist/slo-monitor/main.js) took ${Math.round(performance.now() - started)} ms`);

    const { files, observations } = readBranchObservations(fixture.remote);
    expect(files).toHaveLength(30);
    expect(files[0]).toBe('observations/2026-11-01.jsonl');
    expect(observations.map((o) => o.value)).toHaveLength(30);
    const expected = computeExpectedBudget(observations, runAt(30));
    // Days 10 and 24 delivered short batches: each speaks for 24 bad hours, out of 29 × 24 + 1 observed ones.
    expect({ good: expected.good, bad: expected.bad }).toEqual({ good: 649, bad: 48 });
    const status = statusOf(last as Run);
    expect(status?.budgetRemaining).toBe(expected.budgetRemaining);
    expect(status?.budgetRemaining).toBe(0.3333);
    expect(status?.attainment).toBe(expected.attainment);
    expect(status?.history).toHaveLength(30);
    expect(status?.history).toEqual(expected.history.slice(-30));
    expect(status?.history.every((d) => d.good + d.bad > 0)).toBe(true);
  });

  it('a push another run beat is retried on the new tip, and both runs’ observations are on the branch', async () => {
    const before = tip();
    const other = cloneBranch();
    const theirs = { observationId: 'ingest:other-run:31', productId: 'podcast.podcast-listeners', port: 'daily', slo: 'rows' };
    writeFileSync(
      join(other, 'observations/2026-12-01.jsonl'),
      JSON.stringify({ ...theirs, observedAt: '2026-12-01T05:30:00.000Z', value: 42, unit: 'rows' }) + '\n',
    );
    git(other, 'add', '-A');
    git(other, 'commit', '-q', '-m', 'another run');
    // The other run pushes while this run's push is being received: the ref is no longer where this run found it.
    installHook(`if [ ! -e "$GIT_DIR/raced" ]; then touch "$GIT_DIR/raced"; ${clean} git -C "${other}" push -q origin HEAD:refs/heads/${BRANCH}; fi\nexit 0`);
    try {
      const run = await monitor(31, {}, true);
      expect(run.status, run.log).toBe(0);
      expect(run.log).toContain('30 observations loaded, 1 added, 0 day files dropped past the horizon; pushed after 1 rejected push.');
    } finally {
      removeHook();
      rmSync(other, { recursive: true, force: true });
    }
    expect(commits()).toBe(32);
    expect(isAncestor(before)).toBe(true);
    expect(git(fixture.remote, 'log', '-2', '--format=%s', BRANCH).split('\n')[1]).toBe('another run');
    const day = git(fixture.remote, 'show', `${BRANCH}:observations/2026-12-01.jsonl`);
    expect(day).toContain('"ingest:other-run:31"');
    expect(day).toContain('"probe:podcast.podcast-listeners:daily:rows:2026-12-01T06"');
  });

  it('a push rejected twice with one retry fails with exit 2 and a clear message, and leaves the branch as it was', async () => {
    const before = tip();
    installHook('echo "pre-receive: pushes to meshplane-data are paused" >&2\nexit 1');
    let run: Run;
    try {
      run = await monitor(32, { 'data-branch-retries': '1' }, true);
    } finally {
      removeHook();
    }
    expect(run.status).toBe(2);
    expect(run.log).toMatch(
      /^::error title=Meshplane::The push to the data branch meshplane-data at .* was rejected 2 times .*retries: 1\)\. Nothing of this run was pushed/m,
    );
    expect(run.log).toContain('pushes to meshplane-data are paused');
    expect(run.log).not.toContain('ghs_testTokenValue');
    expect(tip()).toBe(before);
  });

  it('an unreachable data branch fails before measuring, with exit 2, naming the branch and not the token', async () => {
    const before = tip();
    const gone = join(tmpdir(), 'meshplane-no-such-remote.git');
    const run = await monitor(33, { 'data-branch-remote': gone }, true);
    expect(run.status).toBe(2);
    expect(run.log).toContain(`::error title=Meshplane::Cannot reach the data branch meshplane-data at ${gone}:`);
    expect(run.log).not.toContain('Measured');
    expect(run.log).not.toContain('ghs_testTokenValue');
    expect(run.export).toBeUndefined();
    expect(tip()).toBe(before);
  });

  it('drops day files past the horizon while the branch only grows: the tree stays bounded, the history keeps them', async () => {
    for (const day of [36, 50, 75]) {
      const before = tip();
      const run = await monitor(day, {}, false);
      expect(run.status, run.log).toBe(0);
      expect(isAncestor(before)).toBe(true);
      const keepFrom = findObservationHorizon([WINDOW_HOURS], runAt(day)).slice(0, 10);
      const { files } = readBranchObservations(fixture.remote);
      expect(files.every((f) => f.slice('observations/'.length, -'.jsonl'.length) >= keepFrom)).toBe(true);
      expect(files.length).toBeLessThanOrEqual(33);
    }
    expect(readBranchObservations(fixture.remote).files).toEqual(['observations/2026-12-20.jsonl', 'observations/2027-01-14.jsonl']);
    const first = git(fixture.remote, 'rev-list', '--max-parents=0', BRANCH).trim();
    expect(git(fixture.remote, 'show', `${first}:observations/2026-11-01.jsonl`)).toContain('2026-11-01T06');
  });

  it('merges each run’s OpenLineage events into the lineage-observed.json the branch keeps, across fresh runners', async () => {
    const eventsDir = mkdtempSync(join(tmpdir(), 'meshplane-lineage-events-'));
    const events = (name: string, day: number, runId: string, inputs: string[], outputs: string[]): string => {
      const file = join(eventsDir, name);
      const eventTime = new Date(Date.parse(runAt(day)) - 3_600_000).toISOString();
      const dataset = (n: string) => ({ namespace: 'duckdb://mesh', name: n });
      const line = { eventType: 'COMPLETE', eventTime, run: { runId }, job: { namespace: 'airflow', name: 'podcast.podcast-listeners' } };
      writeFileSync(file, `${JSON.stringify({ ...line, inputs: inputs.map(dataset), outputs: outputs.map(dataset) })}\n`);
      return file;
    };
    const observed = () =>
      JSON.parse(git(fixture.remote, 'show', `${BRANCH}:lineage-observed.json`)) as {
        products: Record<string, { lastRun: { runId: string }; reads: Record<string, unknown>; writes: Record<string, unknown> }>;
      };
    try {
      const first = await monitor(90, { 'lineage-events': events('a.jsonl', 90, 'run-a', [], ['podcast.podcast_listeners__scratch']) }, true);
      expect(first.status, first.log).toBe(0);
      expect(first.log).toContain('wrote `podcast.podcast_listeners__scratch`, which no output port of `podcast.podcast-listeners` declares.');
      const second = await monitor(91, { 'lineage-events': events('b.jsonl', 91, 'run-b', ['warehouse.listeners'], []) }, false);
      expect(second.status, second.log).toBe(0);
      // The second runner started from nothing: what the first observed came from the branch.
      const kept = observed().products['podcast.podcast-listeners'];
      expect(kept?.lastRun.runId).toBe('run-b');
      expect(Object.keys(kept?.writes ?? {})).toEqual(['podcast.podcast_listeners__scratch']);
      expect(Object.keys(kept?.reads ?? {})).toEqual(['warehouse.listeners']);
      const before = git(fixture.remote, 'show', `${BRANCH}:lineage-observed.json`);
      const third = await monitor(92, {}, false);
      expect(third.status, third.log).toBe(0);
      expect(git(fixture.remote, 'show', `${BRANCH}:lineage-observed.json`)).toBe(before);
    } finally {
      rmSync(eventsDir, { recursive: true, force: true });
    }
  });

  /** Git variables a hook inherits that would point a nested push at the quarantined receive. */
  const clean = 'env -u GIT_DIR -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES';

  function installHook(body: string): void {
    const hook = join(fixture.remote, 'hooks/pre-receive');
    writeFileSync(hook, `#!/bin/sh\n${body}\n`);
    chmodSync(hook, 0o755);
  }
  function removeHook(): void {
    rmSync(join(fixture.remote, 'hooks/pre-receive'), { force: true });
  }

  /** Another clone of the data branch, as a concurrent run would have it. */
  function cloneBranch(): string {
    const dir = mkdtempSync(join(tmpdir(), 'meshplane-other-'));
    git(dir, 'clone', '-q', '--branch', BRANCH, fixture.remote, '.');
    return dir;
  }
});
