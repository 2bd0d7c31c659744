import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { commitAll, copyExampleMesh, git, runMesh } from '@meshplane/testkit';

const NOW = '2026-11-22T06:00:00Z';
const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';

/** One OpenLineage COMPLETE run event of a job, reading and writing datasets by name. */
function complete(job: string, runId: string, eventTime: string, inputs: string[], outputs: string[]): string {
  return JSON.stringify({
    eventType: 'COMPLETE',
    eventTime,
    producer: 'https://example.com/pipeline',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId },
    job: { namespace: 'daff-airflow', name: job },
    inputs: inputs.map((name) => ({ namespace: 'duckdb://mesh', name })),
    outputs: outputs.map((name) => ({ namespace: 'duckdb://mesh', name })),
  });
}

describe('mesh lineage drift', () => {
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  const events = (name: string, lines: string[]): string => {
    const file = join(repo.dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  // Each test keeps its observations in its own file, so what one test ingests does not judge another's runs.
  let kept = 0;
  const drift = (...args: string[]) =>
    runMesh(['lineage', 'drift', ...args, '--now', NOW, '--observed', join(repo.dir, `.meshplane/observed-${kept}.json`)], {
      cwd: repo.dir,
      timeoutMs: 120_000,
    });
  beforeEach(() => {
    kept += 1;
  });

  it('finds an undeclared input, an undeclared output and a stale declaration, each on its line with the run as evidence', () => {
    const file = events('runs.jsonl', [
      // The listeners job reads the profiles it declares, and the play events it does not; it writes a table no port declares.
      complete(
        'podcast.podcast-listeners',
        'run-1',
        '2026-11-21T01:00:00Z',
        ['listener.listener_profiles__daily_snapshot', 'player.play_events__table'],
        ['podcast.podcast_listeners__daily_listeners', 'podcast.podcast_listeners__scratch'],
      ),
      // Sports playlists runs, reading one of the products it declares and not the others.
      complete('playlist.sports-playlists', 'run-2', '2026-11-21T02:00:00Z', ['partnership.partner-playlists/activity-tracks'], []),
    ]);
    const r = drift(file);
    expect(r.stdout).toContain(
      `${LISTENERS}:23:3  warning  Run run-1 of job \`daff-airflow/podcast.podcast-listeners\` (2026-11-21T01:00:00.000Z) read \`player.play_events__table\`, port \`table\` of \`player.play-events\`, but no input port declares it.  [lineage.undeclared-input]`,
    );
    expect(r.stdout).toContain(
      'wrote `podcast.podcast_listeners__scratch`, which no output port of `podcast.podcast-listeners` declares.  [lineage.undeclared-output]',
    );
    expect(r.stdout).toMatch(
      /catalog\/playlist\/sports-playlists\/product\.yaml:\d+:\d+ {2}warning {2}Input port `[a-z-]+` declares `music\.music-profiles\/profiles`, but no run of `playlist\.sports-playlists` in the last 14 days read it \(latest run run-2 on 2026-11-21T02:00:00\.000Z; never read in what was observed\)\. {2}\[lineage\.stale-input\]/,
    );
    expect(r.stdout).not.toContain('declares `partnership.partner-playlists/activity-tracks`');
    expect(r.stdout).not.toContain('no run of `podcast.podcast-listeners` in the last 14 days read it');
    // Drift warns (governance decides what blocks): the summary and the exit code agree.
    expect(r.stdout).toMatch(/✔ Passed with 0 errors, \d+ warnings/);
    expect(r.status).toBe(0);
  });

  it('reports no drift for runs that do what the products declare, and judges nothing without runs', () => {
    const file = events('clean.jsonl', [
      complete(
        'podcast.podcast-listeners:daily',
        'run-3',
        '2026-11-21T01:00:00Z',
        ['listener.listener-profiles/daily-snapshot'],
        ['podcast.podcast-listeners/daily-listeners'],
      ),
    ]);
    const r = drift(file, '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string }> };
    expect(report.findings.filter((f) => f.ruleId.startsWith('lineage.') && f.ruleId !== 'lineage.unknown-dataset')).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('turns broken lines, skewed clocks, repeated run ids and unknown datasets into findings, never a crash', () => {
    const file = events('bad.jsonl', [
      '{ not json',
      JSON.stringify({ eventType: 'COMPLETE' }),
      complete('podcast.podcast-listeners', 'run-4', '2027-01-01T00:00:00Z', ['player.play_events__table'], []),
      complete('podcast.podcast-listeners', 'run-5', '2026-11-21T01:00:00Z', ['listener.listener_profiles__daily_snapshot', 'warehouse.unknown_table'], []),
      complete('podcast.podcast-listeners', 'run-5', '2026-11-21T01:05:00Z', ['listener.listener_profiles__daily_snapshot'], []),
      complete('someone-elses-job', 'run-6', '2026-11-21T01:00:00Z', ['x'], ['y']),
    ]);
    const r = drift(file, '--format', 'json');
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line?: number; message: string }> };
    const rules = report.findings.map((f) => `${f.ruleId}${f.line ? `:${f.line}` : ''}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'lineage.malformed-event:1',
        'lineage.malformed-event:2',
        'lineage.future-event:3',
        'lineage.repeated-run',
        'lineage.unknown-job',
        'lineage.unknown-dataset',
      ]),
    );
    // The skewed run is no evidence: nothing says the listeners read the play events.
    expect(rules).not.toContain('lineage.undeclared-input');
    expect(r.status).toBe(0);
  });

  it('keeps what it observed: the same events twice change nothing, and a run without events reports from what is kept', () => {
    const file = events('kept.jsonl', [
      complete('podcast.podcast-listeners', 'run-7', '2026-11-21T01:00:00Z', ['listener.listener_profiles__daily_snapshot', 'player.play_events__table'], []),
    ]);
    const first = drift(file, '--format', 'json');
    const state = join(repo.dir, `.meshplane/observed-${kept}.json`);
    const once = readFileSync(state, 'utf8');
    expect(JSON.parse(once)).toMatchObject({
      version: 1,
      updatedAt: '2026-11-21T01:00:00.000Z',
      products: { 'podcast.podcast-listeners': { lastRun: { runId: 'run-7' }, reads: { 'player.play_events__table': { runId: 'run-7' } } } },
    });
    drift(file);
    expect(readFileSync(state, 'utf8')).toBe(once);
    const fromState = drift('--format', 'json');
    expect(fromState.status).toBe(0);
    const rules = (out: string) =>
      (JSON.parse(out) as { findings: Array<{ ruleId: string; line?: number }> }).findings.map((f) => `${f.ruleId}:${f.line ?? ''}`);
    expect(rules(fromState.stdout)).toEqual(rules(first.stdout));
    expect(rules(fromState.stdout)).toContain('lineage.undeclared-input:23');
  });

  it('says what is wrong with its arguments, with exit 2', () => {
    expect(drift().stderr).toContain('Name the OpenLineage event files');
    const missing = drift(join(repo.dir, 'nope.jsonl'));
    expect(missing.stderr).toMatch(/Cannot read the events in nope\.jsonl/);
    expect(missing.status).toBe(2);
    expect(drift(events('x.jsonl', []), '--days', 'soon').status).toBe(2);
    writeFileSync(join(repo.dir, `.meshplane/observed-${kept}.json`), '{"version": 7}');
    expect(drift().stderr).toMatch(/observed-\d+\.json is not an observed lineage .*Delete it and run mesh lineage drift <events…> again\./);
  });
});

describe('runtime lineage in mesh check', () => {
  const repo = copyExampleMesh({ policies: true });
  repo.write('.gitignore', '.meshplane/\n');
  commitAll(repo.dir);
  afterAll(() => repo.remove());
  const file = join(repo.dir, 'runs.jsonl');
  writeFileSync(
    file,
    `${complete('podcast.podcast-listeners', 'run-1', '2026-11-21T01:00:00Z', ['listener.listener_profiles__daily_snapshot', 'player.play_events__table'], [])}\n`,
  );
  const ingest = runMesh(['lineage', 'drift', file, '--now', NOW], { cwd: repo.dir, timeoutMs: 120_000 });
  const check = (...flags: string[]) => runMesh(['check', '--today', '2026-11-22', ...flags], { cwd: repo.dir, timeoutMs: 120_000 });

  it('gives policies input.runtime: an undeclared read of a confidential port fails the check on the input ports line', () => {
    expect(ingest.status).toBe(0);
    const r = check();
    expect(r.stdout).toContain(
      `${LISTENERS}:24:5  error  Run run-1 of job \`daff-airflow/podcast.podcast-listeners\` (2026-11-21T01:00:00.000Z) read \`player.play_events__table\`, the confidential port \`table\` of \`player.play-events\`, but no input port declares it.`,
    );
    expect(r.stdout).toContain('[global.runtime.undeclared-confidential-input]');
    expect(r.status).toBe(1);
    // Without observations the rule has nothing to judge.
    expect(check('--observed', join(repo.dir, 'none.json')).stderr).toContain('Cannot read the observed lineage');
  });

  it('warns a pull request that touches a drifting product, and clears it when the change declares the input', () => {
    git(repo.dir, 'checkout', '-q', '-b', 'touch');
    const path = join(repo.dir, LISTENERS);
    const text = readFileSync(path, 'utf8');
    const bump = (t: string, part: 'patch' | 'minor') =>
      t.replace(/^( {2}version: )(\d+)\.(\d+)\.(\d+)/m, (_m, k: string, a: string, b: string, c: string) =>
        part === 'patch' ? `${k}${a}.${b}.${Number(c) + 1}` : `${k}${a}.${Number(b) + 1}.0`,
      );
    writeFileSync(path, bump(text.replace(/^ {2}purpose: .*$/m, '  purpose: Audience analytics.'), 'patch'));
    git(repo.dir, 'commit', '-qam', 'touch');
    const touched = check('--base', 'main', '--format', 'json');
    const findings = (JSON.parse(touched.stdout) as { findings: Array<{ ruleId: string; file?: string; line?: number }> }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'lineage.undeclared-input', file: LISTENERS, line: 23 }));
    git(repo.dir, 'checkout', '-q', 'main');
    git(repo.dir, 'checkout', '-q', '-b', 'declare');
    const declared = text.replace(
      /^ {2}outputPorts:/m,
      '    - name: play-events\n      source: { product: player.play-events, port: table }\n      mode: pull\n  outputPorts:',
    );
    writeFileSync(path, bump(declared, 'minor'));
    git(repo.dir, 'commit', '-qam', 'declare');
    const fixed = check('--base', 'main', '--format', 'json');
    const after = (JSON.parse(fixed.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    expect(after).not.toContain('lineage.undeclared-input');
    expect(after).not.toContain('global.runtime.undeclared-confidential-input');
  });
});
