import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';
import { PRIVATE_KEY, startTestApp } from './start-test-app.js';
import { startAppProcess } from './start-app-process.js';

const MAIN = join(REPO_ROOT, 'app/dist/main.js');
describe('npm run app (app/dist/main.js)', () => {
  it('refuses to start without its settings, naming each missing variable (exit 2)', () => {
    const r = spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('APP_ID');
    expect(r.stderr).toContain('PRIVATE_KEY or PRIVATE_KEY_PATH');
    expect(r.stderr).toContain('WEBHOOK_SECRET');
  });

  it('starts from the documented environment, logs JSON, answers /healthz, refuses unsigned webhooks and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'meshplane-app-run-'));
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        APP_ID: '123',
        PRIVATE_KEY: PRIVATE_KEY.replace(/\n/g, '\\n'),
        WEBHOOK_SECRET: 'run-secret',
        PORT: '0',
        HOST: '127.0.0.1',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        MESHPLANE_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      let url = '';
      for await (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; url?: string; level?: number };
        if (entry.msg === 'Meshplane app listening') {
          url = entry.url ?? '';
          break;
        }
      }
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', queued: 0 });
      const unsigned = await fetch(`${url}/api/github/webhooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': 'd1' },
        body: '{}',
      });
      expect(unsigned.status).toBeGreaterThanOrEqual(400);
      expect((await fetch(`${url}/nothing-here`)).status).toBe(404);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('checks a pull request: a completed check run reaches GitHub, and a check that cannot run is logged, not fatal', async () => {
    // The local GitHub and the fixture repository of the in-process tests; the app is the real entry point.
    const t = await startTestApp();
    const app = await startAppProcess(t.github.url);
    try {
      const pull = t.openPull(t.commit('change', (r) => r.write('docs/change.md', 'a change\n')));
      expect(await app.deliver('pull_request', t.pullPayload('opened', pull))).toBe(200);
      // Written completed at once or in progress first, depending on how long the check took.
      const completed = t.github.requests.filter(
        (r) => (r.operationId === 'checks/create' || r.operationId === 'checks/update') && (r.body as { conclusion?: string }).conclusion,
      );
      expect(completed.map((r) => (r.body as { conclusion: string }).conclusion)).toEqual(['success']);
      expect(app.log().some((l) => l.msg === 'pull request checked')).toBe(true);
      // A head commit GitHub does not know: the check cannot run, the app logs why and goes on serving.
      const ghost = t.pullPayload('opened', pull);
      (ghost.pull_request as { head: { sha: string } }).head.sha = 'f'.repeat(40);
      expect(await app.deliver('pull_request', ghost)).toBe(200);
      expect(
        app
          .log()
          .filter((l) => l.level === 50)
          .map((l) => l.msg),
      ).toEqual(['check failed to run']);
      expect(await app.deliver('pull_request', t.pullPayload('synchronize', pull))).toBe(200);
      expect(app.log().filter((l) => l.msg === 'pull request checked')).toHaveLength(2);
      t.github.assertNoViolations();
    } finally {
      await app.close();
      await t.close();
    }
  }, 120_000);
});
