import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh } from '@meshplane/testkit';

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
  const drift = (...args: string[]) => runMesh(['lineage', 'drift', ...args, '--now', NOW], { cwd: repo.dir, timeoutMs: 120_000 });

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
      /catalog\/playlist\/sports-playlists\/product\.yaml:\d+:\d+ {2}warning {2}Input port `[a-z-]+` declares `music\.music-profiles\/profiles`, but none of the 1 runs of `playlist\.sports-playlists` in the last 14 days read it\. {2}\[lineage\.stale-input\]/,
    );
    expect(r.stdout).not.toContain('declares `partnership.partner-playlists/activity-tracks`');
    expect(r.stdout).not.toContain('runs of `podcast.podcast-listeners` in the last 14 days read it');
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

  it('says what is wrong with its arguments, with exit 2', () => {
    expect(drift().stderr).toContain('Name the OpenLineage event files');
    const missing = drift(join(repo.dir, 'nope.jsonl'));
    expect(missing.stderr).toMatch(/Cannot read the events in nope\.jsonl/);
    expect(missing.status).toBe(2);
    expect(drift(events('x.jsonl', []), '--days', 'soon').status).toBe(2);
  });
});
