import { describe, expect, it } from 'vitest';
import {
  addressProduct,
  buildCatalogExport,
  checkCatalog,
  namePortTable,
  rankProductsByConsumers,
  writeQuerySnippet,
  type DataProduct,
  type Finding,
  type PolicyRule,
} from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, buildSloStatus, makeTempRepo, toYaml } from '@meshplane/testkit';

function reader(id: string, inputs: string[]): DataProduct {
  return buildProduct(id, (p) => {
    p.metadata.archetype = 'aggregate';
    p.spec.inputPorts = inputs.map((u) => ({ name: u.replace('.', '-'), source: { product: u, port: 'daily' }, mode: 'subscribe' }));
  });
}

function check(products: DataProduct[], extra: Record<string, string> = {}) {
  const repo = makeTempRepo({ ...buildMeshFiles(products), ...extra });
  try {
    return checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  } finally {
    repo.remove();
  }
}

const rule: PolicyRule = {
  id: 'global.docs.readme',
  title: 'A README',
  description: 'Every product has a README.',
  severity: 'warn',
  file: 'policies/global/docs.rego',
  line: 3,
  scope: 'global',
  meshWide: false,
  ref: 'data.meshplane.global.docs.warn',
};

describe('port tables and queries', () => {
  it.each([
    ['podcast.podcast-listeners', 'podcast', 'daily-listeners', { schema: 'podcast', table: 'podcast_listeners__daily_listeners' }],
    ['listener-session.sessions', 'listener-session', 'daily', { schema: 'listener_session', table: 'sessions__daily' }],
  ])('names %s port %s', (id, domain, port, expected) => {
    expect(namePortTable(id, domain, port)).toEqual(expected);
  });

  it('writes a DuckDB query with every identifier quoted', () => {
    expect(
      writeQuerySnippet({ schema: 'podcast', table: 'x__daily' }, [
        { name: 'a', type: 'string' },
        { name: 'we"ird', type: 'date' },
      ]),
    ).toMatchInlineSnapshot(`
        "SELECT
          "a",
          "we""ird"
        FROM "podcast"."x__daily"
        LIMIT 100;"
      `);
  });

  it.each([
    ['dp://', 'dp://podcast/podcast-listeners'],
    ['https://mesh.daff.example/', 'https://mesh.daff.example/podcast/podcast-listeners'],
    ['https://mesh.daff.example', 'https://mesh.daff.example/podcast/podcast-listeners'],
  ])('addresses a product under prefix %s', (prefix, expected) => {
    expect(addressProduct(prefix, 'podcast.podcast-listeners', 'podcast')).toBe(expected);
  });
});

describe('the catalog export', () => {
  const mesh = [buildProduct('podcast.events'), reader('podcast.listeners', ['podcast.events']), reader('podcast.summary', ['podcast.listeners'])];

  it('counts consumer links as lineage edges plus consumer teams of agreements, and ranks by them', () => {
    const shared = (product: string, end: string) =>
      buildAgreement((a) => {
        a.spec.provider = { product, ports: [{ name: 'daily' }] };
        a.spec.end = end;
      });
    const agreements = [shared('podcast.events', '2027-06-30'), shared('podcast.listeners', '2026-11-30'), shared('podcast.summary', '2026-11-21')];
    const files = Object.fromEntries(agreements.map((a) => [agreementPath(a), toYaml(a)]));
    const data = buildCatalogExport(check(mesh, files), { findings: [], rules: [], history: new Map(), today: '2026-11-22' });
    // Two agreements in force (the third ended yesterday: listed, not counted as a reader); two lineage edges.
    expect(data.counts).toEqual({ products: 3, domains: 1, teams: 2, edges: 2, declaredConsumers: 2, consumerLinks: 4, skipped: 0 });
    expect(data.products.map((p) => p.agreements.map((a) => [a.team, a.status]))).toEqual([
      [['podcast-analytics', 'in-force']],
      [['podcast-analytics', 'ending-soon']],
      [['podcast-analytics', 'ended']],
    ]);
    expect(data.products[0]?.consumers).toEqual([
      {
        team: 'podcast-analytics',
        purpose: 'Weekly audience reports for the podcast studios.',
        until: '2027-06-30',
        ports: ['daily'],
        agreement: 'catalog/podcast/events/agreements/podcast-analytics.yaml',
      },
    ]);
    expect(data.ranking).toEqual(['podcast.events', 'podcast.listeners', 'podcast.summary']);
    expect(data.products.find((p) => p.id === 'podcast.listeners')).toMatchObject({
      consumerCount: 2,
      upstream: [{ id: 'podcast.events', depth: 1 }],
      downstream: [{ id: 'podcast.summary', depth: 1 }],
    });
  });

  it('limits lineage to the given depth and states every SLO as no data yet', () => {
    const data = buildCatalogExport(check(mesh), { findings: [], rules: [], history: new Map(), today: '2026-11-22', lineageDepth: 1 });
    const events = data.products.find((p) => p.id === 'podcast.events');
    expect(events?.downstream).toEqual([{ id: 'podcast.listeners', depth: 1 }]);
    expect(events?.ports[0]?.slos.map((s) => s.state)).toEqual(['no-data']);
    expect(events?.ports[0]?.table.sql).toContain('FROM "podcast"."events__daily"');
  });

  it('leaves out products with schema errors, and counts them', () => {
    const broken = buildProduct('podcast.broken', (p) => {
      (p.metadata as unknown as Record<string, unknown>).version = 7;
    });
    const data = buildCatalogExport(check([...mesh, broken]), { findings: [], rules: [], history: new Map(), today: '2026-11-22' });
    expect(data.products.map((p) => p.id)).not.toContain('podcast.broken');
    expect(data.counts.skipped).toBe(1);
  });

  it('counts flagged and waived products per rule and keeps each product’s findings and changelog', () => {
    const findings: Finding[] = [
      { ruleId: rule.id, severity: 'warning', message: 'No README.', productId: 'podcast.events' },
      { ruleId: rule.id, severity: 'notice', message: 'Waived until 2027-01-01: No README.', productId: 'podcast.summary' },
    ];
    const history = new Map([['catalog/podcast/events/product.yaml', [{ commit: 'abc', date: '2026-11-01', version: '1.0.0', subject: 'Add events' }]]]);
    const data = buildCatalogExport(check(mesh), { findings, rules: [rule], history, today: '2026-11-22' });
    expect(data.rules[0]).toMatchObject({ id: rule.id, failing: 1, waived: 1, scope: 'global' });
    const events = data.products.find((p) => p.id === 'podcast.events');
    expect(events?.compliance).toEqual([{ ruleId: rule.id, severity: 'warning', message: 'No README.' }]);
    expect(events?.changelog).toEqual(history.get('catalog/podcast/events/product.yaml'));
  });

  it('ranks ties by id', () => {
    expect(
      rankProductsByConsumers([
        { id: 'b', consumerCount: 1 },
        { id: 'a', consumerCount: 1 },
        { id: 'c', consumerCount: 2 },
      ]).map((p) => p.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('SLO states in the export', () => {
  it('attaches each evaluated SLO to its port by name, and leaves the others without data', () => {
    const product = buildProduct('podcast.podcast-listeners');
    const status = buildSloStatus({
      slo: 'fresh',
      since: '2026-11-21T20:00:00.000Z',
      threshold: '≤ 6 h',
      objective: 0.99,
      budgetRemaining: -0.5,
      evaluatedAt: '2026-11-22T12:00:00.000Z',
    });
    const history = [{ day: '2026-11-22', good: 10, bad: 2, unknown: 0 }];
    const slo = { evaluatedAt: status.evaluatedAt, products: { 'podcast.podcast-listeners': { statuses: [{ ...status, history }] } } };
    const withStatus = buildCatalogExport(check([product]), { findings: [], rules: [], history: new Map(), today: '2026-11-22', slo });
    expect(withStatus.products[0]?.ports[0]?.slos[0]).toMatchObject({
      name: 'fresh',
      state: 'breached',
      status: { budgetRemaining: -0.5, threshold: '≤ 6 h' },
      history,
    });
    const without = buildCatalogExport(check([product]), { findings: [], rules: [], history: new Map(), today: '2026-11-22' });
    expect(without.products[0]?.ports[0]?.slos[0]).toEqual({ ...product.spec.outputPorts[0]?.slos[0], state: 'no-data' });
  });
});
