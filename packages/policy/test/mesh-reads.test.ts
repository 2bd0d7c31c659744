import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PolicyMeshData, ProductPolicyInput } from '@meshplane/core';
import { analyzeMeshReads, compilePolicyBundle, evaluatePolicyBundleCached, projectMeshData, READS_EVERYTHING } from '@meshplane/policy';
import { REPO_ROOT } from '@meshplane/testkit';
import { policyFiles, ruleFile } from './policy-fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'meshplane-mesh-reads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cacheDir = join(work, 'bundles');

function readPolicies(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(REPO_ROOT, p), readFileSync(p, 'utf8'));
    }
  };
  walk(join(REPO_ROOT, 'policies'));
  return files;
}

const readsOf = (rules: Record<string, string>) => compilePolicyBundle(policyFiles(rules), { cacheDir }).meshReads;

describe('what the rules read of data.mesh', () => {
  it('lists the fields the example policies read, per entry point, and not what none reads (a version)', () => {
    const { meshReads } = compilePolicyBundle(readPolicies(), { cacheDir });
    expect(meshReads.product).toEqual([
      { path: ['consumers'] },
      { path: ['domains', '*'] },
      { path: ['products', '*', 'lifecycle'] },
      { path: ['products', '*', 'outputs', '*', 'classification'] },
      { path: ['products', '*', 'successor'] },
      { path: ['products', '*', 'sunset'] },
      { path: ['products', '*'], defined: true },
      { path: ['teams', '*'] },
    ]);
    // The master-data rule walks every product, reading its inputs and consumer teams (not its version).
    expect(meshReads.mesh).toEqual([
      { path: ['consumers'] },
      { path: ['products', '*', 'consumerTeams', '*'] },
      { path: ['products', '*', 'inputs', '*', 'product'] },
      { path: ['products', '*', 'inputs', '*'], defined: true },
      { path: ['products', '*'], defined: true },
    ]);
  });

  it('follows variables bound to parts of data.mesh to what their uses read, and reads whole what it cannot follow', () => {
    const byText = (reads: readonly object[]) => [...reads].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const rule = (condition: string) => byText(readsOf({ 'global/walk.rego': ruleFile({ topic: 'walk', name: 'walker', condition }) }).product);
    // `some … in` and `:=`, chained through a comprehension.
    expect(rule('some p in data.mesh.products\n\tq := data.mesh.teams[p.owner]\n\tcount({i.product | some i in p.inputs}) > count(q.members)')).toEqual(
      byText([
        { path: ['products', '*', 'inputs', '*', 'product'] },
        { path: ['products', '*', 'owner'] },
        { path: ['teams', '*', 'members'] },
        { path: ['products', '*', 'inputs', '*'], defined: true },
        { path: ['products', '*'], defined: true },
        { path: ['teams', '*'], defined: true },
      ]),
    );
    // A variable used whole reads all it is bound to.
    expect(rule('some id, p in data.mesh.products\n\tjson.marshal(p) == id')).toEqual([{ path: ['products', '*'] }]);
    // `=` may compare a bound variable with all of the ref: read whole.
    expect(rule('p := input.product\n\tp.metadata = data.mesh.products[p.metadata.id].metadata')).toEqual([{ path: ['products', '*', 'metadata'] }]);
  });

  it('follows functions in other packages, imports with aliases and computed keys, and skips rules no entry point reaches', () => {
    const helpers = `package meshplane.helpers

known_owner(p) if data.mesh.teams[p.metadata.owner].members
`;
    const unreached = `package meshplane.unused

everything := data.mesh.products
`;
    const reads = readsOf({
      'lib/helpers.rego': helpers,
      'other/unused.rego': unreached,
      'global/owners.rego': ruleFile({ topic: 'owners', name: 'known', condition: 'not owner_titled' }).replace(
        'package meshplane.global.owners\n',
        'package meshplane.global.owners\n\nimport data.meshplane.helpers\nimport data.mesh.domains as D\n\nowner_titled if {\n\thelpers.known_owner(input.product)\n\tD[input.product.metadata.domain].title\n}\n',
      ),
    });
    // Both are tested for truth, not read for their value.
    expect(reads.product).toEqual([
      { path: ['domains', '*', 'title'], defined: true },
      { path: ['teams', '*', 'members'], defined: true },
    ]);
    expect(reads.mesh).toEqual([]);
  });

  it('reads the whole mesh where a rule reads `data` by a computed key', () => {
    const reads = readsOf({ 'global/any.rego': ruleFile({ topic: 'any', name: 'anything', condition: 'some k\n\tdata[k].x == 1' }) });
    expect(reads.product).toEqual([{ path: [] }]);
  });

  it('reads everything when OPA cannot parse the modules for the analysis', () => {
    expect(analyzeMeshReads(work, [['policies/broken.rego', 'package x\n\nallow if {']])).toEqual(READS_EVERYTHING);
  });
});

describe('results remembered by what the rules read', () => {
  const product = (id: string, version: string, lifecycle = 'active') => ({
    apiVersion: 'meshplane/v1',
    kind: 'DataProduct',
    metadata: { id, name: id, domain: 'd', owner: 't', version, lifecycle },
  });
  const meshOf = (products: ReturnType<typeof product>[]): PolicyMeshData => ({
    products: Object.fromEntries(products.map((p) => [p.metadata.id, { ...p.metadata, inputs: [], outputs: {}, consumerTeams: [] }])),
    consumers: {},
    teams: { t: {} },
    domains: { d: {} },
  });
  const inputOf = (p: ReturnType<typeof product>): { productId: string; input: ProductPolicyInput } => ({
    productId: p.metadata.id,
    input: { product: p, file: `${p.metadata.id}.yaml`, previous: null, change: null, now: '2026-11-22', runtime: null, agreements: [] },
  });
  // A rule that reads another product's lifecycle: `d.b` reads `d.a`.
  const rules = {
    'global/upstream.rego': ruleFile({
      topic: 'upstream',
      name: 'retired',
      condition: 'input.product.metadata.id == "d.b"\n\tdata.mesh.products["d.a"].lifecycle == "retired"',
    }),
  };

  it('keeps them across a version bump elsewhere and evaluates again when a read field changes', async () => {
    const bundle = compilePolicyBundle(policyFiles(rules), { cacheDir });
    const results = join(work, 'results');
    const evaluate = async (a: ReturnType<typeof product>, b: ReturnType<typeof product>) =>
      (await evaluatePolicyBundleCached(bundle, meshOf([a, b]), [inputOf(a), inputOf(b)], '2026-11-22', results)).products.get('d.b');
    const b = product('d.b', '1.0.0');
    expect(await evaluate(product('d.a', '1.0.0'), b)).toEqual([]);
    const stores = readdirSync(results);
    expect(await evaluate(product('d.a', '1.0.1'), b)).toEqual([]);
    expect(readdirSync(results)).toEqual(stores);
    expect(await evaluate(product('d.a', '1.0.1', 'retired'), b)).toEqual([expect.objectContaining({ id: 'global.upstream.retired' })]);
    expect(readdirSync(results)).toHaveLength(stores.length + 1);
  });

  it('projects a mesh onto what is read: keys picked at run time stand for every key, a defined read keeps only presence', () => {
    const mesh = { products: { a: { lifecycle: 'active', version: '1' }, b: { lifecycle: 'retired', version: '2' } }, teams: { t: false } };
    expect(projectMeshData(mesh, [{ path: ['products', '*', 'lifecycle'] }, { path: ['teams', '*'], defined: true }, { path: ['domains'] }])).toEqual([
      { products: { a: { lifecycle: 'active' }, b: { lifecycle: 'retired' } } },
      { teams: { t: false } },
      {},
    ]);
  });
});
