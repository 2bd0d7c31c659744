import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addIsoDuration,
  buildDesiredState,
  checkCatalog,
  decideRetiredDrop,
  describeLogicalType,
  isWideningChange,
  mapColumnType,
  planChanges,
  readLogicalType,
  renderPlanText,
  simulateActualState,
  type DataProduct,
  type DataSharingAgreement,
  type DesiredState,
  type Engine,
} from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, generateMesh, makeTempRepo, REPO_ROOT, toYaml } from '@meshplane/testkit';

const indexOf = (files: Record<string, string>) => {
  const repo = makeTempRepo(files);
  const check = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  repo.remove();
  return check;
};
const desiredOf = (products: DataProduct[], engine: Engine = 'postgres', today = '2026-11-22') =>
  buildDesiredState(indexOf(buildMeshFiles(products)).index, { engine, today });

const reader = buildProduct('podcast.podcast-charts', (p) => {
  p.metadata.owner = 'podcast-analytics';
  p.spec.inputPorts = [{ name: 'listeners', source: { product: 'podcast.podcast-listeners', port: 'daily' }, mode: 'subscribe' }];
});
const withAgreements = (products: DataProduct[], ...agreements: DataSharingAgreement[]): Record<string, string> => {
  const files = buildMeshFiles(products);
  for (const a of agreements) files[agreementPath(a)] = toYaml(a);
  return files;
};
const selectOn = (desired: DesiredState, object: string) =>
  desired.grants
    .filter((g) => g.object === object && g.privilege === 'SELECT')
    .map((g) => g.role)
    .sort();

describe('logical types on each engine', () => {
  it.each<[string, string, string]>([
    ['string', 'VARCHAR', 'text'],
    ['timestamp', 'TIMESTAMPTZ', 'timestamptz'],
    ['json', 'JSON', 'jsonb'],
    ['decimal(12,2)', 'DECIMAL(12,2)', 'numeric(12,2)'],
    ['bytes', 'BLOB', 'bytea'],
  ])('%s is %s on DuckDB and %s on PostgreSQL, and reads back as itself', (logical, duck, pg) => {
    expect([mapColumnType('duckdb', logical).ddl, mapColumnType('postgres', logical).ddl]).toEqual([duck, pg]);
    for (const engine of ['duckdb', 'postgres'] as const) expect(readLogicalType(engine, mapColumnType(engine, logical).reported)).toBe(logical);
  });

  it('fills decimal digits: none given is (38,9), a precision alone has scale 0', () => {
    expect([describeLogicalType('decimal'), describeLogicalType('decimal', 10), describeLogicalType('decimal', 10, 4)]).toEqual([
      'decimal(38,9)',
      'decimal(10,0)',
      'decimal(10,4)',
    ]);
  });

  it.each<[string, string, boolean]>([
    ['integer', 'bigint', true],
    ['bigint', 'integer', false],
    ['integer', 'decimal(12,2)', true],
    ['bigint', 'decimal(20,2)', false],
    ['decimal(10,2)', 'decimal(12,3)', true],
    ['decimal(10,2)', 'decimal(10,3)', false],
    ['string', 'integer', false],
    ['date', 'timestamp', false],
  ])('%s → %s widens: %s', (from, to, widens) => {
    expect(isWideningChange(from, to)).toBe(widens);
  });
});

describe('retired products and retention', () => {
  it('adds ISO durations to dates, a time part counting as a day', () => {
    expect([
      addIsoDuration('2026-01-31', 'P1M'),
      addIsoDuration('2024-02-29', 'P1Y'),
      addIsoDuration('2026-11-22', 'P2W'),
      addIsoDuration('2026-11-22', 'PT6H'),
    ]).toEqual(['2026-03-03', '2025-03-01', '2026-12-06', '2026-11-23']);
  });

  it.each<[string, Parameters<typeof decideRetiredDrop>[0], boolean, RegExp]>([
    ['readers left', { sunset: '2020-01-01', retention: 'P1Y', readers: ['finance'], today: '2026-01-01' }, false, /still read by finance/],
    ['no sunset', { retention: 'P1Y', readers: [], today: '2026-01-01' }, false, /no `metadata.sunset`/],
    ['infinite', { sunset: '2020-01-01', retention: 'infinite', readers: [], today: '2026-01-01' }, false, /infinite/],
    ['within retention', { sunset: '2025-06-01', retention: 'P1Y', readers: [], today: '2026-01-01' }, false, /runs until 2026-06-01/],
    ['passed', { sunset: '2024-06-01', retention: 'P1Y', readers: [], today: '2026-01-01' }, true, /retention ended 2025-06-01/],
  ])('%s', (_name, facts, drop, reason) => {
    const d = decideRetiredDrop(facts);
    expect(d.dropAllowed).toBe(drop);
    expect(d.reason).toMatch(reason);
  });
});

describe('the desired state', () => {
  it('grants a port to the owner and to the consumer teams of agreements in force; nothing before the start or after the end', () => {
    const proposed = buildProduct('podcast.podcast-ideas', (p) => (p.metadata.lifecycle = 'proposed'));
    const files = withAgreements([buildProduct(), reader, proposed], buildAgreement());
    const on = (today: string) => buildDesiredState(indexOf(files).index, { engine: 'postgres', today });
    expect(selectOn(on('2026-11-22'), 'podcast_listeners__daily')).toEqual(['team_podcast_analytics', 'team_podcast_data']);
    expect(selectOn(on('2026-11-22'), 'podcast_listeners__daily__latest')).toEqual(['team_podcast_analytics', 'team_podcast_data']);
    expect(selectOn(on('2027-06-30'), 'podcast_listeners__daily')).toContain('team_podcast_analytics');
    expect(selectOn(on('2027-07-01'), 'podcast_listeners__daily')).toEqual(['team_podcast_data']);
    expect(selectOn(on('2026-10-31'), 'podcast_listeners__daily')).toEqual(['team_podcast_data']);
    // Reading a port through an input port grants nothing by itself: the agreement does.
    expect(selectOn(desiredOf([buildProduct(), reader]), 'podcast_listeners__daily')).toEqual(['team_podcast_data']);
    expect(on('2026-11-22').tables.map((t) => t.name)).toEqual(['podcast_charts__daily', 'podcast_listeners__daily']);
  });

  it('shares only agreed columns through a view of the team’s own, by list or by classification ceiling', () => {
    const listed = buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = ['processed_at', 'listen_date']));
    const desired = buildDesiredState(indexOf(withAgreements([buildProduct(), reader], listed)).index, { engine: 'postgres', today: '2026-11-22' });
    const table = desired.tables.find((t) => t.name === 'podcast_listeners__daily');
    expect(table?.shares).toEqual([
      {
        view: 'podcast_listeners__daily__for_podcast_analytics',
        team: 'podcast-analytics',
        role: 'team_podcast_analytics',
        columns: ['listen_date', 'processed_at'],
        comment: 'Columns listen_date, processed_at of podcast.podcast_listeners__daily, shared with team podcast-analytics (agreements podcast-analytics).',
      },
    ]);
    expect(selectOn(desired, 'podcast_listeners__daily')).toEqual(['team_podcast_data']);
    expect(selectOn(desired, 'podcast_listeners__daily__for_podcast_analytics')).toEqual(['team_podcast_analytics']);
    // A ceiling below personal data leaves the pii column out; the product's own classification applies to the rest.
    const ceiling = buildAgreement((a) => void (a.spec.provider.ports[0]!.maxClassification = 'confidential'));
    const capped = buildDesiredState(indexOf(withAgreements([buildProduct(), reader], ceiling)).index, { engine: 'postgres', today: '2026-11-22' });
    expect(capped.tables.find((t) => t.name === 'podcast_listeners__daily')?.shares?.[0]?.columns).toEqual(['listen_date', 'processed_at']);
    const internal = buildAgreement((a) => void (a.spec.provider.ports[0]!.maxClassification = 'internal'));
    const none = buildDesiredState(indexOf(withAgreements([buildProduct(), reader], internal)).index, { engine: 'postgres', today: '2026-11-22' });
    expect(none.tables.find((t) => t.name === 'podcast_listeners__daily')?.shares).toBeUndefined();
  });

  it('plans nothing against a platform that already holds it — for the example mesh and random generated meshes', () => {
    const example = buildDesiredState(checkCatalog(loadRepository(REPO_ROOT), { root: '.', toolVersion: 't' }).index, {
      engine: 'duckdb',
      today: '2026-11-22',
    });
    expect(example.tables.length).toBeGreaterThan(25);
    expect(planChanges(example, simulateActualState(example)).operations).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom<Engine>('duckdb', 'postgres', 'trino'), (seed, engine) => {
        const desired = buildDesiredState(indexOf(Object.fromEntries(generateMesh({ products: 12, seed }))).index, { engine, today: '2026-11-22' });
        const plan = planChanges(desired, simulateActualState(desired));
        return plan.operations.length === 0 && plan.blocked.length === 0 && plan.orphans.length === 0;
      }),
      { numRuns: 8 },
    );
  });
});

describe('planning', () => {
  const port = (p: DataProduct) => p.spec.outputPorts[0]!;

  it('keeps share views in step with their agreements: rebuilt when columns change, dropped when unshared, around a retype', () => {
    const columns = (cols: [string, ...string[]]) => buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = cols));
    const desiredWith = (products: DataProduct[], ...agreements: DataSharingAgreement[]) =>
      buildDesiredState(indexOf(withAgreements(products, ...agreements)).index, { engine: 'postgres', today: '2026-11-22' });
    const before = desiredWith([buildProduct()], columns(['listen_date']));
    const kinds = (plan: ReturnType<typeof planChanges>) =>
      plan.operations
        .filter((o) => o.kind !== 'grant' && o.kind !== 'revoke' && o.kind !== 'comment')
        .map((o) => `${o.kind} ${'view' in o ? o.view : ''}`.trim());
    const view = 'podcast_listeners__daily__for_podcast_analytics';
    expect(kinds(planChanges(desiredWith([buildProduct()], columns(['listen_date', 'processed_at'])), simulateActualState(before)))).toEqual([
      `drop-view ${view}`,
      `create-share-view ${view}`,
    ]);
    const unshared = planChanges(desiredWith([buildProduct()]), simulateActualState(before));
    expect(unshared.operations.find((o) => o.kind === 'drop-view')).toMatchObject({ view, unshared: true });
    expect(renderPlanText(unshared, { target: 't' })).toContain(`- drop view podcast.${view} (no agreement in force shares it)`);
    const widened = desiredWith(
      [buildProduct('podcast.podcast-listeners', (p) => void p.spec.outputPorts[0]!.schema.push({ name: 'plays', type: 'bigint' }))],
      columns(['listen_date', 'plays']),
    );
    const narrowBefore = desiredWith(
      [buildProduct('podcast.podcast-listeners', (p) => void p.spec.outputPorts[0]!.schema.push({ name: 'plays', type: 'integer' }))],
      columns(['listen_date', 'plays']),
    );
    expect(kinds(planChanges(widened, simulateActualState(narrowBefore)))).toEqual([
      `drop-view ${view}`,
      'drop-view podcast_listeners__daily__latest',
      'alter-column-type',
      'create-view podcast_listeners__daily__latest',
      `create-share-view ${view}`,
    ]);
    expect(planChanges(widened, simulateActualState(widened)).operations).toEqual([]);
    // A port named `for-x` is not a share: its table and latest view (`…__for_x__latest`) are left alone.
    const forX = buildProduct('podcast.podcast-listeners', (p) => p.spec.outputPorts.push({ ...port(p), name: 'for-x' }));
    const both = desiredWith([forX], columns(['listen_date']));
    expect(planChanges(both, simulateActualState(both)).operations).toEqual([]);
  });

  it('orders shared objects first, then each product: table, view, comments, grants', () => {
    const limited = buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = ['listen_date', 'processed_at']));
    const desired = buildDesiredState(indexOf(withAgreements([buildProduct()], limited)).index, { engine: 'postgres', today: '2026-11-22' });
    const plan = planChanges(desired, { schemas: [], tables: [], views: [], roles: [], grants: [], managed: [] });
    expect(renderPlanText(plan, { target: 'PostgreSQL at db:5432/mesh' })).toMatchInlineSnapshot(`
      "Plan for PostgreSQL at db:5432/mesh: 6 to create, 0 to change, 4 comments, 8 grants, 0 revokes.

      shared schemas, roles and schema access
        + create schema podcast
        + create role team_podcast_analytics (team podcast-analytics)
        + create role team_podcast_data (team podcast-data)
        + grant USAGE on schema podcast to team_podcast_analytics
        + grant USAGE on schema podcast to team_podcast_data

      podcast.podcast-listeners
        + create table podcast.podcast_listeners__daily (3 columns, key listener_id, listen_date)
        + create view podcast.podcast_listeners__daily__latest (latest processed_at)
        ~ comment on table podcast.podcast_listeners__daily
        ~ comment on view podcast.podcast_listeners__daily__latest
        + create view podcast.podcast_listeners__daily__for_podcast_analytics (2 agreed columns of podcast_listeners__daily, for team podcast-analytics)
        ~ comment on view podcast.podcast_listeners__daily__for_podcast_analytics
        + grant DELETE on podcast.podcast_listeners__daily to team_podcast_data
        + grant INSERT on podcast.podcast_listeners__daily to team_podcast_data
        + grant SELECT on podcast.podcast_listeners__daily to team_podcast_data
        + grant UPDATE on podcast.podcast_listeners__daily to team_podcast_data
        + grant SELECT on podcast.podcast_listeners__daily__for_podcast_analytics to team_podcast_analytics
        + grant SELECT on podcast.podcast_listeners__daily__latest to team_podcast_data
        ~ comment on 1 column
      "
    `);
  });

  it('blocks a new primary key and a type it cannot widen, and recreates the view around a widened column', () => {
    const before = desiredOf([
      buildProduct('podcast.podcast-listeners', (p) => port(p).schema.push({ name: 'plays', type: 'integer' }, { name: 'note', type: 'string' })),
    ]);
    const after = desiredOf([
      buildProduct('podcast.podcast-listeners', (p) => {
        port(p).schema.push({ name: 'plays', type: 'bigint' }, { name: 'note', type: 'integer' });
        port(p).primaryKey = ['listener_id'];
      }),
    ]);
    const plan = planChanges(after, simulateActualState(before));
    expect(plan.blocked.map((b) => b.change)).toEqual(['change type text → integer', 'change primary key (listener_id, listen_date) → (listener_id)']);
    expect(plan.operations.map((o) => o.kind).filter((k) => k !== 'comment' && k !== 'grant')).toEqual(['drop-view', 'alter-column-type', 'create-view']);
    const regrants = plan.operations.filter((o) => o.kind === 'grant').map((o) => (o.kind === 'grant' ? o.grant.object : ''));
    expect(new Set(regrants)).toEqual(new Set(['podcast_listeners__daily__latest']));
  });
});

describe('planning for Trino (Hive: no keys, NOT NULL, type changes or schema privileges)', () => {
  const port = (p: DataProduct) => p.spec.outputPorts[0]!;

  it('maps types to Hive and reads them back; uuid and json are varchar', () => {
    expect(['string', 'timestamp', 'decimal(12,2)', 'bytes', 'uuid', 'json'].map((t) => mapColumnType('trino', t).ddl)).toEqual([
      'varchar',
      'timestamp(3)',
      'decimal(12,2)',
      'varbinary',
      'varchar',
      'varchar',
    ]);
    expect(readLogicalType('trino', 'timestamp(3)')).toBe('timestamp');
  });

  it('says keys and required columns in comments, and grants no schema USAGE', () => {
    const desired = desiredOf([buildProduct()], 'trino');
    const table = desired.tables[0];
    expect(table?.primaryKey).toEqual([]);
    expect(table?.columns.map((c) => [c.name, c.nullable, c.comment])).toEqual([
      ['listener_id', true, '[classification pii] [primary key]'],
      ['listen_date', true, '[primary key]'],
      ['processed_at', true, '[required]'],
    ]);
    expect(desired.grants.filter((g) => g.object === '')).toEqual([]);
  });

  it('blocks a widening type change it cannot make, and grants a replaced view again', () => {
    const trino = (products: DataProduct[]) =>
      buildDesiredState(indexOf(withAgreements(products, buildAgreement())).index, { engine: 'trino', today: '2026-11-22' });
    const before = trino([buildProduct('podcast.podcast-listeners', (p) => port(p).schema.push({ name: 'plays', type: 'integer' }))]);
    const after = trino([
      buildProduct('podcast.podcast-listeners', (p) => port(p).schema.push({ name: 'plays', type: 'bigint' }, { name: 'device', type: 'string' })),
    ]);
    const plan = planChanges(after, simulateActualState(before));
    expect(plan.blocked.map((b) => [b.change, b.reason])).toEqual([['change type integer → bigint', "trino cannot change a column's type in place"]]);
    expect(plan.operations.filter((o) => o.kind === 'create-view')).toEqual([expect.objectContaining({ replace: true })]);
    const regrants = plan.operations.flatMap((o) => (o.kind === 'grant' ? [`${o.grant.object}:${o.grant.role}`] : []));
    expect(regrants.sort()).toEqual(['podcast_listeners__daily__latest:team_podcast_analytics', 'podcast_listeners__daily__latest:team_podcast_data']);
  });
});
