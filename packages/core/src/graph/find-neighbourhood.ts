import type { CatalogIndex } from '../catalog/catalog-index.js';
import { describeRow, listIndexEntries, listReaders, type IdentifyDocument, type IndexEntry, type MeshTable } from './tabulate-mesh.js';

/** The files whose mesh findings may differ from a base's, and whether the lineage must be searched for cycles. */
export interface Neighbourhood {
  /** Changed files, the readers of what they changed, and the files the base's mesh checks found something in. */
  files: Set<string>;
  /** The lineage changed, or had a cycle: search it again. */
  cycles: boolean;
}

/** A base catalog's index and the table of its mesh, as a pull request's check is given them. */
export interface BaseMesh {
  index: CatalogIndex;
  table: MeshTable;
}

/**
 * Compares a catalog with the base it was changed from: the files whose bytes differ (changed, added, removed), the
 * keys whose values they change, the files of the base that read those keys. Every other file had no mesh finding in
 * the base and reads only what did not change, so it has none now. Undefined when a document's origin is unknown or
 * the table is not the base's.
 */
export function findNeighbourhood(base: BaseMesh, index: CatalogIndex, identify: IdentifyDocument): Neighbourhood | undefined {
  const { table } = base;
  const baseEntries = listIndexEntries(base.index);
  if (baseEntries.length !== table.entries) return undefined;
  const before = new Map<string, IndexEntry>();
  for (const entry of baseEntries) before.set(entry.node.file, entry);
  const files = new Set<string>(table.flagged);
  const changedKeys = new Set<string>();
  let cycles = table.cycles;
  const change = (old: IndexEntry | undefined, now: IndexEntry | undefined): void => {
    const a = old && describeRow(old);
    const b = now && describeRow(now);
    addChangedKeys(a?.exposes, b?.exposes, changedKeys);
    if (a?.edges !== b?.edges) cycles = true;
  };
  for (const entry of listIndexEntries(index)) {
    const file = entry.node.file;
    const old = before.get(file);
    before.delete(file);
    const origin = identify(entry.node.doc);
    if (origin === undefined) return undefined;
    if (old && identify(old.node.doc) === origin) continue;
    files.add(file);
    change(old, entry);
  }
  for (const old of before.values()) change(old, undefined);
  for (const file of index.files) if (!base.index.files.has(file)) changedKeys.add(`file:${file}`);
  for (const file of base.index.files) if (!index.files.has(file)) changedKeys.add(`file:${file}`);
  for (const key of changedKeys) for (const reader of listReaders(table, key)) files.add((baseEntries[reader] as IndexEntry).node.file);
  return { files, cycles };
}

/** A key changes when one of the changed files' parts of it differs (the other files' parts are as they were). */
function addChangedKeys(before: Record<string, string> | undefined, after: Record<string, string> | undefined, into: Set<string>): void {
  for (const [key, value] of Object.entries(before ?? {})) if (after?.[key] !== value) into.add(key);
  for (const [key, value] of Object.entries(after ?? {})) if (before?.[key] !== value) into.add(key);
}
