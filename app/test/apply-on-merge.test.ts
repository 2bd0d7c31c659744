import { describe, expect, it } from 'vitest';
import { openPlatformDriver } from '@meshplane/platform';
import { git } from '@meshplane/testkit';
import { locateRepoData } from '../src/index.js';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp({ env: { MESHPLANE_TEST_DATABASE_URL: 'postgres://meshplane@127.0.0.1:1/mesh' } });

const deployments = () => t.github.repo(OWNER, REPO).deployments;
const pushMain = (sha: string, ref = 'refs/heads/main') =>
  t.deliver(
    'push',
    t.payload('push', undefined, { ref, before: '0'.repeat(40), after: sha, deleted: false, created: false, forced: false, commits: [], head_commit: null }),
  );

describe('apply on merge', () => {
  it('provisions the merged commit into DuckDB and records a successful deployment', async () => {
    const sha = git(t.repo.dir, 'rev-parse', 'main').trim();
    await pushMain(sha);
    const [deployment, ...more] = deployments();
    expect(more).toEqual([]);
    expect(deployment).toMatchObject({ sha, ref: sha, environment: 'data-platform' });
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(deployment?.statuses[1]?.description).toMatch(/^Applied \d+ operations to DuckDB/);
    const driver = await openPlatformDriver({
      root: locateRepoData(t.dataDir, OWNER, REPO),
      config: { apiVersion: 'meshplane/v1', kind: 'Config' },
      readOnly: true,
    });
    try {
      const [last] = await driver.readApplies(1);
      expect(last?.commit).toBe(sha);
      expect((await driver.readActualState([])).managed.length).toBeGreaterThan(20);
    } finally {
      await driver.close();
    }
  });

  it('records what was applied on the platform, and a second push of the same state changes nothing', async () => {
    const sha = git(t.repo.dir, 'rev-parse', 'main').trim();
    await pushMain(sha);
    expect(deployments().at(-1)?.statuses.at(-1)?.description).toMatch(/^Applied 0 operations/);
  });

  it('ignores pushes to other branches', async () => {
    const before = deployments().length;
    const sha = t.commit('feature', edits.copyProduct('podcast.top-daily-podcasts', 'podcast.top-feature-podcasts'));
    await pushMain(sha, 'refs/heads/feature');
    expect(deployments().length).toBe(before);
  });

  it('fails the deployment with the reason when the platform cannot be reached', async () => {
    const sha = t.commit(
      'main',
      edits.file('.github/meshplane.yml', (s) =>
        s.replace(/platform:\n(\s+.*\n)+?(?=\S)/, 'platform:\n  driver: postgres\n  connectionEnv: MESHPLANE_TEST_DATABASE_URL\n'),
      ),
    );
    await pushMain(sha);
    const last = deployments().at(-1);
    expect(last?.sha).toBe(sha);
    expect(last?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(last?.statuses[1]?.description).toMatch(/^Apply failed: .*(127\.0\.0\.1|connect|ECONNREFUSED)/i);
  });
});
