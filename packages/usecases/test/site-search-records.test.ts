import { describe, expect, it } from 'vitest';
import type { CatalogExport, ProductExport } from '@meshplane/core';
import { buildSearchRecords } from '../src/site/build-search-records.js';
import { timePhases } from '../src/site/time-phases.js';

const slo = (state: string) => ({ name: state, type: 'freshness', objective: '99%', window: '28d', state });
const product = (over: Partial<ProductExport> = {}): ProductExport =>
  ({
    id: 'podcast.listeners',
    name: 'Podcast listeners',
    domain: 'podcast',
    archetype: 'source-aligned',
    lifecycle: 'active',
    classification: 'internal',
    owner: 'podcast-data',
    tags: ['podcast', 'daily'],
    description: 'Who listens, **per day**; see [the guide](https://example.com/guide).',
    purpose: 'Charts.',
    ports: [
      {
        name: 'daily',
        kind: 'table',
        description: 'One row per listener and day',
        columns: [{ name: 'listener_id', type: 'string', description: 'The listener' }],
        slos: [slo('ok'), slo('at-risk')],
      },
    ],
    ...over,
  }) as unknown as ProductExport;

describe('search records of the product pages', () => {
  it('index what the page says, under its title and address, with the home page filters', () => {
    const [r] = buildSearchRecords({ products: [product()] } as unknown as CatalogExport);
    expect(r?.url).toBe('/products/podcast.listeners/');
    expect(r?.meta).toEqual({ title: 'Podcast listeners', owner: 'podcast-data' });
    expect(r?.filters).toEqual({
      domain: ['podcast'],
      archetype: ['source-aligned'],
      lifecycle: ['active'],
      classification: ['internal'],
      'SLO state': ['at risk'],
      tag: ['podcast', 'daily'],
    });
    expect(r?.content).toContain('Who listens, per day; see the guide.');
    expect(r?.content).toContain('Output port daily: table, One row per listener and day. Columns: listener_id (string): The listener.');
    expect(r?.content).toContain('owned by podcast-data; tags: podcast, daily.');
  });

  it.each([
    [[], 'no SLOs'],
    [['ok', 'no-data'], 'no data'],
    [['ok', 'breached', 'at-risk'], 'breached'],
  ])('files SLO states %j under %s, and leaves out the tag filter without tags', (states, worst) => {
    const ports = [{ name: 'p', kind: 'table', columns: [], slos: states.map(slo) }];
    const [r] = buildSearchRecords({ products: [product({ ports, tags: [] } as unknown as Partial<ProductExport>)] } as unknown as CatalogExport);
    expect(r?.filters['SLO state']).toEqual([worst]);
    expect(r?.filters).not.toHaveProperty('tag');
  });
});

describe('build phase timings', () => {
  it('records synchronous and asynchronous steps by name and passes their results through', async () => {
    const phases: Record<string, number> = {};
    const timed = timePhases(phases);
    expect(timed('sync', () => 42)).toBe(42);
    expect(await timed('async', () => Promise.resolve('done'))).toBe('done');
    expect(Object.keys(phases)).toEqual(['sync', 'async']);
    for (const ms of Object.values(phases)) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
