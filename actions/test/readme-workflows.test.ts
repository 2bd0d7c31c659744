import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

/** The YAML blocks of the README's "Adopting the actions" section: the workflows a catalog repository copies. */
function readmeWorkflows(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Adopting the actions'), readme.indexOf('## This repository'));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

describe('the README copy-paste workflows', () => {
  const workflows = readmeWorkflows();

  it('are the check and the provision workflows, using the actions by owner, path and commit', () => {
    expect(workflows).toHaveLength(2);
    expect(workflows[0]).toContain('uses: OWNER/meshplane/actions/check@COMMIT_SHA');
    expect(workflows[1]).toContain('uses: OWNER/meshplane/actions/provision@COMMIT_SHA');
  });

  it('pass actionlint and zizmor once OWNER and COMMIT_SHA are filled in', () => {
    // A repository of its own, so the linters read these files as a catalog repository's workflows.
    const repo = mkdtempSync(join(tmpdir(), 'meshplane-readme-'));
    mkdirSync(join(repo, '.github/workflows'), { recursive: true });
    const files = workflows.map((w, i) => {
      const file = join(repo, '.github/workflows', `readme-${i}.yml`);
      writeFileSync(file, w.replaceAll('OWNER', 'daff').replaceAll('COMMIT_SHA', 'a'.repeat(40)));
      return file;
    });
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/lint-workflows.mjs'), ...files], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toContain('No findings to report.');
    expect(r.status).toBe(0);
  });
});
