import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { buildOdpsProduct } from '@meshplane/core';
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
