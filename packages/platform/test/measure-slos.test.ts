import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDesiredState, checkCatalog, readSloSpecs, type DataProduct, type Engine } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo } from '@meshplane/testkit';
import { applyChanges, measureSlos, openObservationStore } from '@meshplane/platform';
import { APPLY, ENGINES, explainSkip, openTestPlatform, type TestPlatform } from './platform-fixtures.js';

const NOW = '2026-11-22T12:00:00.000Z';

/** A port with every kind of SLO and quality check. */
const product = (): DataProduct =>
  buildProduct('podcast.podcast-listeners', (p) => {
    const port = p.spec.outputPorts[0]!;
    port.schema.push({ name: 'plays', type: 'integer' }, { name: 'country', type: 'string' });
    port.slos = [
      { name: 'fresh', type: 'freshness', threshold: 'PT6H', objective: '99%', window: '28d' },
      { name: 'timely', type: 'timeliness', threshold: 'PT36H', percentile: 50, objective: '99%', window: '28d' },
      { name: 'steady', type: 'intervalOfChange', threshold: 'P1D', objective: '99%', window: '28d' },
      { name: 'complete', type: 'completeness', threshold: '99%', objective: '99%', window: '28d' },
      { name: 'rows', type: 'volume', min: 2, objective: '99%', window: '28d' },
      { name: 'checks', type: 'quality', objective: '99%', window: '28d' },
      { name: 'up', type: 'availability', objective: '99%', window: '28d' },
    ];
    port.quality = [
      { type: 'not_null', column: 'country' },
      { type: 'accepted_values', column: 'country', values: ['SE', 'DE'] },
      { type: 'range', column: 'plays', min: 0, max: 1000 },
      { type: 'unique', columns: ['listener_id', 'listen_date'] },
      { type: 'sql', name: 'no-negative-plays', query: 'SELECT count(*) FROM {table} WHERE plays < 0', mustBe: 0 },
    ];
  });

function catalogOf(engine: Engine) {
  const repo = makeTempRepo(buildMeshFiles([product()]));
  const check = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  repo.remove();
  expect(check.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return { desired: buildDesiredState(check.index, { engine, today: NOW.slice(0, 10) }), specs: readSloSpecs(check.index, check.graph) };
}

describe.each(ENGINES)('SLO probes on %s', (engine: Engine) => {
  describe.skipIf(explainSkip(engine) !== undefined)(explainSkip(engine) ?? 'on the real engine', () => {
    let p: TestPlatform;
    beforeEach(async () => {
      p = await openTestPlatform(engine);
    });
    afterEach(async () => {
      await p.close();
    });

    it('measures each SLO type from the provisioned table', async () => {
      const { desired, specs } = catalogOf(engine);
      await applyChanges(p.driver, desired, APPLY);
      const cols = ['listener_id', 'listen_date', 'processed_at', 'plays', 'country'];
      await p.driver.insertRows('podcast', 'podcast_listeners__daily', cols, [
        ['a', '2026-11-20', '2026-11-21T10:00:00Z', '3', 'SE'],
        ['b', '2026-11-20', '2026-11-21T10:00:00Z', '5', 'DE'],
        ['c', '2026-11-20', '2026-11-21T10:00:00Z', '1', 'SE'],
        ['a', '2026-11-21', '2026-11-22T10:00:00Z', '4', 'SE'],
        ['b', '2026-11-21', '2026-11-22T10:00:00Z', '7', null],
      ]);
      const { observations, findings } = await measureSlos(p.driver, specs, NOW);
      expect(findings).toEqual([]);
      expect(Object.fromEntries(observations.map((o) => [o.slo, [o.value, o.unit]]))).toEqual({
        fresh: [2, 'hours'],
        timely: [34, 'hours'],
        steady: [24, 'hours'],
        complete: [87.5, 'percent'],
        rows: [2, 'rows'],
        checks: [80, 'percent'],
        up: [100, 'percent'],
      });
      expect(observations[0]?.observationId).toBe('probe:podcast.podcast-listeners:daily:fresh:2026-11-22T12');
    });

    it('reports a probe on a missing table as a finding and measures the rest', async () => {
      const { specs } = catalogOf(engine);
      const { observations, findings } = await measureSlos(p.driver, specs, NOW);
      expect(observations).toEqual([]);
      expect(findings).toHaveLength(7);
      expect(findings[0]).toMatchObject({ ruleId: 'slo.probe-failed', productId: 'podcast.podcast-listeners' });
      // Trino names the missing schema before the table.
      expect(findings[0]?.message).toMatch(
        /^The freshness probe of podcast\.podcast-listeners port daily failed: .*(podcast_listeners__daily|Schema 'podcast' does not exist)/,
      );
    });
  });
});

describe('the observation store', () => {
  it('stores an observation once, however often it is added', async () => {
    const store = await openObservationStore(':memory:');
    const o = { observationId: 'x', productId: 'p.q', port: 'daily', slo: 'fresh', observedAt: '2026-11-22T06:00:00.000Z', value: 1, unit: 'hours' as const };
    expect(await store.addObservations([o, o], 'jsonl')).toEqual({ added: 1, duplicates: 1 });
    expect(await store.addObservations([o, { ...o, observationId: 'y' }], 'jsonl')).toEqual({ added: 1, duplicates: 1 });
    const read = await store.readObservations('2026-11-01T00:00:00Z');
    expect(read.get('p.q/daily/fresh')?.map((x) => x.observationId)).toEqual(['x', 'y']);
    await store.close();
  });
});
