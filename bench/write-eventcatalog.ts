import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataProduct, DemoMesh, Team } from '@meshplane/core';

/** Events per service, as in the EventCatalog anchor measurement (shared/research/anchor-eventcatalog.md). */
const EVENTS_PER_SERVICE = 4;

/**
 * Writes an EventCatalog 2.x project with the same products as a generated mesh. EventCatalog 2.64.4 (the newest that
 * runs on Node 20) has no data products, so each product becomes an event: its name, description as summary, purpose
 * and archetype as overview, owner team, domain (through a producing service of its domain) and its main output port's
 * columns as a JSON schema rendered by `<SchemaViewer>`. Teams are the mesh's teams; products are grouped four to a
 * service within their domain.
 */
export function writeEventCatalog(mesh: DemoMesh, out: string, eventcatalogVersion: string): { events: number; services: number; domains: number } {
  rmSync(out, { recursive: true, force: true });
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  write(
    'package.json',
    JSON.stringify({
      name: 'meshplane-peer',
      private: true,
      type: 'module',
      scripts: { build: 'eventcatalog build' },
      dependencies: { '@eventcatalog/core': eventcatalogVersion },
    }),
  );
  write(
    'eventcatalog.config.js',
    `export default { cId: '00000000-0000-4000-8000-${String(mesh.products.length).padStart(12, '0')}', title: 'Meshplane bench', organizationName: 'Bench', homepageLink: 'https://example.com/', output: 'static' };\n`,
  );
  for (const f of mesh.files) if ('document' in f && f.document.kind === 'Team') write(`teams/${f.document.metadata.name}.mdx`, renderTeam(f.document));
  const byDomain = new Map<string, DataProduct[]>();
  for (const p of mesh.products) byDomain.set(p.metadata.domain, [...(byDomain.get(p.metadata.domain) ?? []), p]);
  let services = 0;
  for (const [domain, products] of byDomain) {
    const names: string[] = [];
    for (let i = 0; i < products.length; i += EVENTS_PER_SERVICE) {
      const group = products.slice(i, i + EVENTS_PER_SERVICE);
      const service = `${domain}-service-${i / EVENTS_PER_SERVICE + 1}`;
      names.push(service);
      services++;
      const base = `domains/${domain}/services/${service}`;
      write(`${base}/index.mdx`, renderService(service, group));
      for (const p of group) {
        write(`${base}/events/${p.metadata.id}/index.mdx`, renderEvent(p));
        write(`${base}/events/${p.metadata.id}/schema.json`, JSON.stringify(renderSchema(p), null, 2));
      }
    }
    write(
      `domains/${domain}/index.mdx`,
      frontmatter({ id: domain, name: domain, version: '1.0.0', summary: `The ${domain} domain.`, services: names.map((id) => ({ id })) }),
    );
  }
  return { events: mesh.products.length, services, domains: byDomain.size };
}

function renderTeam(t: Team): string {
  return frontmatter({ id: t.metadata.name, name: t.metadata.name, summary: t.spec.description ?? `The ${t.metadata.name} team.` });
}

function renderService(id: string, products: readonly DataProduct[]): string {
  return frontmatter({
    id,
    name: id,
    version: '1.0.0',
    summary: `Produces ${products.map((p) => p.metadata.name).join(', ')}.`,
    owners: [products[0]?.metadata.owner],
    sends: products.map((p) => ({ id: p.metadata.id, version: '1.0.0' })),
  });
}

function renderEvent(p: DataProduct): string {
  const head = frontmatter({
    id: p.metadata.id,
    name: p.metadata.name,
    version: '1.0.0',
    summary: p.spec.description,
    owners: [p.metadata.owner],
    schemaPath: 'schema.json',
    badges: [{ content: p.metadata.archetype, backgroundColor: 'blue', textColor: 'blue' }],
  });
  return `${head}\n## Overview\n\n${p.spec.purpose ?? ''} A ${p.metadata.archetype} data product of the ${p.metadata.domain} domain.\n\n## Schema\n\n<SchemaViewer file="schema.json" />\n`;
}

function renderSchema(p: DataProduct): object {
  const columns = p.spec.outputPorts[0]?.schema ?? [];
  const type = (t: string): string => (t === 'integer' || t === 'boolean' ? t : t === 'number' || t === 'decimal' || t === 'double' ? 'number' : 'string');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: p.metadata.id,
    type: 'object',
    properties: Object.fromEntries(columns.map((c) => [c.name, { type: type(c.type), description: c.description ?? '' }])),
    required: columns.filter((c) => c.required).map((c) => c.name),
  };
}

/** YAML front matter written as JSON values (JSON is YAML), so no text needs escaping rules of its own. */
function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
