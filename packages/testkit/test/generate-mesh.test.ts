import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoMesh, type DataProduct } from '@meshplane/core';
import { generateMesh, makeTempRepo, REPO_ROOT, runMesh, type TempRepo } from '@meshplane/testkit';

const TODAY = '2026-11-22';
const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

const upstreamOf = (p: DataProduct): string[] => p.spec.inputPorts.flatMap((i) => ('product' in i.source && i.source.product ? [i.source.product] : []));

/** The longest lineage chain (in products), by depth-first search; throws on a cycle. */
function longestChain(products: readonly DataProduct[]): number {
  const byId = new Map(products.map((p) => [p.metadata.id, p]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new Error(`cycle through ${id}`);
    visiting.add(id);
    const ups = upstreamOf(byId.get(id) as DataProduct);
    const d = 1 + Math.max(0, ...ups.map(visit));
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  return Math.max(...products.map((p) => visit(p.metadata.id)));
}

describe('generateDemoMesh', () => {
  const mesh = generateDemoMesh({ products: 1000, seed: 3, today: TODAY });
  const share = (archetype: string): number => mesh.products.filter((p) => p.metadata.archetype === archetype).length / 1000;

  it('has about 40 % source-aligned, 40 % aggregate and 20 % consumer-aligned products', () => {
    expect(mesh.products).toHaveLength(1000);
    expect(share('source-aligned')).toBeGreaterThan(0.35);
    expect(share('source-aligned')).toBeLessThan(0.45);
    expect(share('aggregate')).toBeGreaterThan(0.35);
    expect(share('aggregate')).toBeLessThan(0.45);
    expect(share('consumer-aligned')).toBeGreaterThan(0.15);
    expect(share('consumer-aligned')).toBeLessThan(0.25);
  });

  it('gives aggregates 2–6 distinct upstream products, and ports 5–30 columns and at least one freshness SLO', () => {
    for (const p of mesh.products) {
      const ups = upstreamOf(p);
      expect(new Set(ups).size).toBe(ups.length);
      if (p.metadata.archetype === 'aggregate') expect(ups.length, p.metadata.id).toBeGreaterThanOrEqual(2);
      if (p.metadata.archetype === 'aggregate') expect(ups.length, p.metadata.id).toBeLessThanOrEqual(6);
      if (p.metadata.archetype === 'source-aligned') expect(ups).toEqual([]);
      for (const port of p.spec.outputPorts) {
        expect(port.schema.length).toBeGreaterThanOrEqual(5);
        expect(port.schema.length).toBeLessThanOrEqual(30);
        expect(port.slos?.some((s) => s.type === 'freshness')).toBe(true);
      }
    }
    const widths = new Set(mesh.products.filter((p) => p.metadata.archetype === 'aggregate').map((p) => upstreamOf(p).length));
    expect([...widths].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it('builds an acyclic lineage with a chain of at least 8 products and hubs read by many', () => {
    expect(longestChain(mesh.products)).toBeGreaterThanOrEqual(8);
    const readers = new Map<string, number>();
    for (const p of mesh.products) for (const u of upstreamOf(p)) readers.set(u, (readers.get(u) ?? 0) + 1);
    expect(Math.max(...readers.values())).toBeGreaterThanOrEqual(20);
  });

  it('shares products by agreements in force today: to analytics teams, and for every read across domains', () => {
    const agreements = mesh.files.flatMap((f) => ('document' in f && f.document.kind === 'DataSharingAgreement' ? [f.document] : []));
    expect(agreements.length).toBeGreaterThan(100);
    for (const a of agreements) expect(a.spec.start <= TODAY && a.spec.end > TODAY).toBe(true);
    expect(agreements.some((a) => a.spec.consumer.team.startsWith('analytics-'))).toBe(true);
    expect(mesh.products.every((p) => p.spec.access.consumers === undefined)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateMesh({ products: 300, seed: 9, today: TODAY });
    const b = generateMesh({ products: 300, seed: 9, today: TODAY });
    const c = generateMesh({ products: 300, seed: 10, today: TODAY });
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect([...a.values()].join('')).not.toBe([...c.values()].join(''));
  });

  it('detects a cycle when there is one (the chain measure can fail)', () => {
    const [first, second] = generateDemoMesh({ products: 20, seed: 1, today: TODAY }).products.slice(10, 12) as [DataProduct, DataProduct];
    second.spec.inputPorts = [{ name: 'a', source: { product: first.metadata.id, port: 'main' }, mode: 'subscribe' }];
    first.spec.inputPorts = [{ name: 'b', source: { product: second.metadata.id, port: 'main' }, mode: 'subscribe' }];
    expect(() => longestChain([first, second])).toThrow(/cycle/);
  });
});

describe('a generated mesh under the real mesh check', () => {
  it('passes with the repository policies: no errors and no warnings on 200 products', () => {
    const repo = makeTempRepo(Object.fromEntries(generateMesh({ products: 200, seed: 5, today: TODAY })));
    repos.push(repo);
    for (const folder of ['global', 'domains', 'lib']) cpSync(join(REPO_ROOT, 'policies', folder), join(repo.dir, 'policies', folder), { recursive: true });
    cpSync(join(REPO_ROOT, 'policies/capabilities.json'), join(repo.dir, 'policies/capabilities.json'));
    const r = runMesh(['check', repo.dir, '--today', TODAY, '--format', 'json'], { timeoutMs: 120_000 });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { counts: Record<string, number>; stats: { products: number } };
    expect(report.counts).toMatchObject({ error: 0, warning: 0 });
    expect(report.stats.products).toBe(200);
    expect(r.status).toBe(0);
  }, 180_000);
});
