import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicyRule } from '@meshplane/core';
import { REPO_ROOT, runMesh } from '@meshplane/testkit';

describe('policy tooling on the repository policies', () => {
  it('mesh policy test: every Rego test passes with at least 90 % coverage', () => {
    const r = runMesh(['policy', 'test', '--format', 'json'], { timeoutMs: 120_000 });
    const out = JSON.parse(r.stdout) as { passed: number; failed: unknown[]; coverage: number; ok: boolean };
    expect(out.failed).toEqual([]);
    expect(out.passed).toBeGreaterThanOrEqual(30);
    expect(out.coverage).toBeGreaterThanOrEqual(90);
    expect(r.status).toBe(0);
  });

  it('mesh policy fmt: every policy is formatted as opa fmt writes it', () => {
    const r = runMesh(['policy', 'fmt']);
    expect(r.stdout).toBe('All policies are formatted.\n');
    expect(r.status).toBe(0);
  });

  it('mesh policy docs: at least 15 global rules and a domain rule, each explained, with a test file beside it', () => {
    const rules = JSON.parse(runMesh(['policy', 'docs', '--format', 'json']).stdout) as PolicyRule[];
    expect(rules.filter((r) => r.scope === 'global').length).toBeGreaterThanOrEqual(15);
    expect(rules.some((r) => r.scope === 'domain')).toBe(true);
    for (const r of rules) {
      expect(r.title.length, r.id).toBeGreaterThan(5);
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.owner, r.id).toMatch(/^@/);
      expect(readFileSync(join(REPO_ROOT, r.file.replace(/\.rego$/, '_test.rego')), 'utf8')).toContain(r.id.split('.').pop() as string);
    }
  });

  it('every policy file has its _test.rego beside it', () => {
    const missing = listRego(join(REPO_ROOT, 'policies'))
      .filter((f) => !f.endsWith('_test.rego'))
      .filter((f) => !existsSync(f.replace(/\.rego$/, '_test.rego')));
    expect(missing).toEqual([]);
  });

  it('docs/policy-catalog.md is what mesh policy docs prints (regenerate it when policies change)', () => {
    expect(readFileSync(join(REPO_ROOT, 'docs/policy-catalog.md'), 'utf8')).toBe(runMesh(['policy', 'docs']).stdout);
  });
});

function listRego(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listRego(join(dir, e.name)) : e.name.endsWith('.rego') ? [join(dir, e.name)] : [],
  );
}
