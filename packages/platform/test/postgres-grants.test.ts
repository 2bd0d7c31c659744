import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementPath, buildAgreement, buildProduct, toYaml } from '@meshplane/testkit';
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

/** The agreements as catalog files, beside the product they share. */
const filesOf = (...agreements: ReturnType<typeof buildAgreement>[]): Record<string, string> =>
  Object.fromEntries(agreements.map((a) => [agreementPath(a), toYaml(a)]));

describe('PostgreSQL enforces the catalog’s grants for real logins', () => {
  let p: TestPlatform;
  const suffix = randomBytes(4).toString('hex');
  const [consumer, stranger, owner] = ['alice', 'bob', 'olga'].map((n) => `${n}_${suffix}`) as [string, string, string];
  const product = buildProduct('podcast.podcast-listeners');
  const agreement = filesOf(buildAgreement()); // podcast-analytics may read it from 2026-11-01 through 2027-06-30
  const table = 'podcast.podcast_listeners__daily';

  beforeAll(async () => {
    p = await openTestPlatform('postgres');
    await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-01-15', agreement), APPLY);
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

  it('revokes the consumer on the first apply after its agreement’s end day', async () => {
    const lastDay = await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-06-30', agreement), APPLY);
    expect(lastDay.plan.operations).toEqual([]);
    const later = await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-07-01', agreement), APPLY);
    expect(later.plan.operations.filter((o) => o.kind === 'revoke')).toHaveLength(3);
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT * FROM ${table}`)).error).toMatch(/^42501: permission denied/);
    expect(await runAs(p.urlAs(owner, 'pw'), `SELECT count(*)::int AS n FROM ${table}`)).toEqual({ rows: [{ n: 1 }] });
  });
});

describe('PostgreSQL enforces a column-limited agreement for real logins', () => {
  let p: TestPlatform;
  const suffix = randomBytes(4).toString('hex');
  const [consumer, owner] = ['carla', 'otto'].map((n) => `${n}_${suffix}`) as [string, string];
  const product = buildProduct('podcast.podcast-listeners');
  const limited = filesOf(buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = ['listen_date', 'processed_at'])));
  const table = 'podcast.podcast_listeners__daily';
  const view = `${table}__for_podcast_analytics`;

  beforeAll(async () => {
    p = await openTestPlatform('postgres');
    await applyChanges(p.driver, desiredFrom('postgres', [product], '2026-11-22', limited), APPLY);
    await p.sql(`CREATE ROLE ${consumer} LOGIN PASSWORD 'pw' IN ROLE team_podcast_analytics`);
    await p.sql(`CREATE ROLE ${owner} LOGIN PASSWORD 'pw' IN ROLE team_podcast_data`);
    await runAs(p.urlAs(owner, 'pw'), `INSERT INTO ${table} VALUES ('l1', DATE '2026-11-21', TIMESTAMPTZ '2026-11-21 06:00:00+00')`);
  });
  afterAll(async () => {
    await p.close();
  });

  it('lets the consumer read the agreed columns through its view, and nothing of the table itself', async () => {
    expect(await runAs(p.urlAs(consumer, 'pw'), `SELECT * FROM ${view}`)).toEqual({
      rows: [{ listen_date: expect.any(Date), processed_at: expect.any(Date) }],
    });
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT listener_id FROM ${view}`)).error).toMatch(/^42703: column "listener_id" does not exist/);
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT listen_date FROM ${table}`)).error).toBe(
      '42501: permission denied for table podcast_listeners__daily',
    );
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT listen_date FROM ${table}__latest`)).error).toMatch(/^42501: permission denied/);
  });

  it('widens the view when the agreement shares the whole port, and drops it at the end day', async () => {
    const whole = filesOf(buildAgreement());
    const widened = await applyChanges(p.driver, desiredFrom('postgres', [product], '2026-11-22', whole), APPLY);
    expect(widened.plan.operations.map((o) => o.kind)).toEqual(expect.arrayContaining(['drop-view', 'grant']));
    expect(await runAs(p.urlAs(consumer, 'pw'), `SELECT listener_id FROM ${table}`)).toEqual({ rows: [{ listener_id: 'l1' }] });
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT * FROM ${view}`)).error).toMatch(/^42P01: relation ".*" does not exist/);
    await applyChanges(p.driver, desiredFrom('postgres', [product], '2026-11-22', limited), APPLY);
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT count(*)::int AS n FROM ${view}`)).rows).toEqual([{ n: 1 }]);
    const ended = await applyChanges(p.driver, desiredFrom('postgres', [product], '2027-07-01', limited), APPLY);
    expect(ended.plan.operations.find((o) => o.kind === 'drop-view')).toMatchObject({ unshared: true });
    expect((await runAs(p.urlAs(consumer, 'pw'), `SELECT * FROM ${view}`)).error).toMatch(/^42P01|^42501/);
    expect(await runAs(p.urlAs(owner, 'pw'), `SELECT count(*)::int AS n FROM ${table}`)).toEqual({ rows: [{ n: 1 }] });
  });
});
