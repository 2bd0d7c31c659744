import type { ProductNode } from '../catalog/catalog-index.js';
import type { AgreementNode, SharedPortRef } from './read-agreement-node.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A port's kind and its columns, with their classification when set. */
export type PortColumns = { readonly kind?: string; readonly columns: readonly { readonly name: string; readonly classification?: string }[] };

/** Read once per manifest and port: every agreement of a port (tens at mesh scale) asks again. */
const seen = new WeakMap<object, Map<string, PortColumns>>();

/** A port's kind and columns (with their classification, when set), as the manifest declares them. */
export function listPortColumns(product: ProductNode, port: string): PortColumns {
  let ports = seen.get(product.data);
  if (!ports) seen.set(product.data, (ports = new Map()));
  const hit = ports.get(port);
  if (hit) return hit;
  const read = readPortColumns(product, port);
  ports.set(port, read);
  return read;
}

function readPortColumns(product: ProductNode, port: string): PortColumns {
  const found = list(rec(product.data.spec).outputPorts).find((o) => o.name === port);
  if (!found) return { columns: [] };
  const columns = list(found.schema).flatMap((c) => {
    const name = str(c.name);
    const classification = str(c.classification);
    return name ? [{ name, ...(classification ? { classification } : {}) }] : [];
  });
  const kind = str(found.kind);
  return { ...(kind ? { kind } : {}), columns };
}

/** Classification levels, lowest first; personal data is restricted, its special categories above every level. */
const LEVEL: Record<string, number> = { public: 0, internal: 1, confidential: 2, restricted: 3, pii: 3, 'sensitive-pii': 4 };

/**
 * The columns a shared port grants, in the port's order: the listed ones, or those classified at most the ceiling (a
 * column without a classification has the product's); undefined when the whole port is shared.
 */
export function resolveSharedColumns(product: ProductNode, shared: SharedPortRef): string[] | undefined {
  const { columns } = listPortColumns(product, shared.name);
  if (shared.columns) return columns.filter((c) => shared.columns?.includes(c.name)).map((c) => c.name);
  if (!shared.maxClassification) return undefined;
  const ceiling = LEVEL[shared.maxClassification] ?? -1;
  const fallback = str(rec(rec(product.data.spec).access).classification) ?? 'restricted';
  return columns.filter((c) => (LEVEL[c.classification ?? fallback] ?? 4) <= ceiling).map((c) => c.name);
}

/** Whether any column of the port holds personal data (`pii` or `sensitive-pii`). */
export function holdsPersonalData(product: ProductNode, port: string): boolean {
  return listPortColumns(product, port).columns.some((c) => c.classification === 'pii' || c.classification === 'sensitive-pii');
}

/** Whether an agreement shares a column holding personal data (of the columns it shares of each port). */
export function sharesPersonalData(provider: ProductNode, a: Pick<AgreementNode, 'ports'>): boolean {
  return a.ports.some((s) => {
    const { columns } = listPortColumns(provider, s.name);
    const shared = new Set(resolveSharedColumns(provider, s) ?? columns.map((c) => c.name));
    return columns.some((c) => shared.has(c.name) && (c.classification === 'pii' || c.classification === 'sensitive-pii'));
  });
}
