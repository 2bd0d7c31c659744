import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh, type TempRepo } from '@meshplane/testkit';

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

/** The error findings of `mesh check --format json` on the copy, after `edit` of one file. */
function errorsAfter(file: string, edit: (s: string) => string): { ruleId: string; file: string; message: string; consequences?: number }[] {
  repo = copyExampleMesh({ policies: true });
  repo.write(file, edit(readFileSync(join(repo.dir, file), 'utf8')));
  const r = runMesh(['check', repo.dir, '--today', '2026-11-22', '--format', 'json'], { timeoutMs: 120_000 });
  expect(r.status).toBe(1);
  return JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
}

describe('mesh check reports one finding per cause', () => {
  it('a YAML error in a product that ten others read is one error, its consequences counted in it', () => {
    const errors = errorsAfter('catalog/player/play-events/product.yaml', (s) => s.replace('  productOwner:', '  productOwner: [unclosed'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'yaml.syntax', file: 'catalog/player/play-events/product.yaml' });
    expect(errors[0]?.consequences).toBeGreaterThanOrEqual(10);
    expect(errors[0]?.message).toMatch(/\(and \d+ consequences: `emerging-artist\.emerging-artists`, .*; fixing this fixes them\)$/);
  });

  it('an unknown owner is one finding, by the check that names the teams there are', () => {
    const errors = errorsAfter('catalog/podcast/podcast-listeners/product.yaml', (s) => s.replace(/^ {2}owner: .*$/m, '  owner: podcast-dat'));
    expect(errors.map((f) => f.ruleId)).toEqual(['graph.unknown-team']);
  });
});
