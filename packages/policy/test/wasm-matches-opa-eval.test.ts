import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPolicyData, buildPolicyInputs, checkCatalog, type PolicyResult } from '@meshplane/core';
import { compilePolicyBundle, evaluatePolicyBundle, renderEntrypoints, runOpa } from '@meshplane/policy';
import { loadRepository, readPolicyFiles } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';

const work = mkdtempSync(join(tmpdir(), 'meshplane-crosscheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const key = (r: PolicyResult): string => JSON.stringify([r.id, r.level, r.pointer ?? '', r.product ?? '', r.msg]);

describe('the wasm bundle and opa eval agree', () => {
  it('gives the same results for every product of the example mesh and for the mesh-wide rules', async () => {
    const { index, graph } = checkCatalog(loadRepository(REPO_ROOT), { root: REPO_ROOT, toolVersion: 'test' });
    const files = readPolicyFiles(REPO_ROOT);
    if (!files) throw new Error('the example repository has no policies/');
    const now = '2026-11-22';
    const mesh = buildPolicyData(index, graph);
    const inputs = buildPolicyInputs(graph, { today: now });
    const bundle = compilePolicyBundle(files, { cacheDir: join(work, 'cache') });
    const wasm = await evaluatePolicyBundle(bundle, mesh, inputs, now);
    expect(wasm.errors).toEqual([]);

    // One `opa eval` process over the same Rego, entry points, data and inputs, with the interpreter instead of wasm.
    writeFileSync(join(work, 'entry.rego'), renderEntrypoints(bundle.rules));
    writeFileSync(
      join(work, 'data.json'),
      JSON.stringify({ mesh, crosscheck: { inputs: Object.fromEntries(inputs.map((i) => [i.productId, i.input])), now } }),
    );
    const query =
      '{"products": {id: sort([r | some r in data.meshplane.entry.product with input as x]) | some id, x in data.crosscheck.inputs}, "mesh": sort([r | some r in data.meshplane.entry.mesh with input as {"now": data.crosscheck.now}])}';
    const dirs = ['lib', 'global', 'domains'].flatMap((d) => ['-d', join(REPO_ROOT, 'policies', d)]);
    const r = runOpa(['eval', '--format', 'json', ...dirs, '-d', join(work, 'entry.rego'), '-d', join(work, 'data.json'), query]);
    expect(r.status, r.stderr + r.stdout.slice(0, 2000)).toBe(0);
    const interpreted = (JSON.parse(r.stdout) as { result: { expressions: { value: { products: Record<string, PolicyResult[]>; mesh: PolicyResult[] } }[] }[] })
      .result[0]!.expressions[0]!.value;

    let compared = 0;
    for (const { productId } of inputs) {
      expect((wasm.products.get(productId) ?? []).map(key).sort(), productId).toEqual((interpreted.products[productId] ?? []).map(key).sort());
      compared += (wasm.products.get(productId) ?? []).length;
    }
    expect(wasm.mesh.map(key).sort()).toEqual(interpreted.mesh.map(key).sort());
    expect(inputs.length).toBeGreaterThanOrEqual(25);
    // The example mesh is clean of errors, but its warnings prove the rules really ran on both sides.
    expect(compared + wasm.mesh.length).toBeGreaterThan(0);
  });
});
