import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduct } from '@meshplane/testkit';
import { applyChanges } from '@meshplane/platform';
import { APPLY, desiredFrom, openTestPlatform, type TestPlatform } from './platform-fixtures.js';

/** Runs one statement as a real login; resolves to the rows or to the error's SQLSTATE and message. */
async function runAs(url: string, sql: string): Promise<{ rows?: unknown[]; error?: string }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return { rows: (await c.query(sql)).rows };
  } catch (e) {
    return { error: `${(e as { code?: string }).code}: ${(e as Error).message}` };
  } finally {
    await c.end();
  }
}

describe('PostgreSQL enforces the catalog’s grants for real logins', () => {
  let p: TestPlatform;
  const suffix = randomBytes(4).toString('hex');
  const [consumer, stranger, owner] = ['alice', 'bob', 'olga'].map((n) => `${n}_${suffix}`) as [string, string, string];
  const product = buildProduct('podcast.podcast-listeners'); // podcast-analytics may read it until 2027-06-30
  const table = 'podcast.podcast_listeners__daily';

  beforeAll(async () => {
    p = await openTestPlatform('postgres');
    await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-01-15'), APPLY);
    await p.sql(`CREATE ROLE ${consumer} LOGIN PASSWORD 'pw' IN ROLE team_podcast_analytics`);
    await p.sql(`CREATE ROLE ${stranger} LOGIN PASSWORD 'pw'`);
    await p.sql(`CREATE ROLE ${owner} LOGIN PASSWORD 'pw' IN ROLE team_podcast_data`);
  });
  afterAll(async () => {
    await p.close();
  });

  it('lets the owner team write and the consumer team read', async () => {
    const insert = `INSERT INTO ${table} VALUES ('l1', DATE '2027-01-14', now())`;
    expect(await runAs(p.urlAs(owner, 'pw'), insert)).toEqual({ rows: [] });
    expect(await runAs(p.urlAs(consumer, 'pw'), `SELECT listener_id FROM ${table}`)).toEqual({ rows: [{ listener_id: 'l1' }] });
    expect(await runAs(p.urlAs(consumer, 'pw'), `SELECT listener_id FROM ${table}__latest`)).toEqual({ rows: [{ listener_id: 'l1' }] });
  });

  it('refuses a reader who writes and a login of no allowed team', async () => {
    expect((await runAs(p.urlAs(consumer, 'pw'), `DELETE FROM ${table}`)).error).toMatch(/^42501: permission denied for table podcast_listeners__daily$/);
    expect((await runAs(p.urlAs(stranger, 'pw'), `SELECT * FROM ${table}`)).error).toMatch(/^42501: permission denied for schema podcast$/);
  });

  it('revokes the consumer on the first apply after its `until` has passed', async () => {
    const later = await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-07-01'), APPLY);
    expect(later.plan.operations.filter((o) => o.kind === 'revoke')).toHaveLength(3);
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT * FROM ${table}`)).error).toMatch(/^42501: permission denied/);
    expect(await runAs(p.urlAs(owner, 'pw'), `SELECT count(*)::int AS n FROM ${table}`)).toEqual({ rows: [{ n: 1 }] });
  });
});
