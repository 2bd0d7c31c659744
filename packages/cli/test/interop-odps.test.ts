import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { buildOdcsContract, buildOdpsProduct, readOdpsProduct, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { checkRepository, exportOdcs, exportOdps, resolveRepository } from '@meshplane/usecases';
import { copyExampleMesh, generateMesh, REPO_ROOT, runMesh } from '@meshplane/testkit';

/** The published ODPS v1.0.0 JSON schema (schemas/vendor/README.md), draft 2019-09. */
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateOdps = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/vendor/odps/odps-json-schema-v1.0.0.json'), 'utf8')) as object);

const example = copyExampleMesh();
afterAll(() => example.remove());

describe('mesh export odps', () => {
  it('exports every product of the example mesh as ODPS v1.0.0, valid against the official schema', () => {
    const repo = resolveRepository(example.dir);
    const ids = checkRepository(repo).index.products.map((p) => p.id);
    expect(ids).toHaveLength(36);
    for (const id of ids) {
      const { product } = exportOdps(repo, id);
      expect(validateOdps(product) ? [] : validateOdps.errors, id).toEqual([]);
    }
    // The schema check can fail: a document without its status.
    const { status: _s, ...noStatus } = exportOdps(repo, ids[0]!).product;
    expect(validateOdps(noStatus)).toBe(false);
  });

  it("names each port's ODCS contract by the id mesh export odcs gives it, for what it serves and what it reads", () => {
    const repo = resolveRepository(example.dir);
    const contracts = new Set(
      checkRepository(repo)
        .index.products.flatMap((p) => exportOdcs(repo, p.id))
        .map((c) => String(c.contract.id)),
    );
    const { product } = exportOdps(repo, 'podcast.daily-podcasts-summary');
    const ports = product as { inputPorts: { name: string; contractId: string; version: string }[]; outputPorts: { contractId: string }[] };
    expect(ports.inputPorts.map((p) => [p.name, p.contractId, p.version])).toEqual([
      ['podcast-listeners', 'podcast.podcast-listeners.daily-listeners', '2.1.0'],
      ['podcast-catalog', 'podcast.podcast-catalog.episodes', expect.any(String)],
    ]);
    for (const id of [...ports.inputPorts, ...ports.outputPorts].map((p) => p.contractId)) expect(contracts.has(id), id).toBe(true);
  });

  it('keeps what ODPS has no field for as meshplane.* custom properties', () => {
    const { product } = exportOdps(resolveRepository(example.dir), 'podcast.podcast-listeners');
    const custom = new Map((product.customProperties as { property: string; value: unknown }[]).map((c) => [c.property, c.value]));
    expect(custom.get('meshplane.archetype')).toBe('source-aligned');
    expect(custom.get('meshplane.owner')).toBe('podcast-data');
    expect(custom.get('meshplane.sourceSystems')).toEqual([
      { name: 'podcast-player-events', source: { system: 'podcast-player-service', kind: 'event-log' }, mode: 'subscribe' },
    ]);
    expect(product).toMatchObject({
      status: 'active',
      domain: 'podcast',
      team: { name: 'podcast-data' },
    });
    expect((product.team as { members: unknown[] }).members[0]).toEqual({ username: '@daff/maria', role: 'Data Product Owner' });
  });

  it('exports 200 generated products that all validate', () => {
    const files = generateMesh({ products: 200, seed: 11, today: '2026-12-01' });
    const manifests = [...files].filter(([p]) => p.endsWith('product.yaml')).map(([, t]) => parse(t) as Record<string, unknown>);
    expect(manifests).toHaveLength(200);
    const invalid = manifests.flatMap((m) =>
      validateOdps(buildOdpsProduct(m)) ? [] : [{ id: (m.metadata as { id: string }).id, errors: validateOdps.errors }],
    );
    expect(invalid).toEqual([]);
  });

  it('writes <product>.odps.yaml with --out, and refuses an unknown product with exit 2', () => {
    const run = runMesh(['export', 'odps', 'podcast.podcast-listeners', '--out', 'odps'], { cwd: example.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*odps\/podcast\.podcast-listeners\.odps\.yaml\n$/);
    expect(parse(readFileSync(join(example.dir, 'odps/podcast.podcast-listeners.odps.yaml'), 'utf8'))).toMatchObject({
      apiVersion: 'v1.0.0',
      id: 'podcast.podcast-listeners',
    });
    const unknown = runMesh(['export', 'odps', 'nope.nothing'], { cwd: example.dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('mesh: No product nope.nothing in the catalog. Run mesh graph to list them.\n');
  });
});

const asDoc = (file: string, text: string): SourceDocument => {
  const r = readYamlDocument(file, text);
  if (!r.document) throw new Error(JSON.stringify(r.findings));
  return r.document;
};

/** A product through ODPS and its ODCS contracts and back: the manifest read, and every finding. */
function roundTrip(manifest: Record<string, unknown>, versionOf?: (id: string) => string | undefined): { back: unknown; findings: unknown[] } {
  const ports = ((manifest.spec as { outputPorts: { name: string }[] }).outputPorts ?? []).map((p) => p.name);
  const contracts = ports.map((port) => asDoc(`${port}.odcs.yaml`, JSON.stringify(buildOdcsContract(manifest, port, { platform: { driver: 'duckdb' } }))));
  const product = buildOdpsProduct(manifest, versionOf ? { versionOf } : {});
  const errors = validateOdps(product) ? [] : [validateOdps.errors];
  const read = readOdpsProduct(asDoc('product.odps.yaml', JSON.stringify(product)), contracts, {});
  return { back: read.manifests[0], findings: [...errors, ...read.findings] };
}

describe('mesh import odps', () => {
  it('imports every example product back from its ODPS document and ODCS contracts, unchanged', () => {
    const files = readdirSync(join(REPO_ROOT, 'catalog'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('product.yaml'));
    expect(files.length).toBe(36);
    for (const f of files) {
      const manifest = parse(readFileSync(join(REPO_ROOT, 'catalog', f), 'utf8')) as Record<string, unknown>;
      const { back, findings } = roundTrip(manifest);
      expect(findings, f).toEqual([]);
      expect(back, f).toEqual(manifest);
    }
  });

  it('round-trips 200 generated products', () => {
    const files = generateMesh({ products: 200, seed: 13, today: '2026-12-01' });
    const manifests = [...files].filter(([p]) => p.endsWith('product.yaml')).map(([, t]) => parse(t) as Record<string, unknown>);
    for (const m of manifests) {
      const { back, findings } = roundTrip(m);
      expect(findings, (m.metadata as { id: string }).id).toEqual([]);
      expect(back).toEqual(m);
    }
  });

  describe('a product Meshplane did not write', () => {
    // Written from the ODPS v1.0.0 text: fields Meshplane reads, and some it has no place for.
    const odps = {
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'b7c6a3f2-orders',
      name: 'Podcast orders',
      version: '1.2.0',
      status: 'active',
      domain: 'podcast',
      tenant: 'daff',
      description: { purpose: 'Orders of podcast merchandise.', limitations: 'No refunds.', usage: 'Join on order_id.' },
      tags: ['orders'],
      inputPorts: [
        { name: 'episodes', version: '1.0.0', contractId: 'podcast.podcast-catalog.episodes' },
        { name: 'shop', version: '3', contractId: '0e9a1c57-4a47-4e47-9c0b-6f8a1f3b2d11' },
      ],
      outputPorts: [{ name: 'orders', type: 'table', version: '1.2.0', contractId: 'orders-contract' }],
      managementPorts: [{ name: 'status', content: 'discoverability', type: 'rest', url: 'https://shop.example/status' }],
      team: { name: 'podcast-data', members: [{ username: '@daff/maria', role: 'owner' }] },
    };
    const contract = {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'orders-contract',
      name: 'Orders',
      version: '1.2.0',
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
    };
    const flags = ['--archetype', 'source-aligned', '--classification', 'internal', '--actual-time', 'ordered_at', '--processing-time', 'loaded_at'];
    const importFiles = (files: Record<string, unknown>, args: string[] = flags) => {
      const target = copyExampleMesh();
      const names = Object.entries(files).map(([name, value]) => {
        writeFileSync(join(target.dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
        return name;
      });
      const r = runMesh(['import', 'odps', ...names, ...args], { cwd: target.dir });
      const file = join(target.dir, 'catalog/podcast/podcast-orders/product.yaml');
      const wrote = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
      target.remove();
      return { ...r, wrote };
    };

    it('imports it when the flags supply what neither standard says, warning on the line of each field not kept', () => {
      const r = importFiles({ 'orders.odps.json': odps, 'orders.odcs.json': contract });
      expect(r.status, r.stderr).toBe(0);
      expect(r.wrote).toMatchObject({
        metadata: {
          id: 'podcast.podcast-orders',
          name: 'Podcast orders',
          domain: 'podcast',
          owner: 'podcast-data',
          productOwner: '@daff/maria',
          version: '1.2.0',
          lifecycle: 'active',
          tags: ['orders'],
        },
        spec: {
          purpose: 'Orders of podcast merchandise.',
          limitations: 'No refunds.',
          inputPorts: [{ name: 'episodes', source: { product: 'podcast.podcast-catalog', port: 'episodes' }, mode: 'pull' }],
        },
      });
      const line = (key: string): number =>
        JSON.stringify(odps, null, 2)
          .split('\n')
          .findIndex((l) => l.includes(`"${key}"`)) + 1;
      expect(r.stderr).toContain(`orders.odps.json:${line('tenant')}: warning odps.import.dropped: /tenant is not kept`);
      expect(r.stderr).toContain(`orders.odps.json:${line('managementPorts')}: warning odps.import.dropped: /managementPorts is not kept`);
      expect(r.stderr).toMatch(
        /warning odps\.import\.dropped: \/inputPorts\/1 is not kept: contract 0e9a1c57-4a47-4e47-9c0b-6f8a1f3b2d11 does not name a Meshplane port/,
      );
    });

    it('writes nothing when a named contract is missing, saying which file to pass, on the line that names it', () => {
      const r = importFiles({ 'orders.odps.json': odps });
      expect(r.status).toBe(2);
      expect(r.wrote).toBeUndefined();
      const line =
        JSON.stringify(odps, null, 2)
          .split('\n')
          .findIndex((l) => l.includes('"orders-contract"')) + 1;
      expect(r.stderr).toContain(
        `orders.odps.json:${line}: error odps.import.missing-contract: Output port orders names contract orders-contract, which is not among the files given. Pass the ODCS file whose id is orders-contract`,
      );
      expect(r.stderr).toContain('Nothing written.');
    });

    it.each([
      ['a YAML that is no ODPS product', { 'x.yaml': 'kind: Something\nname: x\n' }, 'None of the files is an ODPS data product'],
      ['an unknown major version', { 'p.json': { ...odps, apiVersion: 'v2.0.0' }, 'c.json': contract }, 'ODPS v2.0.0 is not a version Meshplane reads'],
      ['a product without a domain or --domain', { 'p.json': { ...odps, domain: undefined }, 'c.json': contract }, "ODPS does not say the product's domain"],
    ])('on %s: a clear finding or a valid manifest, never a crash', (_what, files, message) => {
      const r = importFiles(files as Record<string, unknown>);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.wrote).toBeUndefined();
    });

    it('keeps a hostile name as data: the file path comes from its slug, the name is written as a string', () => {
      const target = copyExampleMesh();
      const name = '<script>alert(1)</script>\u0000';
      writeFileSync(join(target.dir, 'p.json'), JSON.stringify({ ...odps, name }));
      writeFileSync(join(target.dir, 'c.json'), JSON.stringify(contract));
      const r = runMesh(['import', 'odps', 'p.json', 'c.json', ...flags], { cwd: target.dir });
      expect(r.status, r.stderr).toBe(0);
      const file = join(target.dir, 'catalog/podcast/script-alert-1-script/product.yaml');
      expect(r.stdout).toBe(`Wrote ${file}\n`);
      expect((parse(readFileSync(file, 'utf8')) as { metadata: { name: string } }).metadata.name).toBe(name);
      target.remove();
    });
  });
});
