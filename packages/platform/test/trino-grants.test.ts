import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementPath, buildAgreement, buildProduct, toYaml } from '@meshplane/testkit';
import { applyChanges, TrinoQueryError, type PlatformDriver } from '@meshplane/platform';
import { APPLY, desiredFrom } from './platform-fixtures.js';
import { createTestCatalog, openTrinoAs, openTrinoTestDriver, TRINO_MISSING } from './trino-fixtures.js';

/** Runs one statement as a real Trino user; resolves to the rows or to Trino's error name and message. */
async function runAs(catalog: string, user: string, sql: string): Promise<{ rows?: unknown[]; error?: string }> {
  const session = await openTrinoAs(catalog, user);
  try {
    return { rows: await session.run(sql) };
  } catch (e) {
    if (e instanceof TrinoQueryError) return { error: `${e.errorName}: ${e.message}` };
    throw e;
  }
}

describe.skipIf(TRINO_MISSING !== undefined)(`Trino enforces the catalog’s grants for real users${TRINO_MISSING ? ` — skipped: ${TRINO_MISSING}` : ''}`, () => {
  let catalog: string;
  let driver: PlatformDriver;
  const product = buildProduct('podcast.podcast-listeners');
  const agreement = buildAgreement(); // podcast-analytics may read it from 2026-11-01 through 2027-06-30
  const files = { [agreementPath(agreement)]: toYaml(agreement) };
  const table = 'podcast.podcast_listeners__daily';

  beforeAll(async () => {
    catalog = await createTestCatalog('grants');
    driver = await openTrinoTestDriver(catalog);
    await applyChanges(driver, desiredFrom('trino', [product], '2027-01-15', files), APPLY);
    const admin = await openTrinoAs(catalog, 'admin', { admin: true });
    // People are members of their team's role, as PostgreSQL logins are (`GRANT role TO USER` in the catalog).
    await admin.run(`GRANT team_podcast_analytics TO USER alice IN ${catalog}`);
    await admin.run(`GRANT team_podcast_data TO USER olga IN ${catalog}`);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('lets the owner team write and the consumer team read the table and its view', async () => {
    expect(await runAs(catalog, 'olga', `INSERT INTO ${table} VALUES ('l1', DATE '2027-01-14', TIMESTAMP '2027-01-14 10:00:00 UTC')`)).toEqual({
      rows: [{ rows: 1 }],
    });
    expect(await runAs(catalog, 'alice', `SELECT listener_id FROM ${table}`)).toEqual({ rows: [{ listener_id: 'l1' }] });
    expect(await runAs(catalog, 'alice', `SELECT listener_id FROM ${table}__latest`)).toEqual({ rows: [{ listener_id: 'l1' }] });
  });

  it('refuses a reader who writes and a user of no allowed team: "Access Denied"', async () => {
    expect((await runAs(catalog, 'alice', `INSERT INTO ${table} VALUES ('l2', DATE '2027-01-14', TIMESTAMP '2027-01-14 10:00:00 UTC')`)).error).toBe(
      'PERMISSION_DENIED: Access Denied: Cannot insert into table podcast.podcast_listeners__daily',
    );
    expect((await runAs(catalog, 'bob', `SELECT * FROM ${table}`)).error).toBe(
      'PERMISSION_DENIED: Access Denied: Cannot select from table podcast.podcast_listeners__daily',
    );
    // Trino says "table" for views too.
    expect((await runAs(catalog, 'bob', `SELECT * FROM ${table}__latest`)).error).toBe(
      'PERMISSION_DENIED: Access Denied: Cannot select from table podcast.podcast_listeners__daily__latest',
    );
  });

  it('revokes the consumer on the first apply after its agreement’s end day', async () => {
    const later = await applyChanges(driver, desiredFrom('trino', [product], '2027-07-01', files), APPLY);
    expect(later.plan.operations.filter((o) => o.kind === 'revoke')).toHaveLength(2);
    expect((await runAs(catalog, 'alice', `SELECT * FROM ${table}`)).error).toMatch(/^PERMISSION_DENIED: Access Denied: Cannot select from table/);
    expect((await runAs(catalog, 'alice', `SELECT * FROM ${table}__latest`)).error).toMatch(
      /^PERMISSION_DENIED: Access Denied: Cannot select from table .*__latest$/,
    );
    expect(await runAs(catalog, 'olga', `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`)).toEqual({ rows: [{ n: 1 }] });
  });

  it('revokes a grant made by hand to one user', async () => {
    const admin = await openTrinoAs(catalog, 'admin', { admin: true });
    await admin.run(`GRANT SELECT ON ${table} TO USER bob`);
    expect((await runAs(catalog, 'bob', `SELECT count(*) AS n FROM ${table}`)).rows).toEqual([{ n: 1 }]);
    const result = await applyChanges(driver, desiredFrom('trino', [product], '2027-07-01', files), APPLY);
    expect(result.plan.operations.filter((o) => o.kind === 'revoke').map((o) => (o.kind === 'revoke' ? o.grant.role : ''))).toEqual(['user:bob']);
    expect((await runAs(catalog, 'bob', `SELECT * FROM ${table}`)).error).toMatch(/^PERMISSION_DENIED/);
  });
});
