import { stringify } from 'yaml';

/** Options of the synthetic mesh generator. */
export interface MeshSpec {
  products: number;
  seed: number;
}

const DOMAIN_WORDS = [
  'player',
  'listener',
  'podcast',
  'artist',
  'playlist',
  'partnership',
  'billing',
  'marketing',
  'music',
  'session',
  'search',
  'ads',
  'social',
  'support',
  'rights',
  'devices',
];
const NOUNS = [
  'events',
  'sessions',
  'profiles',
  'plays',
  'orders',
  'ledger',
  'features',
  'scores',
  'snapshots',
  'metrics',
  'catalog',
  'reports',
  'cohorts',
  'signals',
  'forecasts',
];
const TYPES = ['string', 'integer', 'bigint', 'double', 'boolean', 'date', 'timestamp', 'decimal'] as const;
const IDENTIFIERS = ['listener', 'artist', 'track', 'playlist', 'podcast', 'device', 'campaign'];

/** A small deterministic PRNG (mulberry32): the same seed gives the same mesh on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A realistic synthetic mesh as files (repository path → content): about 40 % source-aligned products, 40 % aggregates
 * reading 2–6 upstream products and 20 % consumer-aligned ones; lineage is a DAG (a product reads only products
 * generated before it) with hubs (a few products many read) and long chains; 5–30 typed, described columns per port;
 * SLOs, consumer grants, teams and domains. It passes `mesh check` with the repository's policies. Deterministic.
 */
export function generateMesh(spec: MeshSpec): Map<string, string> {
  const rnd = random(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const files = new Map<string, string>();
  const domainCount = Math.max(4, Math.min(200, Math.round(spec.products / 40)));
  const domains = Array.from(
    { length: domainCount },
    (_, i) => `${DOMAIN_WORDS[i % DOMAIN_WORDS.length]}${i >= DOMAIN_WORDS.length ? `-${Math.floor(i / DOMAIN_WORDS.length) + 1}` : ''}`,
  );
  const consumerTeams = Array.from({ length: Math.max(2, Math.round(domainCount / 4)) }, (_, i) => `analytics-${i + 1}`);
  for (const d of domains) {
    files.set(
      `catalog/teams/${d}-data.yaml`,
      yaml({ kind: 'Team', metadata: { name: `${d}-data` }, spec: { github: `@mesh/${d}-data`, members: [`@mesh/${d}-lead`], contact: `#${d}-data` } }),
    );
    files.set(
      `catalog/${d}/domain.yaml`,
      yaml({
        kind: 'Domain',
        metadata: { name: d },
        spec: { description: `The ${d} business domain of the synthetic mesh.`, owner: `${d}-data`, governanceRep: `@mesh/${d}-lead` },
      }),
    );
  }
  for (const t of consumerTeams)
    files.set(`catalog/teams/${t}.yaml`, yaml({ kind: 'Team', metadata: { name: t }, spec: { github: `@mesh/${t}`, contact: `#${t}` } }));
  const ids: string[] = [];
  const hubs: string[] = [];
  for (let i = 0; i < spec.products; i++) {
    const domain = domains[i % domainCount] as string;
    const id = `${domain}.${pick(NOUNS)}-${i + 1}`;
    const r = rnd();
    const archetype = ids.length < 10 || r < 0.4 ? 'source-aligned' : r < 0.8 ? 'aggregate' : 'consumer-aligned';
    const upstream = archetype === 'source-aligned' ? [] : chooseUpstream(ids, hubs, archetype === 'aggregate' ? int(2, 6) : int(1, 4), rnd);
    const [, name] = id.split('.') as [string, string];
    files.set(`catalog/${domain}/${name}/product.yaml`, yaml(buildProduct({ id, domain, archetype, upstream, columns: int(5, 30), pick, int, consumerTeams })));
    files.set(`catalog/${domain}/${name}/README.md`, `# ${name}\n\nA synthetic ${archetype} data product of the ${domain} domain.\n`);
    ids.push(id);
    if (rnd() < 0.03) hubs.push(id);
  }
  return files;
}

/** Upstream products: half from hubs, half from the most recent products (long chains), no repeats. */
function chooseUpstream(ids: readonly string[], hubs: readonly string[], n: number, rnd: () => number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < Math.min(n, ids.length) && tries < n * 10; tries++) {
    const fromHub = hubs.length > 0 && rnd() < 0.5;
    const recent = Math.max(0, ids.length - 1 - Math.floor(rnd() * Math.min(50, ids.length)));
    out.add((fromHub ? hubs[Math.floor(rnd() * hubs.length)] : ids[recent]) as string);
  }
  return [...out];
}

interface ProductArgs {
  id: string;
  domain: string;
  archetype: string;
  upstream: string[];
  columns: number;
  pick: <T>(xs: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  consumerTeams: readonly string[];
}

function buildProduct(a: ProductArgs): object {
  const identifier = a.pick(IDENTIFIERS);
  const pii = identifier === 'listener' || identifier === 'device';
  const schema: object[] = [
    {
      name: `${identifier}_id`,
      type: 'string',
      required: true,
      identifier,
      ...(pii ? { classification: 'pii' } : {}),
      description: `The ${identifier} the row is about`,
    },
    { name: 'event_date', type: 'date', required: true, description: 'Actual time: the day the facts describe' },
    { name: 'processed_at', type: 'timestamp', required: true, description: 'Processing time of the row' },
  ];
  for (let c = schema.length; c < a.columns; c++) {
    const type = a.pick(TYPES);
    schema.push({
      name: `metric_${c}`,
      type,
      ...(type === 'decimal' ? { precision: 18, scale: 4 } : {}),
      required: c % 3 === 0,
      description: `Measure number ${c}`,
    });
  }
  const consumers = a.int(0, 2) === 0 ? [] : [{ team: a.pick(a.consumerTeams), purpose: 'Weekly business review', until: '2027-12-31' }];
  return {
    kind: 'DataProduct',
    metadata: {
      id: a.id,
      name: a.id.split('.')[1],
      domain: a.domain,
      archetype: a.archetype,
      owner: `${a.domain}-data`,
      productOwner: `@mesh/${a.domain}-lead`,
      version: `1.${a.int(0, 9)}.0`,
      lifecycle: 'active',
      tags: [a.domain],
    },
    spec: {
      description: `Synthetic ${a.archetype} product: one row per ${identifier} and day, with ${a.columns} columns.`,
      purpose: 'Benchmarks and tests of Meshplane at scale.',
      inputPorts: a.upstream.length
        ? a.upstream.map((u, k) => ({ name: `in-${k + 1}`, source: { product: u, port: 'main' }, mode: 'subscribe' }))
        : [{ name: 'events', source: { system: `${a.domain}-service`, kind: 'event-log' }, mode: 'subscribe' }],
      outputPorts: [
        {
          name: 'main',
          kind: 'table',
          description: 'The product table.',
          temporal: { actualTime: 'event_date', processingTime: 'processed_at' },
          schema,
          primaryKey: [`${identifier}_id`, 'event_date'],
          retention: 'P2Y',
          slos: [
            { name: 'fresh', type: 'freshness', threshold: 'PT26H', objective: '99%', window: '28d' },
            { name: 'complete', type: 'completeness', threshold: '99.5%', objective: '95%', window: '28d' },
          ],
        },
      ],
      access: { classification: pii ? 'confidential' : 'internal', consumers },
      policies: pii ? { regulations: ['GDPR'], locality: ['eu'], consent: 'analytics-opt-in', encryption: 'column-level' } : { locality: ['eu'] },
      docs: { readme: './README.md' },
      support: { channel: `#${a.domain}-data`, issues: 'github' },
    },
  };
}

function yaml(doc: object): string {
  return stringify({ apiVersion: 'meshplane/v1', ...doc }, { lineWidth: 0 });
}
