import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planChanges, type DataProduct, type Engine } from '@meshplane/core';
import { agreementPath, buildAgreement, buildProduct, toYaml } from '@meshplane/testkit';
import { applyChanges, planAgainstPlatform, PlatformError } from '@meshplane/platform';
import { APPLY, desiredExample, desiredFrom, ENGINES, explainSkip, openTestPlatform, timestampLiteral, type TestPlatform } from './platform-fixtures.js';

const listeners = (edit: (p: DataProduct) => void = () => {}): DataProduct => buildProduct('podcast.podcast-listeners', edit);
const port0 = (p: DataProduct) => p.spec.outputPorts[0]!;
const kinds = (ops: { kind: string }[]): string[] => ops.map((o) => o.kind);
/** The builder's agreement (podcast-analytics reads the listeners' daily port through 2027-06-30) as a catalog file. */
const shared = (edit: Parameters<typeof buildAgreement>[0] = () => {}): Record<string, string> => {
  const a = buildAgreement(edit);
  return { [agreementPath(a)]: toYaml(a) };
};

// Trino's Hive connector has no keys, NOT NULL, column type changes or schema privileges (ENGINE_FEATURES): where the
// contract expects those, the Trino case says what it does instead.
describe.each(ENGINES)('platform driver contract: %s', (engine: Engine) => {
  const ts = (at: string): string => timestampLiteral(engine, at);
  describe.skipIf(explainSkip(engine) !== undefined)(explainSkip(engine) ?? 'on the real engine', () => {
    let p: TestPlatform;
    beforeEach(async () => {
      p = await openTestPlatform(engine);
    });
    afterEach(async () => {
      await p.close();
    });

    it('provisions the example mesh, and a second apply has nothing to do', async () => {
      const desired = desiredExample(engine);
      const first = await applyChanges(p.driver, desired, APPLY);
      expect(first.operations).toBeGreaterThan(500);
      expect(first.plan.blocked).toEqual([]);
      const second = await planAgainstPlatform(p.driver, desired);
      expect(second.operations).toEqual([]);
      const tables = await p.sql(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'listener' AND table_type = 'BASE TABLE'`);
      expect(Number(tables[0]?.n)).toBe(desired.tables.filter((t) => t.schema === 'listener').length);
      expect(await p.driver.readApplies(5)).toMatchObject([{ commit: 'c0ffee', bundleDigest: 'sha256:test', operations: first.operations }]);
    });

    it('creates columns with the mapped types, keys, NOT NULL and comments, and a view of the latest processing time', async () => {
      await applyChanges(p.driver, desiredFrom(engine, [listeners()]), APPLY);
      const actual = await p.driver.readActualState(['podcast']);
      const table = actual.tables.find((t) => t.name === 'podcast_listeners__daily');
      if (engine === 'trino') {
        // No constraints on Hive: the key and required columns are said in the comments; timestamps are UTC timestamp(3).
        expect(table?.primaryKey).toEqual([]);
        expect(table?.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
          ['listener_id', 'varchar', true],
          ['listen_date', 'date', true],
          ['processed_at', 'timestamp(3)', true],
        ]);
        expect(table?.columns[0]?.comment).toBe('[classification pii] [primary key]');
      } else {
        expect(table?.primaryKey).toEqual(['listener_id', 'listen_date']);
        expect(table?.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
          ['listener_id', engine === 'duckdb' ? 'varchar' : 'text', false],
          ['listen_date', 'date', false],
          ['processed_at', 'timestamp with time zone', false],
        ]);
        expect(table?.columns[0]?.comment).toBe('[classification pii]');
      }
      expect(table?.comment).toContain('[product podcast.podcast-listeners; owner podcast-data; version 1.0.0; classification confidential]');
      await p.sql(
        `INSERT INTO podcast.podcast_listeners__daily VALUES ('a', DATE '2026-11-01', ${ts('2026-11-01 10:00:00')}), ('b', DATE '2026-11-02', ${ts('2026-11-02 10:00:00')})`,
      );
      const latest = await p.sql(`SELECT listener_id FROM podcast.podcast_listeners__daily__latest`);
      expect(latest.map((r) => r.listener_id)).toEqual(['b']);
    });

    it('adds a column and widens a type in place, keeping every row', async () => {
      const before = listeners((x) => port0(x).schema.push({ name: 'plays', type: 'integer' }));
      await applyChanges(p.driver, desiredFrom(engine, [before]), APPLY);
      await p.sql(`INSERT INTO podcast.podcast_listeners__daily VALUES ('a', DATE '2026-11-01', ${ts('2026-11-01 10:00:00')}, 7)`);
      const after = listeners((x) => port0(x).schema.push({ name: 'plays', type: 'bigint' }, { name: 'device', type: 'string', description: 'Phone or web' }));
      const result = await applyChanges(p.driver, desiredFrom(engine, [after]), APPLY);
      if (engine === 'trino') {
        // Hive cannot change a column's type: the widening is blocked like a narrowing, the new column still added.
        expect(kinds(result.plan.operations)).toEqual(expect.arrayContaining(['add-column', 'create-view']));
        expect(result.plan.blocked.map((b) => [b.object, b.change, b.reason])).toEqual([
          ['podcast.podcast_listeners__daily.plays', 'change type integer → bigint', "trino cannot change a column's type in place"],
        ]);
      } else expect(kinds(result.plan.operations)).toEqual(expect.arrayContaining(['alter-column-type', 'add-column', 'create-view']));
      const rows = await p.sql(`SELECT listener_id, CAST(plays AS VARCHAR) AS plays, device FROM podcast.podcast_listeners__daily`);
      expect(rows).toEqual([{ listener_id: 'a', plays: '7', device: null }]);
      expect((await planAgainstPlatform(p.driver, desiredFrom(engine, [after]))).operations).toEqual([]);
      const view = await p.sql(`SELECT device FROM podcast.podcast_listeners__daily__latest`);
      expect(view).toHaveLength(1);
    });

    it('blocks a narrowed type and a dropped column with the reason, and changes nothing', async () => {
      const before = listeners((x) => port0(x).schema.push({ name: 'plays', type: 'bigint' }, { name: 'device', type: 'string' }));
      await applyChanges(p.driver, desiredFrom(engine, [before]), APPLY);
      await p.sql(`INSERT INTO podcast.podcast_listeners__daily VALUES ('a', DATE '2026-11-01', ${ts('2026-11-01 10:00:00')}, 3000000000, 'web')`);
      const after = listeners((x) => port0(x).schema.push({ name: 'plays', type: 'integer' }));
      const result = await applyChanges(p.driver, desiredFrom(engine, [after]), APPLY);
      expect(result.plan.blocked.map((b) => [b.object, b.change])).toEqual([
        ['podcast.podcast_listeners__daily.plays', `change type bigint → integer`],
        ['podcast.podcast_listeners__daily.device', 'drop column'],
      ]);
      expect(result.plan.blocked[0]?.hint).toMatch(/migration/);
      const rows = await p.sql(`SELECT CAST(plays AS VARCHAR) AS plays, device FROM podcast.podcast_listeners__daily`);
      expect(rows).toEqual([{ plays: '3000000000', device: 'web' }]);
    });

    it('keeps a removed product as an orphan, with its rows', async () => {
      const other = buildProduct('podcast.podcast-episodes', (x) => (x.metadata.name = 'Episodes'));
      await applyChanges(p.driver, desiredFrom(engine, [listeners(), other]), APPLY);
      await p.sql(`INSERT INTO podcast.podcast_episodes__daily VALUES ('a', DATE '2026-11-01', ${ts('2026-11-01 10:00:00')})`);
      const result = await applyChanges(p.driver, desiredFrom(engine, [listeners()]), APPLY);
      expect(result.plan.orphans).toEqual([{ schema: 'podcast', table: 'podcast_episodes__daily', productId: 'podcast.podcast-episodes' }]);
      expect(kinds(result.plan.operations)).not.toContain('drop-table');
      const n = await p.sql(`SELECT CAST(count(*) AS INTEGER) AS n FROM podcast.podcast_episodes__daily`);
      expect(Number(n[0]?.n)).toBe(1);
    });

    it('grants readers exactly: owner writes, agreements in force read; an ended agreement is revoked on the next apply', async () => {
      const desired = desiredFrom(engine, [listeners()], '2027-06-30', shared());
      await applyChanges(p.driver, desired, APPLY);
      const grants = (await p.driver.readActualState(['podcast'])).grants.filter((g) => g.object === 'podcast_listeners__daily');
      expect(grants.map((g) => `${g.role}:${g.privilege}`).sort()).toEqual([
        'team_podcast_analytics:SELECT',
        'team_podcast_data:DELETE',
        'team_podcast_data:INSERT',
        'team_podcast_data:SELECT',
        'team_podcast_data:UPDATE',
      ]);
      const later = await applyChanges(p.driver, desiredFrom(engine, [listeners()], '2027-07-01', shared()), APPLY);
      const revoked = later.plan.operations.flatMap((o) =>
        o.kind === 'revoke' ? [`${o.grant.object || '(schema)'}:${o.grant.role}:${o.grant.privilege}`] : [],
      );
      expect(revoked).toEqual([
        // Trino's Hive connector has no schema privileges: a table's grants are all a reader needs.
        ...(engine === 'trino' ? [] : ['(schema):team_podcast_analytics:USAGE']),
        'podcast_listeners__daily:team_podcast_analytics:SELECT',
        'podcast_listeners__daily__latest:team_podcast_analytics:SELECT',
      ]);
      expect((await planAgainstPlatform(p.driver, desiredFrom(engine, [listeners()], '2027-07-01', shared()))).operations).toEqual([]);
    });

    it('shares agreed columns through a view of the consumer’s own, rebuilt when they change, dropped when the agreement ends', async () => {
      const limited = (columns: [string, ...string[]]) => shared((a) => void (a.spec.provider.ports[0]!.columns = columns));
      const desiredOn = (day: string, columns: [string, ...string[]]) => desiredFrom(engine, [listeners()], day, limited(columns));
      await applyChanges(p.driver, desiredOn('2026-11-22', ['listen_date']), APPLY);
      await p.sql(`INSERT INTO podcast.podcast_listeners__daily VALUES ('a', DATE '2026-11-01', ${ts('2026-11-01 10:00:00')})`);
      const view = 'podcast.podcast_listeners__daily__for_podcast_analytics';
      expect(await p.sql(`SELECT * FROM ${view}`)).toEqual([{ listen_date: expect.anything() }]);
      const grants = (await p.driver.readActualState(['podcast'])).grants.filter((g) => g.role === 'team_podcast_analytics');
      expect(grants.map((g) => `${g.object || '(schema)'}:${g.privilege}`).sort()).toEqual([
        // Trino's Hive connector has no schema privileges.
        ...(engine === 'trino' ? [] : ['(schema):USAGE']),
        'podcast_listeners__daily__for_podcast_analytics:SELECT',
      ]);
      await applyChanges(p.driver, desiredOn('2026-11-22', ['listen_date', 'processed_at']), APPLY);
      expect(Object.keys((await p.sql(`SELECT * FROM ${view}`))[0] ?? {})).toEqual(['listen_date', 'processed_at']);
      expect((await planAgainstPlatform(p.driver, desiredOn('2026-11-22', ['listen_date', 'processed_at']))).operations).toEqual([]);
      await applyChanges(p.driver, desiredOn('2027-07-01', ['listen_date', 'processed_at']), APPLY);
      const after = await p.driver.readActualState(['podcast']);
      expect(after.views.map((v) => v.name)).toEqual(['podcast_listeners__daily__latest']);
      expect(after.grants.filter((g) => g.role === 'team_podcast_analytics')).toEqual([]);
    });

    it('reports changes made by hand as drift: an extra column is blocked, a comment is restored', async () => {
      const desired = desiredFrom(engine, [listeners()]);
      await applyChanges(p.driver, desired, APPLY);
      await p.sql(`ALTER TABLE podcast.podcast_listeners__daily ADD COLUMN scratch INTEGER`);
      await p.sql(`COMMENT ON TABLE podcast.podcast_listeners__daily IS 'edited by hand'`);
      const plan = await planAgainstPlatform(p.driver, desired);
      expect(plan.blocked.map((b) => b.change)).toEqual(['drop column']);
      expect(plan.operations).toContainEqual(expect.objectContaining({ kind: 'comment', target: 'table', object: 'podcast_listeners__daily' }));
    });

    it('drops a retired product only once its retention has passed and nobody reads it', async () => {
      await applyChanges(p.driver, desiredFrom(engine, [listeners()]), APPLY);
      const retired = listeners((x) => {
        x.metadata.lifecycle = 'retired';
        x.metadata.sunset = '2026-01-31';
        port0(x).retention = 'P6M';
        x.spec.access.consumers = [];
      });
      const kept = await applyChanges(p.driver, desiredFrom(engine, [retired], '2026-06-30'), APPLY);
      expect(kept.plan.retained).toEqual([
        expect.objectContaining({ table: 'podcast_listeners__daily', reason: expect.stringContaining('runs until 2026-07-31') }),
      ]);
      const dropped = await applyChanges(p.driver, desiredFrom(engine, [retired], '2026-08-01'), APPLY);
      expect(kinds(dropped.plan.operations)).toContain('drop-table');
      expect((await p.driver.readActualState(['podcast'])).tables).toEqual([]);
    });

    it('fails closed when the platform cannot be read', async () => {
      await p.driver.close();
      await expect(p.driver.readActualState(['podcast'])).rejects.toBeInstanceOf(PlatformError);
      p = await openTestPlatform(engine);
    });

    it('plans nothing destructive from an empty desired state', async () => {
      await applyChanges(p.driver, desiredFrom(engine, [listeners()]), APPLY);
      const plan = planChanges({ engine, schemas: [], roles: [], tables: [], retired: [], grants: [], held: [] }, await p.driver.readActualState([]));
      expect(kinds(plan.operations).filter((k) => k.startsWith('drop') || k === 'revoke')).toEqual([]);
      expect(plan.orphans.map((o) => o.table)).toEqual(['podcast_listeners__daily']);
    });
  });
});
