import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { IdentifyDocument, LoadedSource, MeshTable, SourceDocument } from '@meshplane/core';
import { identifyParsedValue } from '@meshplane/source';
import { fingerprintCode } from '../fingerprint-code.js';
import { keepByKey, type KeptValues } from './keep-by-key.js';
import { digestSource } from './hash-source.js';

/** Bumped whenever what a kept mesh table holds changes. */
const TABLE_FORMAT = 'meshplane-mesh-table 1';
/** As many as the bases' findings: the default branch as it moves, and a few release branches. */
const KEPT_TABLES = 8;

/** Names a document by the parse index's key of its bytes (undefined when it was not read through an index). */
export const identifyDocument: IdentifyDocument = (doc: SourceDocument) => identifyParsedValue(doc.value);

/**
 * The key of a base's mesh table: its files (each document by its bytes), the catalog folder, the day (whether
 * agreements are in force) and the code. Undefined when a document was not read through a parse index.
 */
export function keyMeshTable(b: { source: LoadedSource; catalogRoot: string; today: string }): string | undefined {
  const source = digestSource(b.source);
  if (source === undefined) return undefined;
  return createHash('sha256').update(`${TABLE_FORMAT}\0${fingerprintCode()}\0${b.catalogRoot}\0${b.today}\0${source}`).digest('base64url');
}

/** The bases' mesh tables kept under a cache folder (a checkout's `.meshplane/`, or the app's data folder). */
export function keepMeshTables(cacheRoot: string): KeptValues<MeshTable> {
  const kept = keepByKey<MeshTable>(join(cacheRoot, 'cache/tables'), TABLE_FORMAT, KEPT_TABLES);
  return { read: (key) => onlyTable(kept.read(key)), write: (key, table) => kept.write(key, table) };
}

/** A table as written: its arrays of the types and lengths they must have (a bad one is worked out again). */
function onlyTable(t: MeshTable | undefined): MeshTable | undefined {
  if (t === undefined || typeof t.entries !== 'number' || typeof t.keys !== 'string' || !Array.isArray(t.flagged) || typeof t.cycles !== 'boolean')
    return undefined;
  const arrays = [t.keyStarts, t.readerStarts, t.readers];
  if (!arrays.every((a) => a instanceof Uint32Array) || t.keyStarts.length !== t.readerStarts.length || t.keyStarts.length === 0) return undefined;
  const ends = t.keyStarts.at(-1) === t.keys.length && t.readerStarts.at(-1) === t.readers.length;
  return ends && t.readers.every((r) => r < t.entries) ? t : undefined;
}
