import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesiredTable } from '@meshplane/core';
import { buildProduct, commitAll, copyExampleMesh, findFreePort, runMesh, signTrinoJwt, startMesh, TRINO_PASSWORDS, type TempRepo } from '@meshplane/testkit';
import { applyChanges, PlatformError } from '@meshplane/platform';
import { APPLY, desiredFrom } from './platform-fixtures.js';
import { createTestCatalog, openTrinoAs, openTrinoTestDriver, readyTrino, TRINO_MISSING } from './trino-fixtures.js';

const TODAY = ['--today', '2026-11-22'];
const CONFIG = `apiVersion: meshplane/v1
kind: Config
platform:
  driver: trino
  trino:
    serverEnv: DAFF_TRINO_URL
    catalogEnv: DAFF_TRINO_CATALOG
    userEnv: DAFF_TRINO_USER
    passwordEnv: DAFF_TRINO_PASSWORD
    jwtEnv: DAFF_TRINO_JWT
    caFileEnv: DAFF_TRINO_CA
    lockLeaseSeconds: 5
`;

/** The example mesh configured for Trino: the server, catalog and user in the environment, never in the repository. */
function prepareRepo(): TempRepo {
  const repo = copyExampleMesh({ policies: true });
  writeFileSync(join(repo.dir, '.github/meshplane.yml'), CONFIG);
  commitAll(repo.dir);
  return repo;
}

describe.skipIf(TRINO_MISSING !== undefined)(`mesh on Trino${TRINO_MISSING ? ` — skipped: ${TRINO_MISSING}` : ''}`, () => {
  let repo: TempRepo;
  let env: Record<string, string>;
  beforeAll(async () => {
    const { url } = await readyTrino();
    repo = prepareRepo();
    env = { DAFF_TRINO_URL: url, DAFF_TRINO_CATALOG: await createTestCatalog('cli'), DAFF_TRINO_USER: 'admin' };
  });
  afterAll(() => repo.remove());
  const mesh = (args: string[], extra: Record<string, string> = {}) =>
    runMesh([...args, ...TODAY], { cwd: repo.dir, env: { ...env, ...extra }, timeoutMs: 300_000 });

  it('survives an apply killed half way: the re-run takes over the lock, converges, and the next plan is empty', { timeout: 600_000 }, async () => {
    const first = startMesh(['apply', ...TODAY], { cwd: repo.dir, env });
    await first.waitFor('[4/', 300_000);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const partial = mesh(['plan', '--format', 'json']);
    expect(JSON.parse(partial.stdout).operations.length).toBeGreaterThan(0);
    const again = mesh(['apply']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^\[1\/\d+\] /m);
    const plan = mesh(['plan']);
    expect(plan.stdout).toContain('No changes: the platform matches the catalog.');
    expect(plan.status).toBe(0);
    expect(mesh(['state']).stdout).toMatch(/^Applies \(newest first\):$/m);
  });

  it('names the missing variables (exit 2)', () => {
    const r = mesh(['plan'], { DAFF_TRINO_URL: '', DAFF_TRINO_CATALOG: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'mesh: The platform is Trino, but the environment variables DAFF_TRINO_URL, DAFF_TRINO_CATALOG (named by platform.trino) are not set.\n',
    );
  });

  it('fails with exit 2 when the server is unreachable', async () => {
    const r = mesh(['plan'], { DAFF_TRINO_URL: `http://127.0.0.1:${await findFreePort()}` });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^mesh: Cannot reach Trino at Trino http:\/\/127\.0\.0\.1:\d+ catalog cli_\w+: ECONNREFUSED\.\n$/);
  });

  it('passes the password and CA over https, and refuses wrong credentials without printing them (exit 2)', async () => {
    const { httpsUrl, ca } = await readyTrino();
    const caFile = join(mkdtempSync(join(tmpdir(), 'meshplane-ca-')), 'ca.pem');
    writeFileSync(caFile, ca);
    const https = { DAFF_TRINO_URL: httpsUrl, DAFF_TRINO_CA: caFile };
    const wrong = mesh(['plan'], { ...https, DAFF_TRINO_PASSWORD: 'not-the-password' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(
      /^mesh: Trino at Trino https:\/\/127\.0\.0\.1:\d+ catalog cli_\w+ refused the credentials \(HTTP 401\): check the user, password or token variables\.\n$/,
    );
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-password');
    const right = mesh(['plan'], { ...https, DAFF_TRINO_PASSWORD: TRINO_PASSWORDS.admin ?? '' });
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    expect(right.stdout).toMatch(/^Plan for Trino https:\/\/127\.0\.0\.1:\d+ catalog cli_\w+: /);
  });

  it('sends a JSON Web Token as a bearer token, and a token signed with another key is refused (exit 2)', async () => {
    const { httpsUrl, ca, jwtKey } = await readyTrino();
    const caFile = join(mkdtempSync(join(tmpdir(), 'meshplane-ca-')), 'ca.pem');
    writeFileSync(caFile, ca);
    const https = { DAFF_TRINO_URL: httpsUrl, DAFF_TRINO_CA: caFile };
    const right = mesh(['plan'], { ...https, DAFF_TRINO_JWT: signTrinoJwt('admin', jwtKey) });
    expect(right.stderr).toBe('');
    expect(right.stdout).toMatch(/^Plan for Trino https:\/\/127\.0\.0\.1:\d+ catalog cli_\w+: /);
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const forged = signTrinoJwt('admin', otherKey);
    const wrong = mesh(['plan'], { ...https, DAFF_TRINO_JWT: forged });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/refused the credentials \(HTTP 401\)/);
    expect(wrong.stderr).not.toContain(forged);
  });

  it('refuses a catalog that cannot enforce grants before changing anything (exit 2)', async () => {
    const memory = mesh(['apply'], { DAFF_TRINO_CATALOG: 'memory' });
    expect(memory.status).toBe(2);
    expect(memory.stderr).toBe(
      'mesh: The catalog memory uses the memory connector, which has no roles or GRANT, so access could not be enforced. Point Meshplane at a Hive catalog with hive.security=sql-standard.\n',
    );
    expect(await (await openTrinoAs('memory', 'admin')).run(`SHOW SCHEMAS`)).toEqual([{ Schema: 'default' }, { Schema: 'information_schema' }]);
    const allowAll = await createTestCatalog('open', { security: 'allow-all' });
    const open = mesh(['apply'], { DAFF_TRINO_CATALOG: allowAll });
    expect(open.status).toBe(2);
    expect(open.stderr).toBe(`mesh: The Hive catalog ${allowAll} has no role management: set hive.security=sql-standard in its catalog properties.\n`);
  });
});

describe.skipIf(TRINO_MISSING !== undefined)(
  `the Trino driver and a name that is no safe identifier${TRINO_MISSING ? ` — skipped: ${TRINO_MISSING}` : ''}`,
  () => {
    it("refuses the apply before sending any of the catalog's objects, so nothing is half-applied", async () => {
      const catalog = await createTestCatalog('names');
      const driver = await openTrinoTestDriver(catalog);
      // A port whose table name got past the check (mesh check reports it as platform.unsafe-name first).
      const desired = desiredFrom('trino', [
        buildProduct('podcast.podcast-listeners'),
        buildProduct('podcast.podcast-episodes', (p) => (p.metadata.name = 'Episodes')),
      ]);
      const bad = desired.tables[1] as DesiredTable;
      bad.name = 'Bad-Name"; DROP TABLE x';
      const error = await applyChanges(driver, desired, APPLY).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).code).toBe('unsafe-name');
      expect((error as Error).message).toBe(
        'Refusing to use `Bad-Name"; DROP TABLE x` is not a safe SQL name (lower-case letters, digits and underscores only).',
      );
      const admin = await openTrinoAs(catalog, 'admin', { admin: true });
      expect(await admin.run(`SELECT schema_name FROM information_schema.schemata WHERE schema_name = 'podcast'`)).toEqual([]);
      expect(await admin.run(`SELECT count(*) AS n FROM meshplane_state.managed_tables`)).toEqual([{ n: 0 }]);
      await driver.close();
    });
  },
);
