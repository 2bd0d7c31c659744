import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPolicyData, buildPolicyInputs, checkCatalog } from '@meshplane/core';
import { compilePolicyBundle, evaluatePolicyBundle, PolicyError } from '@meshplane/policy';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo } from '@meshplane/testkit';
import { policyFiles, ruleFile } from './policy-fixtures.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'meshplane-policy-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const lifecycleRule = ruleFile({
  topic: 'lifecycle',
  name: 'no-proposed',
  condition: 'input.product.metadata.lifecycle == "proposed"',
  pointer: '/metadata/lifecycle',
});

function compileError(files: Map<string, string>): PolicyError {
  try {
    compilePolicyBundle(files, { cacheDir });
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected the bundle not to compile');
}

describe('compilePolicyBundle', () => {
  it('compiles with the real opa CLI, reads the rules, and caches by content', () => {
    const files = policyFiles({ 'global/lifecycle.rego': lifecycleRule });
    const first = compilePolicyBundle(files, { cacheDir });
    expect(first.wasm.byteLength).toBeGreaterThan(1000);
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.rules).toEqual([
      expect.objectContaining({
        id: 'global.lifecycle.no-proposed',
        severity: 'deny',
        scope: 'global',
        file: 'policies/global/lifecycle.rego',
        meshWide: false,
      }),
    ]);
    const second = compilePolicyBundle(files, { cacheDir });
    expect(second.cached).toBe(true);
    expect(second.digest).toBe(first.digest);
  });

  it('reports a policy that does not compile with its file and line', () => {
    const e = compileError(policyFiles({ 'global/broken.rego': 'package meshplane.global.broken\n\ndeny contains x if {\n\tx := \n}\n' }));
    expect(e.code).toBe('compile-failed');
    expect(e.findings[0]).toMatchObject({ ruleId: 'policy.compile-error', file: 'policies/global/broken.rego', line: expect.any(Number) });
  });

  it('refuses a built-in that does not run in WebAssembly, naming it', () => {
    const rule = ruleFile({ topic: 'net', name: 'no-http', condition: 'http.send({"method": "GET", "url": "http://127.0.0.1:1"}).status_code == 200' });
    const e = compileError(policyFiles({ 'global/net.rego': rule }));
    const f = e.findings.find((x) => x.file === 'policies/global/net.rego');
    expect(f?.line).toBe(rule.split('\n').findIndex((l) => l.includes('http.send')) + 1);
    expect(f?.hint).toContain('`http.send` is not available');
  });

  it('refuses a deny rule without its own METADATA (it would never report)', () => {
    const bare = `${lifecycleRule}\ndeny contains {"id": "x", "msg": "y"} if {\n\tinput.product.metadata.lifecycle == "retired"\n}\n`;
    const e = compileError(policyFiles({ 'global/lifecycle.rego': bare }));
    const line = bare.split('\n').findIndex((l) => l.includes('"id": "x"')) + 1;
    expect(e.findings).toEqual([expect.objectContaining({ ruleId: 'policy.metadata', file: 'policies/global/lifecycle.rego', line })]);
  });

  it('refuses metadata whose severity disagrees with the rule head', () => {
    const e = compileError(policyFiles({ 'global/lifecycle.rego': lifecycleRule.replace('severity: deny', 'severity: warn') }));
    expect(e.findings[0]?.message).toContain('is a `deny` rule but its metadata says severity warn');
  });
});

describe('evaluatePolicyBundle', () => {
  const repo = makeTempRepo(
    buildMeshFiles([buildProduct('podcast.a'), buildProduct('podcast.b', (p) => (p.metadata.lifecycle = 'proposed')), buildProduct('listener-session.c')]),
  );
  afterAll(() => repo.remove());
  const { index, graph } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  const data = buildPolicyData(index, graph);
  const inputs = buildPolicyInputs(graph, { today: '2026-11-22' });

  it('evaluates every product through wasm and returns rule results with pointers', async () => {
    const bundle = compilePolicyBundle(policyFiles({ 'global/lifecycle.rego': lifecycleRule }), { cacheDir });
    const run = await evaluatePolicyBundle(bundle, data, inputs, '2026-11-22');
    expect(run.errors).toEqual([]);
    expect(run.products.get('podcast.a')).toEqual([]);
    expect(run.products.get('podcast.b')).toEqual([
      { id: 'global.lifecycle.no-proposed', msg: 'podcast.b breaks no-proposed', pointer: '/metadata/lifecycle', level: 'deny' },
    ]);
  });

  it('applies a domain-local rule only to its own domain, including domains with hyphens', async () => {
    const domainRule = (domain: string) =>
      ruleFile({ topic: 'naming', name: 'any', condition: 'true' })
        .replace('package meshplane.global.naming', `package meshplane.domains.${domain.replace(/-/g, '_')}.naming`)
        .replace('id: global.naming.any', `id: ${domain}.naming.any`);
    const bundle = compilePolicyBundle(policyFiles({ 'domains/listener-session/naming.rego': domainRule('listener-session') }), { cacheDir });
    expect(bundle.rules[0]).toMatchObject({ id: 'listener-session.naming.any', scope: 'domain', domain: 'listener-session' });
    const run = await evaluatePolicyBundle(bundle, data, inputs, '2026-11-22');
    expect([...run.products].filter(([, rs]) => rs.length > 0).map(([id]) => id)).toEqual(['listener-session.c']);
  });

  it('fails closed when a rule errors at evaluation', async () => {
    // Two values for one complete rule is a runtime conflict error in OPA.
    const conflicting = ruleFile({
      topic: 'conflict',
      name: 'boom',
      condition: 'conflict == 1',
      extra: '\nconflict := 1 if input.product.metadata.id\n\nconflict := 2 if input.product.metadata.name\n',
    });
    const bundle = compilePolicyBundle(policyFiles({ 'global/conflict.rego': conflicting }), { cacheDir });
    const run = await evaluatePolicyBundle(bundle, data, inputs, '2026-11-22');
    expect(run.errors.map((e) => e.productId).sort()).toEqual(['listener-session.c', 'podcast.a', 'podcast.b']);
    expect(run.errors[0]?.message).toMatch(/conflict|multiple/i);
  });

  it('attributes an error to the one product that caused it, and still judges the others of its batch', async () => {
    const conflicting = ruleFile({
      topic: 'conflict',
      name: 'boom',
      condition: 'conflict == 1',
      extra:
        '\nconflict := 1 if input.product.metadata.id == "podcast.b"\n\nconflict := 2 if input.product.metadata.id == "podcast.b"\n\nconflict := 1 if input.product.metadata.id == "podcast.a"\n',
    });
    const bundle = compilePolicyBundle(policyFiles({ 'global/conflict.rego': conflicting }), { cacheDir });
    const run = await evaluatePolicyBundle(bundle, data, inputs, '2026-11-22');
    expect(run.errors.map((e) => e.productId)).toEqual(['podcast.b']);
    expect(run.products.get('podcast.a')).toEqual([{ id: 'global.conflict.boom', msg: 'podcast.a breaks boom', pointer: '/metadata/id', level: 'deny' }]);
    expect(run.products.get('listener-session.c')).toEqual([]);
    expect(run.products.has('podcast.b')).toBe(false);
  });
});
