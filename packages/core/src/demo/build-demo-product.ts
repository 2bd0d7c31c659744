import type { Column, Consumer, DataProduct, OutputPort, Slo } from '../model/index.js';
import type { Random } from './create-random.js';

const TYPES = ['string', 'integer', 'bigint', 'double', 'boolean', 'date', 'timestamp', 'decimal', 'uuid'] as const;
const IDENTIFIERS = ['listener', 'artist', 'track', 'playlist', 'podcast', 'device', 'campaign'];
const PURPOSES = ['Weekly business review', 'Royalty reporting', 'Recommendation features', 'Churn forecasting', 'Market dashboards'];

/** What one generated product is made of; chosen by the mesh generator, turned into a manifest here. */
export interface DemoProductPlan {
  id: string;
  domain: string;
  archetype: DataProduct['metadata']['archetype'];
  upstream: readonly string[];
  /** Teams that may be named as consumers (none when the product must stay small, see chooseUpstream). */
  consumerTeams: readonly string[];
  /** The day consumer grants are judged on, `YYYY-MM-DD`: every `until` lies after it. */
  today: string;
}

/**
 * Builds one synthetic DataProduct that satisfies the schema and the global policies: described, typed columns with
 * an identifier, temporal columns, a bounded retention, 2–4 SLOs including freshness, consent and encryption when
 * it holds personal data, and consumer grants that expire after `today`.
 */
export function buildDemoProduct(plan: DemoProductPlan, rnd: Random): DataProduct {
  const identifier = rnd.pick(IDENTIFIERS);
  const pii = identifier === 'listener' || identifier === 'device';
  const name = plan.id.slice(plan.domain.length + 1);
  const ports: [OutputPort, ...OutputPort[]] = [buildPort('main', identifier, pii, rnd)];
  if (rnd.next() < 0.15) ports.push(buildPort('history', identifier, pii, rnd));
  const consumers: Consumer[] = [];
  for (let k = rnd.int(0, 2); k > 0 && plan.consumerTeams.length > 0; k--) {
    const team = rnd.pick(plan.consumerTeams);
    if (!consumers.some((c) => c.team === team)) consumers.push({ team, purpose: rnd.pick(PURPOSES), until: addDays(plan.today, rnd.int(30, 720)) });
  }
  const columns = ports[0].schema.length;
  return {
    apiVersion: 'meshplane/v1',
    kind: 'DataProduct',
    metadata: {
      id: plan.id,
      name,
      domain: plan.domain,
      archetype: plan.archetype,
      owner: `${plan.domain}-data`,
      productOwner: `@mesh/${plan.domain}-lead`,
      version: `${rnd.int(1, 3)}.${rnd.int(0, 9)}.${rnd.int(0, 4)}`,
      lifecycle: rnd.next() < 0.05 ? 'experimental' : 'active',
      tags: plan.domain === identifier ? [identifier] : [plan.domain, identifier],
    },
    spec: {
      description: `Synthetic ${plan.archetype} product: one row per ${identifier} and day, with ${columns} columns.`,
      purpose: 'Benchmarks and tests of Meshplane at scale.',
      inputPorts: plan.upstream.length
        ? plan.upstream.map((u, k) => ({ name: `in-${k + 1}`, source: { product: u, port: 'main' }, mode: 'subscribe' as const }))
        : [{ name: 'events', source: { system: `${plan.domain}-service`, kind: 'event-log' as const }, mode: 'subscribe' as const }],
      outputPorts: ports,
      access: { classification: pii ? 'confidential' : 'internal', consumers },
      policies: pii ? { regulations: ['GDPR'], locality: ['eu'], consent: 'analytics-opt-in', encryption: 'column-level' } : { locality: ['eu'] },
      docs: { readme: './README.md' },
      support: { channel: `#${plan.domain}-data`, issues: 'github' },
    },
  };
}

function buildPort(name: string, identifier: string, pii: boolean, rnd: Random): OutputPort {
  const schema: [Column, ...Column[]] = [
    {
      name: `${identifier}_id`,
      type: 'string',
      required: true,
      identifier,
      ...(pii ? { classification: 'pii' as const } : {}),
      description: `The ${identifier} the row is about`,
    },
    { name: 'event_date', type: 'date', required: true, description: 'Actual time: the day the facts describe' },
    { name: 'processed_at', type: 'timestamp', required: true, description: 'Processing time of the row' },
  ];
  for (let c = schema.length, n = rnd.int(5, 30); c < n; c++) {
    const type = rnd.pick(TYPES);
    schema.push({
      name: `metric_${c}`,
      type,
      ...(type === 'decimal' ? { precision: 18, scale: 4 } : {}),
      required: c % 3 === 0,
      description: `Measure number ${c}`,
    });
  }
  return {
    name,
    kind: 'table',
    description: name === 'main' ? 'The product table.' : 'Every past version of the rows, for audits.',
    temporal: { actualTime: 'event_date', processingTime: 'processed_at' },
    schema,
    primaryKey: [`${identifier}_id`, 'event_date'],
    retention: name === 'main' ? 'P2Y' : 'P3Y',
    slos: buildSlos(rnd),
  };
}

function buildSlos(rnd: Random): [Slo, ...Slo[]] {
  const slos: [Slo, ...Slo[]] = [{ name: 'fresh', type: 'freshness', threshold: `PT${rnd.pick([6, 12, 26, 48])}H`, objective: '99%', window: '28d' }];
  const optional: Slo[] = [
    { name: 'complete', type: 'completeness', threshold: '99.5%', objective: '95%', window: '28d' },
    { name: 'volume', type: 'volume', min: 1000 * rnd.int(1, 500), objective: '99%', window: '28d' },
    { name: 'available', type: 'availability', objective: '99.9%', window: '28d' },
  ];
  for (const slo of optional) if (rnd.next() < 0.7) slos.push(slo);
  return slos;
}

/** `YYYY-MM-DD` plus whole days, in UTC. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
