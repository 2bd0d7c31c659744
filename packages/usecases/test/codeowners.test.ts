import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCodeowners, resolveRepository, runGovernanceCheck } from '@meshplane/usecases';
import { copyExampleMesh, type TempRepo } from '@meshplane/testkit';

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

describe('mesh codeowners', () => {
  it('writes .github/CODEOWNERS from the catalog, and mesh check warns once it falls behind', async () => {
    repo = copyExampleMesh();
    expect(generateCodeowners(resolveRepository(repo.dir), { write: true }).changed).toBe(true);
    expect(generateCodeowners(resolveRepository(repo.dir), { write: true }).changed).toBe(false);
    const file = join(repo.dir, '.github/CODEOWNERS');
    expect(readFileSync(file, 'utf8')).toContain('/catalog/podcast/ @daff/podcast-data');
    expect((await runGovernanceCheck(resolveRepository(repo.dir), { today: '2026-11-22' })).findings.filter((f) => f.ruleId === 'codeowners.stale')).toEqual(
      [],
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('@daff/podcast-data', '@daff/nobody'));
    const stale = (await runGovernanceCheck(resolveRepository(repo.dir), { today: '2026-11-22' })).findings.filter((f) => f.ruleId === 'codeowners.stale');
    expect(stale).toEqual([
      expect.objectContaining({ severity: 'warning', file: '.github/CODEOWNERS', hint: 'Run `mesh codeowners --write` and commit the file.' }),
    ]);
  });
});
