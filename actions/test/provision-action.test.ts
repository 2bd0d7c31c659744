import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildMeshFiles,
  buildProduct,
  commitAll,
  git,
  makeTempRepo,
  startGithubServer,
  startPostgres,
  toYaml,
  type GithubServer,
  type TempRepo,
  type TestPostgres,
} from '@meshplane/testkit';
import { runActionEntry } from './run-action-entry.js';

const CONFIG = toYaml({ apiVersion: 'meshplane/v1', kind: 'Config', platform: { driver: 'postgres' } });

describe('actions/provision on a push to the default branch, against PostgreSQL and the local GitHub', () => {
  let pg: TestPostgres;
  let github: GithubServer;
  let repo: TempRepo;
  let sha: string;
  beforeAll(async () => {
    pg = await startPostgres();
    github = await startGithubServer();
    repo = makeTempRepo({ ...buildMeshFiles([buildProduct()]), '.github/meshplane.yml': CONFIG });
    sha = commitAll(repo.dir);
  });
  afterAll(async () => {
    await github?.close();
    pg?.stop();
    repo?.remove();
  });

  const provision = (inputs: Record<string, string>) =>
    runActionEntry('provision', {
      cwd: repo.dir,
      inputs: { today: '2026-11-22', 'github-token': 'test-token', ...inputs },
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_SHA: git(repo.dir, 'rev-parse', 'HEAD').trim(),
        GITHUB_REPOSITORY: 'daff/mesh',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '42',
        MESHPLANE_DATABASE_URL: pg.url,
      },
    });

  it('applies the catalog, summarizes what changed and records a successful deployment of the commit', async () => {
    const run = await provision({ environment: 'meshplane' });
    expect(run.stdout).not.toContain('::error');
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'applied', blocked: '0', orphans: '0' });
    expect(Number(run.outputs.operations)).toBeGreaterThan(5);
    expect(run.summary).toMatch(/^### Provisioning plan$/m);
    expect(run.summary).toContain('<details><summary>podcast.podcast-listeners');
    expect(run.summary).toMatch(/^Applied \d+ operations to 127\.0\.0\.1:\d+\/postgres in \d+\.\d s\.$/m);
    expect(run.summary + run.stdout + run.stderr).not.toContain(new URL(pg.url).password);
    const [deployment] = github.repo('daff', 'mesh').deployments;
    expect(deployment).toMatchObject({ sha, environment: 'meshplane', description: expect.stringMatching(/^Meshplane applied: \d+ to create/) });
    expect(deployment?.statuses.map((s) => [s.state, s.log_url])).toEqual([['success', 'https://github.com/daff/mesh/actions/runs/42']]);
    expect(run.outputs['deployment-id']).toBe(String(deployment?.id));
    github.assertNoViolations();
  });

  it('has nothing to do the second time', async () => {
    const run = await provision({});
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'applied', operations: '0', summary: 'No changes: the platform matches the catalog.' });
  });

  it('plans a new column without applying it', async () => {
    repo.write(
      'catalog/podcast/podcast-listeners/product.yaml',
      toYaml(
        buildProduct(undefined, (p) => {
          p.spec.outputPorts[0]?.schema?.push({ name: 'device', type: 'string' });
          p.metadata.version = '1.1.0';
        }),
      ),
    );
    git(repo.dir, 'commit', '-qam', 'device');
    const run = await provision({ mode: 'plan' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'planned', operations: expect.stringMatching(/^[1-9]/) });
    expect(run.summary).toContain('+ add column podcast.podcast_listeners__daily.device');
    expect((await provision({ mode: 'plan' })).outputs.result).toBe('planned');
  });

  it('refuses a catalog with errors, changes nothing and records a failed deployment', async () => {
    repo.write(
      'catalog/podcast/podcast-listeners/product.yaml',
      toYaml(buildProduct(undefined, (p) => ((p.metadata as unknown as Record<string, unknown>).ownr = 'x'))),
    );
    git(repo.dir, 'commit', '-qam', 'typo');
    const before = github.repo('daff', 'mesh').deployments.length;
    const run = await provision({ environment: 'meshplane' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'refused', operations: '0' });
    expect(run.summary).toContain('### ❌ Meshplane did not provision');
    expect(run.summary).toContain('Unknown key `ownr`');
    const deployments = github.repo('daff', 'mesh').deployments;
    expect(deployments).toHaveLength(before + 1);
    expect(deployments.at(-1)?.statuses.map((s) => s.state)).toEqual(['failure']);
    github.assertNoViolations();
  });

  it('rejects an unknown mode as a fault', async () => {
    const run = await provision({ mode: 'destroy' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('::error title=Meshplane::Input `mode` takes apply or plan, not `destroy`.\n');
  });
});
