import type { SourceDocument } from '../model/source-document.js';
import type { FileKind } from '../validate/compile-validators.js';
import type { AgreementNode } from '../agreement/read-agreement-node.js';

/** An input port as the graph sees it: either another product's output port or an operational system. */
export interface InputRef {
  name: string;
  index: number;
  product?: string;
  port?: string;
  system?: string;
}

/** A declared consumer team of a product. */
export interface ConsumerRef {
  team: string;
  index: number;
  purpose?: string;
  until?: string;
  ports?: string[];
}

/**
 * What the mesh graph needs to know of one product, read defensively from its data so that a product with schema
 * errors still takes part in reference checks (a typo in one product must not make every consumer's input dangle).
 */
export interface ProductNode {
  id: string;
  file: string;
  doc: SourceDocument;
  /** True when the manifest matched its schema. */
  valid: boolean;
  name?: string;
  domain?: string;
  owner?: string;
  archetype?: string;
  lifecycle?: string;
  version?: string;
  successor?: string;
  inputs: InputRef[];
  outputs: { name: string; index: number }[];
  consumers: ConsumerRef[];
  /** The raw data of the manifest. */
  data: Record<string, unknown>;
}

/** A Domain, Team or Waiver file, by name. */
export interface NamedEntry {
  name: string;
  file: string;
  doc: SourceDocument;
  valid: boolean;
  data: Record<string, unknown>;
}

/** Every file of a catalog, sorted into kinds. */
export interface CatalogIndex {
  products: ProductNode[];
  domains: NamedEntry[];
  teams: NamedEntry[];
  waivers: NamedEntry[];
  configs: NamedEntry[];
  /** Data sharing agreements (`catalog/<domain>/<product>/agreements/<name>.yaml`). */
  agreements: AgreementNode[];
  /** Every file path the source listed. */
  files: ReadonlySet<string>;
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads the graph-relevant parts of a DataProduct document. Returns undefined when it has no string `metadata.id`. */
export function readProductNode(doc: SourceDocument, valid: boolean): ProductNode | undefined {
  const data = rec(doc.value);
  const meta = rec(data.metadata);
  const spec = rec(data.spec);
  const id = str(meta.id);
  if (id === undefined) return undefined;
  const inputs: InputRef[] = list(spec.inputPorts).map((p, index) => {
    const port = rec(p);
    const src = rec(port.source);
    return { name: str(port.name) ?? `#${index + 1}`, index, product: str(src.product), port: str(src.port), system: str(src.system) };
  });
  const outputs = list(spec.outputPorts).map((p, index) => ({ name: str(rec(p).name) ?? `#${index + 1}`, index }));
  const consumers: ConsumerRef[] = list(rec(spec.access).consumers).flatMap((c, index) => {
    const x = rec(c);
    const team = str(x.team);
    if (!team) return [];
    const ports = list(x.ports).filter((s): s is string => typeof s === 'string');
    return [{ team, index, purpose: str(x.purpose), until: str(x.until), ...(ports.length ? { ports } : {}) }];
  });
  return {
    id,
    file: doc.file,
    doc,
    valid,
    name: str(meta.name),
    domain: str(meta.domain),
    owner: str(meta.owner),
    archetype: str(meta.archetype),
    lifecycle: str(meta.lifecycle),
    version: str(meta.version),
    successor: str(meta.successor),
    inputs,
    outputs,
    consumers,
    data,
  };
}

/** The manifest of the team that owns `product` (the first Team file of its owner's name), when there is one. */
export function readOwnerTeam(index: CatalogIndex, product: ProductNode): unknown {
  return index.teams.find((t) => t.name === product.owner)?.data;
}

/** The product a Waiver file waives findings of (`spec.product`), when it names one. */
export function readWaivedProduct(waiver: NamedEntry): string | undefined {
  return str(rec(waiver.data.spec).product);
}

/** Reads a Domain, Team, Waiver or Config document; its name is `metadata.name` (Config has none). */
export function readNamedEntry(doc: SourceDocument, valid: boolean, kind: FileKind): NamedEntry | undefined {
  const data = rec(doc.value);
  const name = kind === 'Config' ? 'config' : str(rec(data.metadata).name);
  return name === undefined ? undefined : { name, file: doc.file, doc, valid, data };
}
