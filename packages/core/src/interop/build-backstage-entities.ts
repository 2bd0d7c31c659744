import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import { hashText } from '../format/hash-text.js';

/** One Backstage catalog entity (https://backstage.io/docs/features/software-catalog/descriptor-format). */
export interface BackstageEntity {
  apiVersion: 'backstage.io/v1alpha1';
  kind: 'Domain' | 'System' | 'Resource' | 'API' | 'Group';
  metadata: { name: string; title?: string; description?: string; tags?: string[]; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Port kinds Backstage models as an API (an interface others call or subscribe to); the rest are Resources. */
const API_KINDS = new Map([
  ['api', 'openapi'],
  ['stream', 'asyncapi'],
  ['event', 'asyncapi'],
]);

/**
 * The catalog as Backstage entities, for a developer portal: a Domain per domain, a System per data product (owned
 * by its team, in its domain), a Resource per output port (an API for `api`, `stream` and `event` ports) with
 * `dependsOn` the ports its product reads, and a Group per team. Names keep Backstage's rules (letters, digits and
 * single `-_.` between them, at most 63 characters: longer ones are cut and given a short hash). Each entity carries
 * the annotation `meshplane.dev/product` (or `/domain`, `/team`) naming where it came from. Pure.
 *
 * @example buildBackstageEntities(check.index).filter((e) => e.kind === 'System').length // the valid products
 */
export function buildBackstageEntities(index: CatalogIndex): BackstageEntity[] {
  const out: BackstageEntity[] = [];
  const products = index.products.filter((p) => p.valid && p.domain && p.owner);
  const portName = (product: string, port: string): string => nameEntity(`${product}.${port}`);
  const portRefs = new Map<string, string>();
  for (const p of products)
    for (const o of list(rec(p.data.spec).outputPorts))
      if (text(o.name)) portRefs.set(`${p.id}/${o.name}`, `${API_KINDS.has(String(o.kind)) ? 'api' : 'resource'}:default/${portName(p.id, String(o.name))}`);
  for (const t of index.teams.filter((x) => x.valid)) {
    const spec = rec(t.data.spec);
    out.push(
      entity(
        'Group',
        t.name,
        rec(t.data.metadata).title,
        text(spec.description),
        { 'meshplane.dev/team': t.name },
        { type: 'team', children: [], ...(text(spec.contact) ? { profile: { displayName: text(rec(t.data.metadata).title) ?? t.name } } : {}) },
      ),
    );
  }
  for (const d of index.domains.filter((x) => x.valid)) {
    const spec = rec(d.data.spec);
    out.push(
      entity(
        'Domain',
        d.name,
        rec(d.data.metadata).title,
        text(spec.description),
        { 'meshplane.dev/domain': d.name },
        { owner: `group:default/${nameEntity(String(spec.owner ?? 'unknown'))}` },
      ),
    );
  }
  for (const p of products) {
    const spec = rec(p.data.spec);
    const owner = `group:default/${nameEntity(p.owner as string)}`;
    const system = nameEntity(p.id);
    const tags = (Array.isArray(rec(p.data.metadata).tags) ? (rec(p.data.metadata).tags as unknown[]) : [])
      .flatMap((t) => (typeof t === 'string' ? [tagOf(t)] : []))
      .filter((t) => t !== '');
    const product = entity(
      'System',
      system,
      p.name,
      text(spec.description),
      { 'meshplane.dev/product': p.id },
      { owner, domain: nameEntity(p.domain as string) },
    );
    if (tags.length) product.metadata.tags = [...new Set(tags)];
    out.push(product);
    const reads = p.inputs.flatMap((i) => (i.product && i.port ? (portRefs.get(`${i.product}/${i.port}`) ?? []) : []));
    for (const o of list(spec.outputPorts)) {
      const name = text(o.name);
      if (!name) continue;
      const api = API_KINDS.get(String(o.kind));
      const base = { owner, system, lifecycle: lifecycleOf(p) };
      const annotations = { 'meshplane.dev/product': p.id, 'meshplane.dev/port': name };
      out.push(
        api
          ? entity('API', portName(p.id, name), `${p.name ?? p.id} · ${name}`, text(o.description), annotations, {
              ...base,
              type: api,
              definition: JSON.stringify({ port: name, kind: o.kind, schema: o.schema ?? [] }, null, 2),
            })
          : entity('Resource', portName(p.id, name), `${p.name ?? p.id} · ${name}`, text(o.description), annotations, {
              owner,
              system,
              type: `data-${tagOf(String(o.kind ?? 'port'))}`,
              ...(reads.length ? { dependsOn: [...new Set(reads)].sort() } : {}),
            }),
      );
    }
  }
  return out;
}

function entity(
  kind: BackstageEntity['kind'],
  name: string,
  title: unknown,
  description: string | undefined,
  annotations: Record<string, string>,
  spec: Rec,
): BackstageEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: nameEntity(name), ...(text(title) ? { title: text(title) } : {}), ...(description ? { description } : {}), annotations },
    spec,
  };
}

/** Backstage's lifecycle of a product: production when active, deprecated when on its way out, experimental otherwise. */
function lifecycleOf(p: ProductNode): string {
  if (p.lifecycle === 'active') return 'production';
  if (p.lifecycle === 'deprecated' || p.lifecycle === 'dormant' || p.lifecycle === 'retired') return 'deprecated';
  return 'experimental';
}

/** A tag as Backstage takes them: lower-case letters, digits, `+#` and single `-`, at most 63 characters. */
function tagOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** A name as Backstage takes them: `[A-Za-z0-9]` with single `-_.` between, at most 63; longer ones cut with a hash. */
export function nameEntity(s: string): string {
  const clean =
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/([-_.])[-_.]+/g, '$1')
      .replace(/^[-_.]+|[-_.]+$/g, '') || 'unnamed';
  if (clean.length <= 63) return clean;
  return `${clean.slice(0, 54).replace(/[-_.]+$/, '')}-${hashText(s).padStart(7, '0').slice(0, 7)}`;
}
