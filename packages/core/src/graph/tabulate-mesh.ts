import { readWaivedProduct, type CatalogIndex, type NamedEntry, type ProductNode } from '../catalog/catalog-index.js';
import { readDomainOwner } from '../review/read-team-handles.js';
import type { AgreementNode } from '../agreement/read-agreement-node.js';
import { listPortColumns } from '../agreement/list-port-columns.js';
import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { listDocFileRefs } from './check-references.js';

/** Names a document by the bytes it was read from (a parse index's key); undefined when the source cannot tell. */
export type IdentifyDocument = (doc: SourceDocument) => string | undefined;

/** What one file tells the rest of the mesh. */
export interface MeshRow {
  /**
   * The file's part of each key it tells: `product:<id>` (its owner, output ports and their columns), `team:<name>`,
   * `domain:<name>`, `waiver:<name>`, `agreement:<id>`, `agreements:<provider>` (what an agreement covers). A key's
   * value is the parts of all the files that tell it, in path order: it changes when one of them does.
   */
  exposes: Record<string, string>;
  /** A product's lineage as the cycle check reads it: its id and the products it reads. */
  edges?: string;
}

/**
 * A compact table of a checked catalog's mesh: who reads each key (see {@link MeshRow}), and which files the mesh
 * checks found something in. Kept per base commit beside its parse index (which holds the files themselves), it lets
 * the check of a pull request run the mesh checks over the changed files and their neighbourhood only (see
 * {@link findNeighbourhood}). Flat typed arrays: at 10 000 products it reads back in milliseconds.
 */
export interface MeshTable {
  /** How many entries the catalog's index had (its files, in {@link listIndexEntries} order, are the readers). */
  entries: number;
  /** Every key some file reads, sorted, one after the other (a key of `file:<path>` is the file's presence). */
  keys: string;
  /** Where each key starts in `keys`; one more than the keys (the last is the end). */
  keyStarts: Uint32Array;
  /** Where each key's readers start in `readers`; one more than the keys. */
  readerStarts: Uint32Array;
  /** The files that read each key, as positions in the catalog's entries. */
  readers: Uint32Array;
  /** Files the mesh checks found something in: checked again every time (their messages name what is near them). */
  flagged: string[];
  /** Whether the lineage had a cycle. */
  cycles: boolean;
}

export type IndexEntry =
  { kind: 'product'; node: ProductNode } | { kind: 'agreement'; node: AgreementNode } | { kind: 'domain' | 'team' | 'waiver' | 'config'; node: NamedEntry };

/** Every entry of an index with its kind. */
export function listIndexEntries(index: CatalogIndex): IndexEntry[] {
  return [
    ...index.products.map((node) => ({ kind: 'product' as const, node })),
    ...index.agreements.map((node) => ({ kind: 'agreement' as const, node })),
    ...index.domains.map((node) => ({ kind: 'domain' as const, node })),
    ...index.teams.map((node) => ({ kind: 'team' as const, node })),
    ...index.waivers.map((node) => ({ kind: 'waiver' as const, node })),
    ...index.configs.map((node) => ({ kind: 'config' as const, node })),
  ];
}

/** The table of a catalog checked whole: `meshFindings` are the findings of its mesh checks. */
export function tabulateMesh(index: CatalogIndex, meshFindings: readonly Finding[]): MeshTable {
  const products = new Map<string, ProductNode>();
  for (const p of index.products) if (!products.has(p.id)) products.set(p.id, p);
  const byKey = new Map<string, number[]>();
  const entries = listIndexEntries(index);
  entries.forEach((entry, position) => {
    for (const key of new Set(listReads(entry, products))) {
      const list = byKey.get(key);
      if (list) list.push(position);
      else byKey.set(key, [position]);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyStarts = new Uint32Array(keys.length + 1);
  const readerStarts = new Uint32Array(keys.length + 1);
  keys.forEach((key, i) => {
    keyStarts[i + 1] = (keyStarts[i] as number) + key.length;
    readerStarts[i + 1] = (readerStarts[i] as number) + (byKey.get(key) as number[]).length;
  });
  return {
    entries: entries.length,
    keys: keys.join(''),
    keyStarts,
    readerStarts,
    readers: Uint32Array.from(keys.flatMap((key) => byKey.get(key) as number[])),
    flagged: [...new Set(meshFindings.flatMap((f) => (f.file === undefined ? [] : [f.file])))],
    cycles: meshFindings.some((f) => f.ruleId === 'graph.cycle'),
  };
}

/** The positions of the files that read `key` ({@link MeshTable.readers}), found by binary search. */
export function listReaders(table: MeshTable, key: string): Uint32Array {
  let lo = 0;
  let hi = table.keyStarts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = table.keys.slice(table.keyStarts[mid], table.keyStarts[mid + 1]);
    if (at === key) return table.readers.subarray(table.readerStarts[mid], table.readerStarts[mid + 1]);
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return new Uint32Array(0);
}

/** What a file tells the rest of the mesh (see {@link MeshRow}). */
export function describeRow(entry: IndexEntry): MeshRow {
  switch (entry.kind) {
    case 'product': {
      const p = entry.node;
      const outputs = p.outputs.map((o) => [o.name, listPortColumns(p, o.name)]);
      return {
        exposes: { [`product:${p.id}`]: JSON.stringify([p.owner ?? null, outputs]) },
        edges: JSON.stringify([p.id, p.inputs.map((i) => i.product ?? null)]),
      };
    }
    case 'agreement': {
      const a = entry.node;
      const covers = JSON.stringify([a.team ?? null, a.consumerProduct ?? null, a.ports, a.start ?? null, a.end ?? null]);
      return { exposes: { [`agreement:${a.id}`]: '', ...(a.provider === undefined ? {} : { [`agreements:${a.provider}`]: covers }) } };
    }
    case 'config':
      return { exposes: {} };
    default:
      return { exposes: { [`${entry.kind}:${entry.node.name}`]: '' } };
  }
}

/**
 * The keys whose values a file's mesh findings depend on, besides its own content: names it references, the
 * products it reads and what they expose, the owners of those products (read through them), files beside it.
 */
function listReads(entry: IndexEntry, products: ReadonlyMap<string, ProductNode>): string[] {
  const ownerOf = (id: string | undefined): string[] => keyOf('team', id === undefined ? undefined : products.get(id)?.owner);
  switch (entry.kind) {
    case 'product': {
      const p = entry.node;
      return [
        `product:${p.id}`,
        ...keyOf('team', p.owner),
        ...keyOf('domain', p.domain),
        ...p.consumers.map((c) => `team:${c.team}`),
        ...p.inputs.flatMap((i) => (i.product === undefined ? [] : [`product:${i.product}`, `agreements:${i.product}`, ...ownerOf(i.product)])),
        ...keyOf('product', p.successor),
        ...listDocFileRefs(p).map((f) => `file:${f}`),
      ];
    }
    case 'agreement': {
      const a = entry.node;
      return [
        `agreement:${a.id}`,
        ...keyOf('product', a.provider),
        ...keyOf('team', a.team),
        ...keyOf('product', a.consumerProduct),
        ...ownerOf(a.consumerProduct),
      ];
    }
    case 'domain':
      return [`domain:${entry.node.name}`, ...keyOf('team', readDomainOwner(entry.node))];
    case 'waiver':
      return [`waiver:${entry.node.name}`, ...keyOf('product', readWaivedProduct(entry.node))];
    case 'team':
      return [`team:${entry.node.name}`];
    case 'config':
      return [];
  }
}

/** The key of a name one file gives another (`team:data-platform`), or none when the file names none. */
function keyOf(kind: string, name: string | undefined): string[] {
  return name === undefined ? [] : [`${kind}:${name}`];
}
