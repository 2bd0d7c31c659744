import { describe, expect, it } from 'vitest';
import {
  buildPolicyInputs,
  checkCatalog,
  emptyObservedLineage,
  measureLineageDrift,
  observeRuntimeLineage,
  readObservedLineage,
  RETAIN_OBSERVED_DAYS,
  type DataProduct,
  type RuntimeRun,
} from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo } from '@meshplane/testkit';

function reader(id: string, inputs: string[]): DataProduct {
  return buildProduct(id, (p) => {
    p.metadata.archetype = 'aggregate';
    p.spec.inputPorts = inputs.map((u) => ({ name: u.replace('.', '-'), source: { product: u, port: 'daily' }, mode: 'subscribe' }));
  });
}

function graphOf(products: DataProduct[]) {
  const repo = makeTempRepo(buildMeshFiles(products));
  try {
    return checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' }).graph;
  } finally {
    repo.remove();
  }
}

const run = (runId: string, time: string, jobName: string, inputs: string[], outputs: string[] = []): RuntimeRun => ({
  job: `airflow/${jobName}`,
  jobName,
  runId,
  time,
  inputs,
  outputs,
  file: 'events.jsonl',
  line: 1,
});

describe('the observed lineage', () => {
  const graph = graphOf([buildProduct('music.a'), buildProduct('music.b'), reader('music.c', ['music.a'])]);

  it('keeps per product the latest run and the latest run per dataset; merging the same runs again changes nothing', () => {
    const runs = [
      run('r1', '2026-11-20T01:00:00.000Z', 'music.c', ['music.a/daily']),
      run('r2', '2026-11-21T01:00:00.000Z', 'music.c', ['music.a/daily', 'music.b/daily']),
      run('r3', '2026-11-19T01:00:00.000Z', 'nobody', ['x']),
    ];
    const once = observeRuntimeLineage(emptyObservedLineage(), graph, runs);
    expect(once.unknownJobs).toBe(1);
    expect(once.observed.updatedAt).toBe('2026-11-21T01:00:00.000Z');
    expect(once.observed.products['music.c']?.lastRun.runId).toBe('r2');
    expect(once.observed.products['music.c']?.reads['music.a/daily']?.runId).toBe('r2');
    expect(observeRuntimeLineage(once.observed, graph, runs).observed).toEqual(once.observed);
    // An older run merged later does not replace newer evidence.
    const older = observeRuntimeLineage(once.observed, graph, [run('r0', '2026-11-01T00:00:00.000Z', 'music.c', ['music.b/daily'])]);
    expect(older.observed.products['music.c']?.reads['music.b/daily']?.runId).toBe('r2');
  });

  it(`drops what is older than ${RETAIN_OBSERVED_DAYS} days before the newest run`, () => {
    const old = observeRuntimeLineage(emptyObservedLineage(), graph, [run('old', '2026-01-01T00:00:00.000Z', 'music.b', ['music.a/daily'])]);
    const now = observeRuntimeLineage(old.observed, graph, [run('new', '2026-11-21T00:00:00.000Z', 'music.c', ['music.a/daily'])]);
    expect(Object.keys(now.observed.products)).toEqual(['music.c']);
  });

  it('judges drift against whichever catalog it is given, and feeds it to the policies as input.runtime', () => {
    const { observed } = observeRuntimeLineage(emptyObservedLineage(), graph, [run('r2', '2026-11-21T01:00:00.000Z', 'music.c', ['music.b/daily'])]);
    const drift = measureLineageDrift(graph, observed, { now: '2026-11-22T00:00:00Z' }).products.get('music.c');
    expect(drift?.undeclaredInputs.map((u) => `${u.product}/${u.port}`)).toEqual(['music.b/daily']);
    expect(drift?.staleInputs.map((s) => s.input)).toEqual(['music-a']);
    const declaring = graphOf([buildProduct('music.a'), buildProduct('music.b'), reader('music.c', ['music.a', 'music.b'])]);
    expect(measureLineageDrift(declaring, observed, { now: '2026-11-22T00:00:00Z' }).products.get('music.c')?.undeclaredInputs).toEqual([]);
    const runtime = measureLineageDrift(graph, observed, { now: '2026-11-22T00:00:00Z' }).products;
    const inputs = new Map(buildPolicyInputs(graph, { today: '2026-11-22', runtime }).map((i) => [i.productId, i.input.runtime]));
    expect(inputs.get('music.a')).toBeNull();
    expect(inputs.get('music.c')).toMatchObject({
      lastRun: { runId: 'r2' },
      undeclaredInputs: [{ dataset: 'music.b/daily', product: 'music.b', port: 'daily', runId: 'r2', job: 'airflow/music.c' }],
      staleInputs: [{ input: 'music-a', product: 'music.a', port: 'daily', lastRead: null }],
    });
  });

  it('reads a kept file, skipping entries that are not runs, and says why a file is not one', () => {
    const text = JSON.stringify({
      version: 1,
      updatedAt: '2026-11-21T01:00:00.000Z',
      products: {
        'music.c': {
          lastRun: { runId: 'r', job: 'j', time: '2026-11-21T01:00:00.000Z' },
          reads: { ok: { runId: 'r', job: 'j', time: '2026-11-21T01:00:00Z' }, bad: 3 },
        },
        'music.d': { lastRun: { runId: 'r', job: 'j', time: 'yesterday' } },
      },
    });
    const r = readObservedLineage(text);
    expect('observed' in r && r.observed.products).toEqual({
      'music.c': {
        lastRun: { runId: 'r', job: 'j', time: '2026-11-21T01:00:00.000Z' },
        reads: { ok: { runId: 'r', job: 'j', time: '2026-11-21T01:00:00Z' } },
        writes: {},
      },
    });
    expect(readObservedLineage('{')).toMatchObject({ error: expect.stringContaining('not JSON') });
    expect(readObservedLineage('[]')).toMatchObject({ error: expect.stringContaining('not an observed lineage') });
  });
});
