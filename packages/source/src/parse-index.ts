import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Position, SourceDocument } from '@meshplane/core';
import { readYamlDocument, type ReadResult } from './read-yaml-document.js';
import { PARALLEL_MINIMUM, parseInParallel, toParsedEntry, type ParsedEntry } from './parse-in-parallel.js';

/** Bumped whenever the reader's output changes, so an index written by an older reader is never used. */
const INDEX_VERSION = 'reader-1';

/** What the reader made of one file: its data (when it parsed) and its findings, as plain data. */
type IndexEntry = ParsedEntry;

/**
 * A function that reads one YAML file: the reader itself, or the reader behind an index. A reader with `prefill` is
 * told every file before the first is read, so it can parse the ones it does not hold at once, in parallel.
 */
export type ReadYaml = ((file: string, content: Uint8Array) => ReadResult) & {
  prefill?: (items: ReadonlyArray<{ file: string; content: Uint8Array }>) => void;
};

/**
 * The parsed catalog, kept between runs: what the safe YAML reader made of each file, by the file's path and git
 * blob id (its content), stored under `.meshplane/cache/index/`. Parsing with source positions is the cost of a check
 * at mesh scale (about 3–6 ms per manifest); a hit costs a lookup. The document's positions are not stored: a hit
 * re-parses its file only when a finding needs a line. An index is never a source of truth: keyed by content, it
 * cannot be stale, and when it is absent or unreadable everything is simply parsed again.
 */
export interface ParseIndex {
  /** Adds the entries of a stored index (`name`); false when there is none yet. */
  load(name: string): boolean;
  /** A reader that answers from the index and parses (and remembers) what it does not hold; `used` collects keys. */
  reader(used?: Set<string>): ReadYaml;
  /** Stores the entries named by `keys` as index `name` (only when something new was parsed, or it did not exist). */
  save(name: string, keys: ReadonlySet<string>): void;
  readonly stats: { hits: number; misses: number };
}

/** Git's id for a blob: what `git hash-object` prints, and what the tree listing of a commit holds. */
export function hashGitBlob(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.byteLength}\0`).update(content).digest('hex');
}

/** The name of the index of a set of files (path and blob id each): the same files, the same index. */
export function nameFileIndex(files: ReadonlyArray<{ path: string; oid: string }>): string {
  const h = createHash('sha256').update(INDEX_VERSION);
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) h.update(`${f.path}\0${f.oid}\n`);
  return `tree-${h.digest('hex').slice(0, 32)}`;
}

/**
 * Opens the index stored in `dir`. When a load brings at least `minimumParallel` files the index does not hold (a
 * first check, a large rebase), they are parsed on worker threads before reading.
 */
export function openParseIndex(dir: string, { minimumParallel = PARALLEL_MINIMUM }: { minimumParallel?: number } = {}): ParseIndex {
  const entries = new Map<string, IndexEntry>();
  const loaded = new Set<string>();
  let fresh = false;
  const stats = { hits: 0, misses: 0 };
  const fileOf = (name: string): string => join(dir, `${name}.v8`);
  return {
    stats,
    load(name) {
      try {
        const stored = deserialize(readFileSync(fileOf(name))) as { version: string; entries: Map<string, IndexEntry> };
        if (stored.version !== INDEX_VERSION) return false;
        for (const [k, v] of stored.entries) entries.set(k, v);
        loaded.add(name);
        return true;
      } catch {
        return false;
      }
    },
    reader(used) {
      // Files parsed ahead by `prefill`: counted as misses, and their first read uses the parse.
      const prefilled = new Set<string>();
      const read: ReadYaml = (file, content) => {
        const key = `${hashGitBlob(content)} ${file}`;
        used?.add(key);
        const hit = entries.get(key);
        if (hit) {
          if (!prefilled.delete(key)) stats.hits += 1;
          return { findings: hit.findings, ...(hit.parsed ? { document: lazyDocument(file, content, hit.value) } : {}) };
        }
        stats.misses += 1;
        fresh = true;
        const r = readYamlDocument(file, content);
        entries.set(key, toParsedEntry(r));
        return r;
      };
      read.prefill = (items) => {
        const missing = new Map<string, { file: string; content: Uint8Array }>();
        for (const item of items) {
          const key = `${hashGitBlob(item.content)} ${item.file}`;
          if (!entries.has(key)) missing.set(key, item);
        }
        if (missing.size < minimumParallel) return;
        const parsed = parseInParallel([...missing.values()]);
        [...missing.keys()].forEach((key, i) => {
          entries.set(key, parsed[i] as IndexEntry);
          prefilled.add(key);
        });
        stats.misses += missing.size;
        fresh = true;
      };
      return read;
    },
    save(name, keys) {
      if (loaded.has(name) && !fresh) return;
      const picked = new Map([...keys].flatMap((k) => (entries.has(k) ? [[k, entries.get(k) as IndexEntry] as const] : [])));
      try {
        mkdirSync(dirname(fileOf(name)), { recursive: true });
        const tmp = `${fileOf(name)}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize({ version: INDEX_VERSION, entries: picked }));
        renameSync(tmp, fileOf(name));
      } catch {
        // A cache that cannot be written only costs the next run its parse time.
      }
    },
  };
}

/** A document from the index: its data at once, its positions parsed from the content the first time one is asked. */
function lazyDocument(file: string, content: Uint8Array, value: unknown): SourceDocument {
  let locate: SourceDocument['locate'] | undefined;
  return {
    file,
    value,
    locate(pointer: string, part?: 'key' | 'value'): Position {
      locate ??= readYamlDocument(file, content).document?.locate ?? (() => ({ line: 1, column: 1 }));
      return locate(pointer, part);
    },
  };
}
