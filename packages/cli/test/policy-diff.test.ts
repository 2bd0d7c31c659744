import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, copyExampleMesh, git, runMesh } from '@meshplane/testkit';

describe('a policy pull request shows its rule diffs, and says first when it relies on its own relaxation', () => {
  const repo = copyExampleMesh({ policies: true });
  commitAll(repo.dir);
  afterAll(() => repo.remove());
  const edit = (file: string, f: (s: string) => string): void => repo.write(file, f(readFileSync(join(repo.dir, file), 'utf8')));

  it('lowers the description threshold and shortens a description that needs it', () => {
    git(repo.dir, 'checkout', '-q', '-b', 'relax');
    edit('policies/global/docs.rego', (s) => s.replace('min_description := 40', 'min_description := 10'));
    edit('catalog/podcast/podcast-listeners/product.yaml', (s) =>
      s
        .replace(/^ {2}description: \|\n(?: {4}.*\n)+/m, '  description: Listeners.\n')
        .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
    );
    git(repo.dir, 'commit', '-qam', 'relax');
    const r = runMesh(['check', '--base', 'main', '--today', '2026-11-22'], { cwd: repo.dir, timeoutMs: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      "⚠ This pull request relaxes `global.docs.description` and relies on it: its own change to `podcast.podcast-listeners` fails under the base's policies, which judge it. Split the policy change into its own pull request, or fix the product.",
    );
    expect(r.stdout).toMatch(/^Rule changed: global\.docs\.description \(policies\/global\/docs\.rego:\d+\)$/m);
    expect(r.stdout).toContain('  -min_description := 40');
    expect(r.stdout).toContain('  +min_description := 10');
    const md = runMesh(['check', '--base', 'main', '--today', '2026-11-22', '--format', 'markdown'], { cwd: repo.dir, timeoutMs: 120_000 });
    expect(md.stdout).toContain('> ⚠️ **This pull request relaxes `global.docs.description` and relies on it');
    expect(md.stdout).toMatch(/<details><summary>Rule changed: <code>global\.docs\.description<\/code>.*\n\n```diff\n@@ /);
  }, 120_000);
});
