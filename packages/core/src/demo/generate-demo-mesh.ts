import type { DataProduct, DataSharingAgreement, Domain, Team } from '../model/index.js';
import { shareDemoProducts } from './share-demo-products.js';
import { buildDemoProduct } from './build-demo-product.js';
import { chooseUpstream, type UpstreamPool } from './choose-upstream.js';
import { createRandom, type Random } from './create-random.js';

/** What to generate. The same spec gives the same mesh, byte for byte. */
export interface DemoMeshSpec {
  products: number;
  seed: number;
  /** `YYYY-MM-DD`: consumer grants expire 30 to 720 days after it. */
  today: string;
}

/** One file of a generated catalog repository: a manifest (to be written as YAML) or plain text. */
export type DemoFile = { path: string; document: Team | Domain | DataProduct | DataSharingAgreement } | { path: string; text: string };

/** A generated mesh: its files, and the products again for what is derived from them (observations). */
export interface DemoMesh {
  files: DemoFile[];
  products: DataProduct[];
}

const DOMAIN_WORDS = ['player', 'listener', 'podcast', 'artist', 'playlist', 'partnership', 'billing', 'marketing'];
const MORE_WORDS = ['music', 'session', 'search', 'ads', 'social', 'support', 'rights', 'devices'];
const NOUNS = ['events', 'sessions', 'profiles', 'plays', 'orders', 'ledger', 'features', 'scores', 'snapshots', 'metrics', 'reports', 'cohorts'];

/**
 * Generates a synthetic mesh: ≈40 % source-aligned products, ≈40 % aggregates reading 2–6 products, ≈20 %
 * consumer-aligned ones reading 1–4; lineage is a DAG (a product reads only earlier ones) with hubs and long chains;
 * 5–30 typed columns per port, 2–4 SLOs, data sharing agreements (for analytics teams, and for every read across
 * domains), one domain per ~40 products, its team and analytics teams.
 * Every generated mesh passes `mesh check` with the repository's global policies. Pure and deterministic.
 *
 * @example
 * const mesh = generateDemoMesh({ products: 1000, seed: 1, today: '2026-11-22' });
 * mesh.files.length; // 1000 manifests + 1000 READMEs + domains and teams
 */
export function generateDemoMesh(spec: DemoMeshSpec): DemoMesh {
  const rnd = createRandom(spec.seed);
  const domains = nameDomains(Math.max(4, Math.min(200, Math.round(spec.products / 40))));
  const analytics = Array.from({ length: Math.max(2, Math.round(domains.length / 4)) }, (_, i) => `analytics-${i + 1}`);
  const files: DemoFile[] = [...buildOrganisation(domains, analytics)];
  const products: DataProduct[] = [];
  const pool: UpstreamPool = { ids: [], hubs: [], limited: new Map() };
  for (let i = 0; i < spec.products; i++) {
    const domain = domains[i % domains.length] as string;
    const id = `${domain}.${rnd.pick(NOUNS)}-${i + 1}`;
    const archetype = chooseArchetype(pool.ids.length, rnd);
    const wanted = archetype === 'source-aligned' ? 0 : archetype === 'aggregate' ? rnd.int(2, 6) : rnd.int(1, 4);
    const upstream = chooseUpstream(pool, wanted, rnd);
    const wide = upstream.length >= 6;
    const product = buildDemoProduct({ id, domain, archetype, upstream, consumerTeams: wide ? [] : analytics, today: spec.today }, rnd);
    const dir = `catalog/${domain}/${product.metadata.name}`;
    files.push({ path: `${dir}/product.yaml`, document: product });
    files.push({ path: `${dir}/README.md`, text: `# ${product.metadata.name}\n\nA synthetic ${archetype} data product of the ${domain} domain.\n` });
    products.push(product);
    pool.ids.push(id);
    if (wide) pool.limited.set(id, 0);
    else if (rnd.next() < 0.03) pool.hubs.push(id);
  }
  files.push(...shareDemoProducts(products, spec.today));
  return { files, products };
}

/** The first ten products read operational systems only, so that aggregates have something to compose. */
function chooseArchetype(generated: number, rnd: Random): DataProduct['metadata']['archetype'] {
  const r = rnd.next();
  if (generated < 10 || r < 0.4) return 'source-aligned';
  return r < 0.8 ? 'aggregate' : 'consumer-aligned';
}

function nameDomains(count: number): string[] {
  const words = [...DOMAIN_WORDS, ...MORE_WORDS];
  return Array.from({ length: count }, (_, i) => `${words[i % words.length]}${i >= words.length ? `-${Math.floor(i / words.length) + 1}` : ''}`);
}

function buildOrganisation(domains: readonly string[], analytics: readonly string[]): DemoFile[] {
  const files: DemoFile[] = [];
  for (const d of domains) {
    const team: Team = {
      apiVersion: 'meshplane/v1',
      kind: 'Team',
      metadata: { name: `${d}-data` },
      spec: { github: `@mesh/${d}-data`, members: [`@mesh/${d}-lead`], contact: `#${d}-data` },
    };
    const domain: Domain = {
      apiVersion: 'meshplane/v1',
      kind: 'Domain',
      metadata: { name: d },
      spec: { description: `The ${d} business domain of the synthetic mesh.`, owner: `${d}-data`, governanceRep: `@mesh/${d}-lead` },
    };
    files.push({ path: `catalog/teams/${d}-data.yaml`, document: team }, { path: `catalog/${d}/domain.yaml`, document: domain });
  }
  for (const t of analytics) {
    const team: Team = { apiVersion: 'meshplane/v1', kind: 'Team', metadata: { name: t }, spec: { github: `@mesh/${t}`, contact: `#${t}` } };
    files.push({ path: `catalog/teams/${t}.yaml`, document: team });
  }
  return files;
}
