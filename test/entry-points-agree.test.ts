import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, runMesh, type TempRepo } from '@meshplane/testkit';
import { OWNER, REPO, startTestApp, type TestApp } from '../app/test/start-test-app.js';
import { runActionEntry, writePullRequestEvent } from '../actions/test/run-action-entry.js';

const TODAY = '2026-11-22';

/** One finding as every entry point can show it: the rule, the severity, the file and line, the message. */
interface Shown {
  rule: string;
  severity: string;
  file: string;
  line: number;
  message: string;
}

const LEVEL: Record<string, string> = { failure: 'error', warning: 'warning', notice: 'notice' };
const order = (a: Shown, b: Shown): number => JSON.stringify(a).localeCompare(JSON.stringify(b));

function fromReport(json: string): { verdict: string; findings: Shown[] } {
  const report = JSON.parse(json) as { verdict: string; findings: { ruleId: string; severity: string; file?: string; line?: number; message: string }[] };
  const findings = report.findings
    .filter((f) => f.file)
    .map((f) => ({ rule: f.ruleId, severity: f.severity, file: f.file as string, line: f.line ?? 1, message: f.message }));
  return { verdict: report.verdict, findings: findings.sort(order) };
}

/** A pull request that breaks a port its consumers read, adds a typo and a policy warning: errors of three kinds. */
function editPullRequest(repo: TempRepo): void {
  const port = 'catalog/podcast/podcast-listeners/product.yaml';
  repo.write(port, readFileSync(join(repo.dir, port), 'utf8').replace('- { name: listener_id, type: string,', '- { name: listener_id, type: integer,'));
  const typo = 'catalog/player/play-events/product.yaml';
  repo.write(typo, readFileSync(join(repo.dir, typo), 'utf8').replace('  productOwner:', '  prodctOwner:'));
}

describe('the CLI, the check action and the app judge one pull request alike', () => {
  let t: TestApp;
  let headSha: string;
  let baseSha: string;
  beforeAll(async () => {
    t = await startTestApp({ now: new Date(`${TODAY}T09:00:00Z`) });
    baseSha = git(t.repo.dir, 'rev-parse', 'main').trim();
    headSha = t.commit('breaking', editPullRequest);
    git(t.repo.dir, 'checkout', '-q', 'breaking');
  }, 120_000);
  afterAll(async () => {
    t?.github.assertNoViolations();
    await t?.close();
  });

  it('gives the same verdict and the same findings on the same lines', async () => {
    const cli = runMesh(['check', '--base', 'main', '--today', TODAY, '--format', 'json'], { cwd: t.repo.dir, timeoutMs: 120_000 });
    expect(cli.stderr).toBe('');
    const fromCli = fromReport(cli.stdout);
    expect(fromCli.verdict).toBe('fail');
    expect(fromCli.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['schema.unknown-key', 'change.breaking-consumers']));

    const event = writePullRequestEvent({ baseSha, headSha });
    const action = await runActionEntry('check', {
      cwd: t.repo.dir,
      inputs: { today: TODAY },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(action.status).toBe(1);
    expect(fromReport(readFileSync(action.outputs['report-path'] as string, 'utf8'))).toEqual(fromCli);

    const pull = t.openPull('breaking');
    expect(await t.deliver('pull_request', t.pullPayload('opened', pull))).toBe(200);
    const run = t.github.repo(OWNER, REPO).checkRuns.find((r) => r.head_sha === headSha);
    expect(run?.conclusion).toBe('failure');
    const fromApp = (run?.annotations ?? [])
      .map((a) => ({
        rule: a.title as string,
        severity: LEVEL[a.annotation_level as string] as string,
        file: a.path as string,
        line: a.start_line as number,
        message: a.message as string,
      }))
      .sort(order);
    expect(fromApp).toEqual(fromCli.findings);
  }, 240_000);
});
