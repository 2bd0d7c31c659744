import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSloStatus, commitAll, copyExampleMesh, git, runMesh } from '@meshplane/testkit';

const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';
const exhausted = buildSloStatus({ port: 'daily-listeners', slo: 'fresh-daily', budgetRemaining: -2.42, burnRates: [{ window: 'PT6H', rate: 20 }] });

describe('the error-budget merge gate (mesh check --base)', () => {
  const repo = copyExampleMesh({ policies: true });
  repo.write('.gitignore', '.meshplane/\n');
  commitAll(repo.dir);
  git(repo.dir, 'checkout', '-q', '-b', 'feature');
  const path = join(repo.dir, LISTENERS);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
      .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
  );
  git(repo.dir, 'commit', '-qam', 'feature');
  afterAll(() => repo.remove());
  const check = (...flags: string[]) => runMesh(['check', '--base', 'main', '--today', '2026-11-22', ...flags], { cwd: repo.dir, timeoutMs: 120_000 });
  const statuses = (list: unknown[]): void => repo.write('.meshplane/slo-status.json', JSON.stringify(list));

  it('runs no gate and says nothing when the mesh keeps no SLO statuses', () => {
    const r = check();
    expect(r.stdout).not.toContain('slo.budget-exhausted');
    expect(r.status).toBe(0);
  });

  it('fails a change to a product whose budget is exhausted, on the SLO’s line, with how to proceed', () => {
    statuses([exhausted]);
    const r = check();
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('- name: fresh-daily')) + 1;
    expect(r.stdout).toContain(
      `${LISTENERS}:${line}:11  error  SLO \`fresh-daily\` on port \`daily-listeners\`: budget exhausted (342 % spent) over 28 days, burning 20× over 6 h (evaluated 2026-11-22 06:00 UTC).  [slo.budget-exhausted]`,
    );
    expect(r.stdout).toContain('If this pull request restores the SLO, label it `reliability-fix`');
    expect(r.status).toBe(1);
  });

  it('passes a reliability fix with a notice, and reads statuses from a named file', () => {
    const file = join(repo.dir, '.meshplane/elsewhere.json');
    writeFileSync(file, JSON.stringify({ evaluatedAt: exhausted.evaluatedAt, products: { [exhausted.productId]: { statuses: [exhausted] } } }));
    statuses([]);
    expect(check('--slo-status', file).status).toBe(1);
    const r = check('--slo-status', file, '--reliability-fix');
    expect(r.stdout).toMatch(/notice {2}SLO `fresh-daily` .* Allowed: this pull request is a reliability fix \(`reliability-fix`\)\./);
    expect(r.status).toBe(0);
  });

  it('blocks nothing on statuses more than a week old (the SLO job stopped), and says how old they are', () => {
    statuses([{ ...exhausted, evaluatedAt: '2026-11-10T06:00:00.000Z' }]);
    const r = check();
    expect(r.stdout).toContain(
      'The SLO statuses of this product are from 2026-11-10, more than 7 days old (.meshplane/slo-status.json): the gate does not block on them.',
    );
    expect(r.status).toBe(0);
  });

  it('never blocks on an unknown budget, but says so', () => {
    statuses([{ ...exhausted, state: 'no-data', severity: 'info', budgetRemaining: undefined, attainment: undefined }]);
    const r = check();
    expect(r.stdout).toContain('Error budget unknown (no data) for `daily-listeners/fresh-daily`: the gate does not block on an unknown budget.');
    expect(r.status).toBe(0);
  });

  it('warns instead where the config says so for the domain, and says when it has no statuses to judge with', () => {
    const config = join(repo.dir, '.github/meshplane.yml');
    const before = readFileSync(config, 'utf8');
    writeFileSync(config, before.replace(/^review:\n/m, 'review:\n  errorBudget:\n    domains:\n      podcast: warn\n'));
    git(repo.dir, 'commit', '-qam', 'podcast: warn only');
    statuses([exhausted]);
    const warned = check();
    expect(warned.stdout).toMatch(/warning {2}SLO `fresh-daily` on port `daily-listeners`: budget exhausted/);
    expect(warned.status).toBe(0);
    rmSync(join(repo.dir, '.meshplane/slo-status.json'));
    const unjudged = check();
    expect(unjudged.stdout).toContain(
      'No SLO statuses were found (no .meshplane/slo-status.json; run mesh slo evaluate): the error-budget gate did not judge this change.',
    );
    expect(unjudged.status).toBe(0);
    const none = check('--slo-status', join(repo.dir, '.meshplane/missing.json'));
    expect(none.stderr).toMatch(/Cannot read the SLO statuses in .*missing\.json/);
    expect(none.status).toBe(2);
  });
});
