import { stringify } from 'yaml';
import type { DataProduct } from '@meshplane/core';

/**
 * A valid DataProduct for table-driven tests: one builder, one changed field per case. `id` is `<domain>.<name>`.
 */
export function buildProduct(id = 'podcast.podcast-listeners', edit: (p: DataProduct) => void = () => {}): DataProduct {
  const [domain = 'podcast'] = id.split('.');
  const p: DataProduct = {
    apiVersion: 'meshplane/v1',
    kind: 'DataProduct',
    metadata: {
      id,
      name: 'Podcast listeners',
      domain,
      archetype: 'source-aligned',
      owner: 'podcast-data',
      productOwner: '@daff/maria',
      version: '1.0.0',
      lifecycle: 'active',
      tags: ['podcast'],
    },
    spec: {
      description: 'Who listened to which episode, one row per listener, episode and day.',
      inputPorts: [{ name: 'player-events', source: { system: 'podcast-player', kind: 'event-log' }, mode: 'subscribe' }],
      outputPorts: [
        {
          name: 'daily',
          kind: 'table',
          temporal: { actualTime: 'listen_date', processingTime: 'processed_at' },
          schema: [
            { name: 'listener_id', type: 'string', required: true, identifier: 'listener', classification: 'pii' },
            { name: 'listen_date', type: 'date', required: true },
            { name: 'processed_at', type: 'timestamp', required: true },
          ],
          primaryKey: ['listener_id', 'listen_date'],
          retention: 'P3Y',
          slos: [{ name: 'fresh', type: 'freshness', threshold: 'PT6H', objective: '99%', window: '28d' }],
        },
      ],
      access: { classification: 'confidential' },
    },
  };
  edit(p);
  return p;
}

/** A small valid mesh as files: one domain, two teams, and the given products (ids decide their paths). */
export function buildMeshFiles(products: DataProduct[]): Record<string, string> {
  const files: Record<string, string> = {
    'catalog/teams/podcast-data.yaml': toYaml({
      apiVersion: 'meshplane/v1',
      kind: 'Team',
      metadata: { name: 'podcast-data' },
      spec: { github: '@daff/podcast-data', contact: '#podcast-data', members: ['@daff/maria'] },
    }),
    'catalog/teams/podcast-analytics.yaml': toYaml({
      apiVersion: 'meshplane/v1',
      kind: 'Team',
      metadata: { name: 'podcast-analytics' },
      spec: { github: '@daff/podcast-analytics', contact: '#podcast-analytics' },
    }),
  };
  const domains = new Set(products.map((p) => p.metadata.id.split('.')[0] as string));
  for (const d of domains) {
    files[`catalog/${d}/domain.yaml`] = toYaml({
      apiVersion: 'meshplane/v1',
      kind: 'Domain',
      metadata: { name: d },
      spec: { description: `The ${d} domain.`, owner: 'podcast-data', governanceRep: '@daff/omar' },
    });
  }
  for (const p of products) {
    const [d, n] = p.metadata.id.split('.');
    files[`catalog/${d}/${n}/product.yaml`] = toYaml(p);
  }
  return files;
}

/** YAML as people write it (block style). */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
