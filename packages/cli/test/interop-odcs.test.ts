import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { buildOdcsContract, readOdcsContracts, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { exportOdcs, resolveRepository } from '@meshplane/usecases';
import { copyExampleMesh, generateMesh, makeTempRepo, REPO_ROOT, runMesh } from '@meshplane/testkit';

/** The published ODCS v3.1.0 JSON schema (schemas/vendor/README.md), draft 2019-09. */
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateOdcs = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/vendor/odcs/odcs-json-schema-v3.1.0.json'), 'utf8')) as object);

const asDoc = (file: string, text: string): SourceDocument => {
  const r = readYamlDocument(file, text);
  if (!r.document) throw new Error(JSON.stringify(r.findings));
  return r.document;
};

/** Exports every port of a product, checks each contract against the official schema, and imports them back. */
function roundTrip(manifest: Record<string, unknown>, team?: unknown): { back: unknown; errors: unknown[] } {
  const meta = manifest.metadata as { id: string; domain: string };
  const ports = ((manifest.spec as { outputPorts: { name: string }[] }).outputPorts ?? []).map((p) => p.name);
  const errors: unknown[] = [];
  const docs = ports.map((port) => {
    const contract = buildOdcsContract(manifest, port, { platform: { driver: 'duckdb' }, team });
    if (!validateOdcs(contract)) errors.push({ port, errors: validateOdcs.errors });
    return asDoc(`${port}.odcs.yaml`, JSON.stringify(contract));
  });
  const read = readOdcsContracts(docs, { domain: meta.domain });
  errors.push(...read.findings);
  return { back: read.manifests[0], errors };
}

describe('mesh export odcs / import odcs', () => {
  const repo = resolveRepository(REPO_ROOT);

  it('exports every example product as contracts the official ODCS v3.1.0 schema accepts, and imports them back unchanged', () => {
    const products = readdirSync(join(REPO_ROOT, 'catalog'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('product.yaml'));
    expect(products.length).toBeGreaterThan(30);
    const started = performance.now();
    for (const f of products) {
      const manifest = parse(readFileSync(join(REPO_ROOT, 'catalog', f), 'utf8')) as Record<string, unknown>;
      const { back, errors } = roundTrip(manifest);
      expect(errors, f).toEqual([]);
      expect(back, f).toEqual(manifest);
    }
    console.log(`ODCS round trip of ${products.length} example products: ${Math.round(performance.now() - started)} ms`);
  });

  it('round-trips 200 generated products losslessly', () => {
    const files = generateMesh({ products: 200, seed: 7, today: '2026-12-01' });
    const manifests = [...files].filter(([p]) => p.endsWith('product.yaml')).map(([, t]) => parse(t) as Record<string, unknown>);
    expect(manifests.length).toBe(200);
    for (const m of manifests) {
      const { back, errors } = roundTrip(m);
      expect(errors, String((m.metadata as { id: string }).id)).toEqual([]);
      expect(back).toEqual(m);
    }
  });

  it('maps the port natively: physical table, types, primary key, classification, quality, SLA, servers, team', () => {
    const [c] = exportOdcs(repo, 'podcast.podcast-listeners', { port: 'daily-listeners' });
    type Obj = { name: string; physicalName: string; properties: { name: string }[]; quality?: unknown[] };
    const contract = c?.contract as { schema: [Obj]; servers: unknown; team: { name: string }; slaProperties: unknown[]; quality?: unknown };
    expect(contract.schema[0]).toMatchObject({ name: 'daily-listeners', physicalName: 'podcast_listeners__daily_listeners', physicalType: 'table' });
    const listener = contract.schema[0].properties.find((p: { name: string }) => p.name === 'listener_id');
    expect(listener).toMatchObject({
      logicalType: 'string',
      physicalType: 'VARCHAR',
      required: true,
      classification: 'pii',
      primaryKey: true,
      primaryKeyPosition: 1,
    });
    expect(contract.servers).toEqual([{ server: 'platform', type: 'duckdb', database: '.meshplane/mesh.duckdb', schema: 'podcast' }]);
    expect(contract.team.name).toBe('podcast-data');
    expect(contract.slaProperties).toContainEqual({ property: 'latency', value: 'PT6H', element: 'daily-listeners.processed_at' });
    expect(contract.schema[0].quality).toHaveLength(2); // unique and sql; not_null sits on its property
  });

  it('lists the port’s readers as roles: each agreement not ended on the day, with its purpose, end and column limit', () => {
    type Role = { role: string; access?: string; description?: string; customProperties?: { property: string; value: unknown }[] };
    const rolesOn = (today: string): Role[] => {
      const [c] = exportOdcs(repo, 'podcast.podcast-listeners', { port: 'daily-listeners', today });
      expect(validateOdcs(c?.contract), JSON.stringify(validateOdcs.errors)).toBe(true);
      return (c?.contract as { roles?: Role[] }).roles ?? [];
    };
    const growth = rolesOn('2026-11-22').find((r) => r.role === 'growth-analytics');
    expect(growth).toMatchObject({ access: 'read', description: expect.stringContaining('podcast growth dashboard') as unknown });
    expect(growth?.customProperties).toEqual([
      { property: 'meshplane.agreement', value: 'growth-analytics' },
      { property: 'meshplane.until', value: '2026-12-18' },
      { property: 'meshplane.columns', value: ['episode_id', 'podcast_id', 'listen_date', 'seconds_listened', 'plays', 'country_code'] },
    ]);
    // The day after its end the agreement grants nothing, and the contract no longer lists the team.
    expect(rolesOn('2026-12-19').map((r) => r.role)).not.toContain('growth-analytics');
  });

  it('writes the contracts with the CLI and imports them into another catalog', () => {
    const out = makeTempRepo().dir;
    const exp = runMesh(['export', 'odcs', 'podcast.podcast-listeners', '--out', out], { cwd: REPO_ROOT });
    expect(exp.status).toBe(0);
    const file = join(out, 'podcast.podcast-listeners.daily-listeners.odcs.yaml');
    expect(existsSync(file)).toBe(true);
    const target = copyExampleMesh();
    const started = performance.now();
    const imp = runMesh(['import', 'odcs', file, '--domain', 'podcast', '--root', target.dir], { cwd: target.dir });
    console.log(`mesh import odcs of one contract: ${Math.round(performance.now() - started)} ms (process start included)`);
    expect(imp.stderr).toBe('');
    expect(imp.status).toBe(0);
    const written = parse(readFileSync(join(target.dir, 'catalog/podcast/podcast-listeners/product.yaml'), 'utf8')) as unknown;
    expect(written).toEqual(parse(readFileSync(join(REPO_ROOT, 'catalog/podcast/podcast-listeners/product.yaml'), 'utf8')));
  });
});

describe('mesh import odcs on bad input', () => {
  const foreign = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: 'orders-contract',
    name: 'Orders',
    version: '1.0.0',
    status: 'active',
    schema: [
      {
        name: 'orders',
        physicalType: 'table',
        properties: [
          { name: 'order_id', logicalType: 'string', primaryKey: true, required: true },
          { name: 'ordered_at', logicalType: 'timestamp' },
          { name: 'loaded_at', logicalType: 'timestamp' },
        ],
      },
    ],
    slaProperties: [{ property: 'latency', value: 'PT4H' }],
    team: { name: 'podcast-data', members: [{ username: '@daff/maria', role: 'Data Product Owner' }] },
    ...extra,
  });
  const importFile = (content: string, args: string[] = []) => {
    const target = copyExampleMesh();
    const file = join(target.dir, 'in.odcs.yaml');
    writeFileSync(file, content);
    const r = runMesh(['import', 'odcs', file, '--domain', 'podcast', '--root', target.dir, ...args], { cwd: target.dir });
    return { ...r, wrote: existsSync(join(target.dir, 'catalog/podcast/orders/product.yaml')) };
  };
  const full = ['--archetype', 'source-aligned', '--classification', 'internal', '--actual-time', 'ordered_at', '--processing-time', 'loaded_at'];

  it('imports a contract Meshplane did not write when the flags supply what ODCS lacks', () => {
    const r = importFile(JSON.stringify(foreign()), full);
    expect(r.stderr).toContain('odcs.import.defaulted');
    expect(r.status).toBe(0);
    expect(r.wrote).toBe(true);
  });

  it('names the flag a person must supply, exits 2 and writes nothing', () => {
    const r = importFile(JSON.stringify(foreign()));
    expect(r.stderr).toContain('--archetype');
    expect(r.stderr).toContain('--classification');
    expect(r.stderr).toContain('--actual-time');
    expect(r.stderr).toContain('Nothing written.');
    expect(r.status).toBe(2);
    expect(r.wrote).toBe(false);
  });

  it('warns about each field it does not keep, with its line', () => {
    const r = importFile(JSON.stringify(foreign({ price: { priceAmount: 1 } }), null, 2), full);
    expect(r.stderr).toMatch(/in\.odcs\.yaml:\d+: warning odcs\.import\.dropped: \/price is not kept/);
    expect(r.status).toBe(0);
  });

  it.each([
    ['a YAML that is not ODCS', 'apiVersion: meshplane/v1\nkind: DataProduct\n', 'not an ODCS data contract'],
    ['an unknown major version', JSON.stringify(foreign({ apiVersion: 'v4.0.0' })), 'ODCS v4.0.0 is not a version Meshplane reads'],
    [
      '10 000 properties',
      JSON.stringify(
        foreign({ schema: [{ name: 'orders', properties: Array.from({ length: 10000 }, (_, i) => ({ name: `c${i}`, logicalType: 'string' })) }] }),
      ),
      'error',
    ],
    [
      'hostile strings in every field',
      JSON.stringify(
        foreign({
          name: '<script>alert(1)</script>',
          version: '../../etc',
          status: '$(rm -rf /)',
          team: { name: '../../x', members: [{ username: "'; DROP TABLE x; --", role: 'owner' }] },
        }),
      ),
      'error',
    ],
    ['not YAML at all', ']]]: [', 'yaml'],
  ])('%s: a clear finding, exit 2, nothing written', (_, content, expected) => {
    const r = importFile(content, full);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toContain('Nothing written.');
    expect(r.status).toBe(2);
    expect(r.wrote).toBe(false);
  });
});
