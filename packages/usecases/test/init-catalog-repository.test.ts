import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runMesh } from '@meshplane/testkit';
import { initCatalogRepository, UsageError } from '@meshplane/usecases';

const ACTIONS = `acme/meshplane@${'0123456789abcdef'.repeat(2)}01234567`;
const BASE = { org: 'acme', domain: 'orders', team: 'order-data', governanceTeam: 'data-governance', productOwner: '@acme/maria' };
const dirs: string[] = [];
const newDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'mesh-init-'));
  dirs.push(d);
  return join(d, 'catalog-repo');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('mesh init', () => {
  it('writes a repository that passes mesh check and mesh policy test at once, with workflows that lint clean', () => {
    const dir = newDir();
    const r = runMesh(['init', dir, '--org', 'acme', '--domain', 'orders', '--team', 'order-data', '--actions', ACTIONS]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('catalog/orders/example-events/product.yaml');
    const check = runMesh(['check', dir]);
    expect(check.stdout).toMatch(/✔ Clean: 1 product in 1 domain, 2 teams/);
    expect(check.status).toBe(0);
    const tests = runMesh(['policy', 'test', dir], { timeoutMs: 120_000 });
    expect(tests.stdout).toMatch(/opa test: \d+ passed, 0 failed; coverage 100\.0 %/);
    expect(tests.status).toBe(0);
    // Each manifest's modeline names a schema file that exists, relative to the manifest (an editor resolves it so).
    for (const file of ['.github/meshplane.yml', 'catalog/orders/domain.yaml', 'catalog/teams/order-data.yaml', 'catalog/orders/example-events/product.yaml']) {
      const schema = /\$schema=(\S+)/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] as string;
      expect(existsSync(join(dir, file, '..', schema)), `${file} → ${schema}`).toBe(true);
    }
    expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).toContain('/catalog/orders/ @acme/order-data');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.meshplane/');
    const workflows = readdirSync(join(dir, '.github/workflows')).map((f) => join(dir, '.github/workflows', f));
    expect(workflows).toHaveLength(5);
    expect(readFileSync(workflows[0] as string, 'utf8')).toMatch(new RegExp(`uses: acme/meshplane/actions/[a-z-]+@${ACTIONS.split('@')[1]}`));
    // Pinned as written: each file keeps its last newline, as the templates end.
    for (const w of workflows) expect(readFileSync(w, 'utf8').endsWith('\n'), w).toBe(true);
    const lint = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/lint-workflows.mjs'), ...workflows], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(lint.stdout + lint.stderr).toContain('No findings to report.');
    expect(lint.status).toBe(0);
  }, 180_000);

  it('refuses a folder that is not empty, unless told, and never overwrites a file', () => {
    const dir = newDir();
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = runMesh(['init', dir, '--org', 'acme']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not empty (notes.txt): mesh init starts a new catalog repository');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(initCatalogRepository({ ...BASE, dir, force: true }).files).toContain('catalog/orders/domain.yaml');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    const before = readdirSync(dir, { recursive: true }).length;
    expect(() => initCatalogRepository({ ...BASE, dir, force: true })).toThrow(/would overwrite .*catalog\/orders\/domain\.yaml.*nothing was written/);
    expect(readdirSync(dir, { recursive: true })).toHaveLength(before);
  });

  it.each([
    [{ org: 'ac me' }, '--org takes a GitHub organisation name'],
    [{ domain: 'Orders' }, '--domain takes a lowercase name'],
    [{ domain: 'teams' }, '--domain cannot be `teams`'],
    [{ governanceTeam: 'order-data' }, '--team and --governance-team must be two teams'],
    [{ productOwner: 'maria' }, '--product-owner takes a GitHub handle'],
    [{ actions: 'acme/meshplane@v1' }, '--actions takes owner/repo@<full commit sha>'],
  ])('refuses bad input %o before writing anything', (patch, message) => {
    const dir = newDir();
    expect(() => initCatalogRepository({ ...BASE, ...patch, dir })).toThrow(UsageError);
    expect(() => initCatalogRepository({ ...BASE, ...patch, dir })).toThrow(message);
    expect(existsSync(dir)).toBe(false);
  });

  it('writes no workflows without the actions to pin, and says how to add them', () => {
    const dir = newDir();
    const r = runMesh(['init', dir, '--org', 'acme']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No workflows were written: name the Meshplane actions to pin with --actions');
    expect(existsSync(join(dir, '.github/workflows'))).toBe(false);
    expect(runMesh(['check', dir]).status).toBe(0);
  });

  it('asks for the organisation when it is not given and stdin is no terminal: a usage fault', () => {
    const r = runMesh(['init', newDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Name the GitHub organisation');
  });
});
