import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import { nameDataset } from '../platform/name-platform-objects.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The OpenLineage spec and facet versions the events are written to (schemas/vendor/openlineage/). */
export const OPENLINEAGE_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent';
const FACETS = {
  schema: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet',
  datasetDocumentation: 'https://openlineage.io/spec/facets/1-1-0/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet',
  datasetOwnership: 'https://openlineage.io/spec/facets/1-0-1/OwnershipDatasetFacet.json#/$defs/OwnershipDatasetFacet',
  jobDocumentation: 'https://openlineage.io/spec/facets/1-1-0/DocumentationJobFacet.json#/$defs/DocumentationJobFacet',
  jobOwnership: 'https://openlineage.io/spec/facets/1-0-1/OwnershipJobFacet.json#/$defs/OwnershipJobFacet',
  jobType: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet',
};

/** One OpenLineage dataset: where it lives, its name there, and its facets. */
export interface OpenLineageDataset {
  namespace: string;
  name: string;
  facets?: Record<string, Rec>;
}

/** An OpenLineage JobEvent (static lineage: a job and its datasets, no run). */
export interface OpenLineageJobEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  job: { namespace: string; name: string; facets: Record<string, Rec> };
  inputs: OpenLineageDataset[];
  outputs: OpenLineageDataset[];
}

export interface OpenLineageEmitOptions {
  /** The namespace of the jobs and of the datasets (the platform's, e.g. `postgres://db.example:5432`). */
  namespace: string;
  /** The URI of what produced the events (Meshplane's repository and version). */
  producer: string;
  /** When the events are dated (ISO instant). */
  eventTime: string;
}

/**
 * The static lineage of the catalog as OpenLineage JobEvents: one job per valid product (its transformation, named by
 * the product id: the name `mesh lineage drift` matches run events to), reading the datasets of its input ports (a
 * product's output port as the platform names it, `<schema>.<table>`, or the source system it names) and writing one
 * dataset per output port, with the port's schema, description and owner team as facets. Pure.
 */
export function buildOpenLineageEvents(index: CatalogIndex, options: OpenLineageEmitOptions): OpenLineageJobEvent[] {
  const domains = new Map(index.products.map((p) => [p.id, p.domain]));
  const base = { _producer: options.producer };
  const dataset = (productId: string, port: string): string => {
    const domain = domains.get(productId);
    return domain ? nameDataset(domain, productId, port) : `${productId}/${port}`;
  };
  return index.products
    .filter((p) => p.valid)
    .map((p): OpenLineageJobEvent => {
      const spec = rec(p.data.spec);
      const meta = rec(p.data.metadata);
      const team = p.owner ? [{ name: `team:${p.owner}`, type: 'team' }] : [];
      const productOwner = text(meta.productOwner);
      const description = text(spec.description) ?? text(meta.name) ?? p.id;
      const inputs = list(spec.inputPorts).flatMap((port): OpenLineageDataset[] => {
        const source = rec(port.source);
        if (text(source.product) && text(source.port)) return [{ namespace: options.namespace, name: dataset(String(source.product), String(source.port)) }];
        if (text(source.system)) return [{ namespace: options.namespace, name: String(source.system) }];
        return [];
      });
      const outputs = list(spec.outputPorts).flatMap((port): OpenLineageDataset[] => {
        const name = text(port.name);
        if (!name) return [];
        const facets: Record<string, Rec> = {
          schema: { ...base, _schemaURL: FACETS.schema, fields: list(port.schema).map(describeField) },
          ...(team.length > 0 ? { ownership: { ...base, _schemaURL: FACETS.datasetOwnership, owners: team } } : {}),
        };
        const about = text(port.description);
        if (about) facets.documentation = { ...base, _schemaURL: FACETS.datasetDocumentation, description: about };
        return [{ namespace: options.namespace, name: dataset(p.id, name), facets }];
      });
      return {
        eventTime: options.eventTime,
        producer: options.producer,
        schemaURL: OPENLINEAGE_SCHEMA_URL,
        job: {
          namespace: options.namespace,
          name: p.id,
          facets: {
            documentation: { ...base, _schemaURL: FACETS.jobDocumentation, description },
            ownership: {
              ...base,
              _schemaURL: FACETS.jobOwnership,
              owners: [...team, ...(productOwner ? [{ name: `user:${productOwner}`, type: 'product-owner' }] : [])],
            },
            jobType: {
              ...base,
              _schemaURL: FACETS.jobType,
              processingType: readsStreams(p) ? 'STREAMING' : 'BATCH',
              integration: 'MESHPLANE',
              jobType: 'DATA_PRODUCT',
            },
          },
        },
        inputs,
        outputs,
      };
    });
}

/** A column as an OpenLineage schema field: name, type and description, in the manifest's order. */
function describeField(column: Rec, i: number): Rec {
  const description = text(column.description);
  return { name: String(column.name ?? ''), type: String(column.type ?? ''), ...(description ? { description } : {}), ordinal_position: i + 1 };
}

/** Whether the product subscribes to any input (a stream) rather than only pulling on a schedule. */
function readsStreams(p: ProductNode): boolean {
  return list(rec(p.data.spec).inputPorts).some((port) => port.mode === 'subscribe');
}
