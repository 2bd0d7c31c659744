import type { NamedEntry } from '../catalog/catalog-index.js';
import type { SourceDocument } from '../model/source-document.js';

/** One shared output port of an agreement, read defensively (the file may break its schema). */
export interface SharedPortRef {
  name: string;
  /** Its position in `spec.provider.ports`, for pointers. */
  index: number;
  /** Only these columns (a view of the consumer's own). */
  columns?: string[];
  /** Only columns classified at most this. */
  maxClassification?: string;
}

/**
 * A data sharing agreement as the mesh reads it: the provider product and ports, the consumer team (and product), the
 * purpose, legal basis and dates. Kept even when the file breaks its schema, so checks can still name what it covers.
 */
export interface AgreementNode extends NamedEntry {
  /** `<provider product>/<name>`: unique across the mesh. */
  id: string;
  provider?: string;
  ports: SharedPortRef[];
  team?: string;
  consumerProduct?: string;
  purpose?: string;
  legalBasis?: string;
  start?: string;
  end?: string;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads a DataSharingAgreement document. Returns undefined when it has no string `metadata.name`. */
export function readAgreementNode(doc: SourceDocument, valid: boolean): AgreementNode | undefined {
  const data = rec(doc.value);
  const name = str(rec(data.metadata).name);
  if (name === undefined) return undefined;
  const spec = rec(data.spec);
  const provider = rec(spec.provider);
  const consumer = rec(spec.consumer);
  const ports: SharedPortRef[] = list(provider.ports).flatMap((p, index) => {
    const port = rec(p);
    const portName = str(port.name);
    if (!portName) return [];
    const columns = list(port.columns).filter((c): c is string => typeof c === 'string');
    const ceiling = str(port.maxClassification);
    return [{ name: portName, index, ...(columns.length ? { columns } : {}), ...(ceiling ? { maxClassification: ceiling } : {}) }];
  });
  const product = str(provider.product);
  const node: AgreementNode = { name, file: doc.file, doc, valid, data, id: `${product ?? '?'}/${name}`, ports };
  // Only the fields the file sets, set one by one (28 000 agreements at mesh scale).
  const team = str(consumer.team);
  const consumerProduct = str(consumer.product);
  const purpose = str(spec.purpose);
  const legalBasis = str(spec.legalBasis);
  const start = str(spec.start);
  const end = str(spec.end);
  if (product !== undefined) node.provider = product;
  if (team !== undefined) node.team = team;
  if (consumerProduct !== undefined) node.consumerProduct = consumerProduct;
  if (purpose !== undefined) node.purpose = purpose;
  if (legalBasis !== undefined) node.legalBasis = legalBasis;
  if (start !== undefined) node.start = start;
  if (end !== undefined) node.end = end;
  return node;
}

/** Whether the agreement grants access on `today` (`YYYY-MM-DD`): from its start through its end day. */
export function isAgreementActive(a: Pick<AgreementNode, 'start' | 'end'>, today: string): boolean {
  return a.start !== undefined && a.end !== undefined && a.start <= today && today <= a.end;
}
