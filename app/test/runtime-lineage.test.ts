import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp({ now: new Date('2026-11-22T12:00:00Z') });
const state = () => t.github.repo(OWNER, REPO);
const runsFor = (sha: string) => state().checkRuns.filter((r) => r.head_sha === sha);
const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';

/** What the slo-monitor action keeps on the data branch: the listeners' run read the play events, which it does not declare. */
const run = { runId: 'run-1', job: 'airflow/podcast.podcast-listeners', time: '2026-11-21T01:00:00.000Z' };
const observed = JSON.stringify({
  version: 1,
  updatedAt: run.time,
  products: {
    'podcast.podcast-listeners': { lastRun: run, reads: { 'listener.listener_profiles__daily_snapshot': run, 'player.play_events__table': run }, writes: {} },
  },
});

/** A feature change (more documentation, with its patch bump) to the drifting product. */
const feature = edits.file(LISTENERS, (s) =>
  s
    .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
    .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
);

describe('runtime lineage in the app’s check', () => {
  it('reads lineage-observed.json from the data branch: the policies judge input.runtime and the pull request is warned of the drift', async () => {
    t.commit('meshplane-data', (r) => r.write('lineage-observed.json', observed), { from: 'main', message: 'observed lineage' });
    const sha = t.commit('feature', feature);
    await t.deliver('pull_request', t.pullPayload('opened', t.openPull('feature')));
    const [checked] = runsFor(sha);
    expect(checked?.conclusion).toBe('failure');
    expect(checked?.annotations.find((a) => a.title === 'global.runtime.undeclared-confidential-input')).toMatchObject({
      path: LISTENERS,
      annotation_level: 'failure',
      message: expect.stringContaining('read `player.play_events__table`, the confidential port `table` of `player.play-events`'),
    });
    expect(checked?.annotations.find((a) => a.title === 'lineage.undeclared-input')).toMatchObject({ path: LISTENERS, annotation_level: 'warning' });
  }, 120_000);

  it('fails closed, saying why, when the data branch holds a file that is not an observed lineage', async () => {
    t.commit('meshplane-data', (r) => r.write('lineage-observed.json', '{"version": 7}'), { message: 'broken' });
    const sha = t.commit('feature-2', feature);
    await t.deliver('pull_request', t.pullPayload('opened', t.openPull('feature-2')));
    const [checked] = runsFor(sha);
    expect(checked?.conclusion).toBe('failure');
    expect(JSON.stringify(checked)).toContain('lineage-observed.json on the meshplane-data branch is not an observed lineage');
  }, 120_000);
});
