import { existsSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOdcs, resolveRepository } from '@meshplane/usecases';
import { REPO_ROOT } from '@meshplane/testkit';

/** datacontract-cli as installed by scripts/setup-datacontract.mjs (called from scripts/setup-test-deps.mjs). */
const BIN = join(REPO_ROOT, '.tools', 'datacontract-cli-1.2.8', 'bin', 'datacontract');
const missing = !existsSync(BIN);
if (missing) console.log(`Skipping the datacontract-cli peer test: ${BIN} is not installed (node scripts/setup-datacontract.mjs; needs python3 and PyPI).`);

describe('datacontract-cli lints our ODCS exports', () => {
  it.skipIf(missing)(
    'finds every contract of every example product valid against ODCS, with no warning',
    () => {
      const repo = resolveRepository(REPO_ROOT);
      const out = mkdtempSync(join(tmpdir(), 'meshplane-odcs-'));
      const ids = exportableIds();
      const files = ids.flatMap((id) => exportOdcs(repo, id, { out }).map((f) => f.file as string));
      expect(files.length).toBeGreaterThan(35);
      for (const file of files) {
        const r = spawnSync(BIN, ['lint', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '200' } });
        expect(r.stdout, file).toContain('Data contract is valid');
        expect(r.stdout, file).not.toContain('warning');
        expect(r.status, `${file}\n${r.stdout}${r.stderr}`).toBe(0);
      }
    },
    180_000,
  );
});

function exportableIds(): string[] {
  return spawnSync('git', ['ls-files', 'catalog/**/product.yaml'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f !== '')
    .map((f) => {
      const [, domain, name] = f.split('/');
      return `${String(domain)}.${String(name)}`;
    });
}
