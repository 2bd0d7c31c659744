import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, copyExampleMesh, git, runMesh, validateSarif } from '@meshplane/testkit';

/** The day the example mesh's agreements on personal data of six products and one waiver have ended: seven errors on main. */
const LATER = '2027-04-01';
const A = 'catalog/player/play-events/product.yaml';
const B = 'catalog/podcast/podcast-listeners/product.yaml';

describe('a pull request is judged on what it changes (mesh check --base)', () => {
  const repo = copyExampleMesh({ policies: true });
  commitAll(repo.dir);
  afterAll(() => repo.remove());
  const read = (file: string): string => readFileSync(join(repo.dir, file), 'utf8');
  /** Checks out a branch from main with one edit, and checks it against main on the later day. */
  const checkChange = (branch: string, file: string, edit: (s: string) => string, format = 'text') => {
    git(repo.dir, 'checkout', '-q', '-B', branch, 'main');
    repo.write(file, edit(read(file)));
    git(repo.dir, 'commit', '-qam', branch);
    return runMesh(['check', '--base', 'main', '--today', LATER, '--format', format], { cwd: repo.dir, timeoutMs: 120_000 });
  };
  /** A documentation change with the patch bump it needs. */
  const describeMore = (s: string): string =>
    s
      .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
      .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`);

  it('passes a change to product B with a summary of the errors others left on the base', () => {
    const r = checkChange('touch-b', B, describeMore);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('7 existing errors in 7 products, none touched by this change: they do not block (review.blockOn: touched).');
    expect(r.stdout).toMatch(/catalog\/player\/play-events\/agreements\/player-design\.yaml:\d+:\d+ {2}error \(existing\) {2}/);
    expect(r.stdout).toMatch(/✔ Passed with 0 errors \(and 7 existing, not blocking\)/);
    expect(r.status).toBe(0);
  });

  it('fails a change to product A, whose own ended agreement now blocks', () => {
    const r = checkChange('touch-a', A, describeMore);
    expect(r.stdout).toContain('6 existing errors in 6 products');
    expect(r.stdout).toMatch(/✖ Failed: 1 error \(and 6 existing, not blocking\)/);
    expect(r.status).toBe(1);
  });

  it('fails an error the change introduces in product B', () => {
    const r = checkChange('break-b', B, (s) => s.replace('  productOwner:', '  prodctOwner:'));
    expect(r.stdout).toMatch(/podcast-listeners\/product\.yaml:\d+:\d+ {2}error {2}Unknown key `prodctOwner`/);
    expect(r.status).toBe(1);
  });

  it('marks each SARIF result new, unchanged or absent (baselineState), valid against the SARIF schema', () => {
    const r = checkChange('sarif-b', B, (s) => describeMore(s).replace('  productOwner:', '  prodctOwner:'), 'sarif');
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    const states = (log.runs[0].results as { ruleId: string; baselineState: string }[]).map((x) => `${x.ruleId} ${x.baselineState}`);
    expect(states).toContain('schema.unknown-key new');
    expect(states).toContain('global.agreements.personal-data-ended unchanged');
  }, 60_000);

  it('with review.blockOn: all, every error fails the change, as before', () => {
    const config = '.github/meshplane.yml';
    const r = checkChange('all-b', B, describeMore);
    expect(r.status).toBe(0);
    repo.write(config, `${read(config)}`.replace('review:\n', 'review:\n  blockOn: all\n'));
    const strict = runMesh(['check', '--base', 'main', '--today', LATER], { cwd: repo.dir, timeoutMs: 120_000 });
    expect(strict.stdout).toMatch(/✖ Failed: 7 errors/);
    expect(strict.status).toBe(1);
  });
});
