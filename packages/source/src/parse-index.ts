import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Position, SourceDocument } from '@meshplane/core';
import { readYamlDocument, type ReadResult } from './read-yaml-document.js';
import { PARALLEL_MINIMUM, parseInParallel, toParsedEntry, type ParsedEntry } from './parse-in-parallel.js';

/** Bumped whenever the reader's output changes, so an index written by an older reader is never used. */
const INDEX_VERSION = 'reader-1 json-2';

/**
 * What the reader made of one file, as held in memory: its findings, and its data either parsed (`value`) or, as
 * loaded from disk, still as JSON text (`json`), parsed the first time the file is read.
 */
interface IndexEntry {
  parsed: boolean;
  findings: ParsedEntry['findings'];
  value?: unknown;
  json?: string;
  /** What a caller worked out from the file's data and asked the index to keep with it (see {@link ParseIndex.memo}). */
  memo?: { name: string; data: unknown };
}

/** An entry as stored: data that survives JSON exactly is kept as JSON text (parsing it is 2× faster than v8's). */
type StoredEntry = { parsed: boolean; findings: ParsedEntry['findings']; memo?: IndexEntry['memo'] } & ({ json: string } | { value: unknown });

function storeEntry(e: IndexEntry): StoredEntry {
  const head = { parsed: e.parsed, findings: e.findings, ...(e.memo ? { memo: e.memo } : {}) };
  if (e.json !== undefined) return { ...head, json: e.json };
  const json = toExactJson(e.value);
  if (json === undefined) return { ...head, value: e.value };
  // Kept: the next index that holds this entry (the next base of a long-running app) stores it without encoding it.
  e.json = json;
  return { ...head, json };
}

/** The value's data from an entry, parsing its JSON text once. */
function readEntryValue(e: IndexEntry): unknown {
  if (e.value === undefined && e.json !== undefined) e.value = JSON.parse(e.json) as unknown;
  return e.value;
}

/** JSON text that parses back to the same data, or undefined (YAML's `.inf`, `.nan` and `-0` do not survive JSON). */
function toExactJson(value: unknown): string | undefined {
  let exact = true;
  const json = JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) exact = false;
    return v;
  });
  return exact && json !== undefined ? json : undefined;
}

/**
 * A function that reads one YAML file: the reader itself, or the reader behind an index. A reader with `prefill` is
 * told every file before the first is read, so it can parse the ones it does not hold at once, in parallel.
 */
export type ReadYaml = ((file: string, content: Uint8Array) => ReadResult) & {
  prefill?: (items: ReadonlyArray<PrefillItem>) => void;
  /** Reads a file whose git blob id is known (a commit's file): its content is fetched only if it must be parsed. */
  readStored?: (file: string, oid: string, content: () => Uint8Array) => ReadResult;
};

/** A file about to be read: its content, or how to fetch it and its git blob id. */
export type PrefillItem = { file: string; content: Uint8Array } | { file: string; oid: string; content: () => Uint8Array };

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
  /** Stores the entries named by `keys` as index `name` (only when one of them is new or changed, or it did not exist). */
  save(name: string, keys: ReadonlySet<string>): void;
  /**
   * What callers work out from a file's data alone, kept with the file's entry under `name` (one name per entry: a
   * new name replaces the last): a value read through this index is recalled by the file it came from. Stored by
   * {@link save} with the entry; `name` must change whenever the data would (the code that works it out).
   */
  memo(name: string): FileMemo;
  /**
   * Lets go of every entry not named by `keys` (a long-running process that keeps an index open between checks keeps
   * what its last check used, as {@link save} stores it). A later read of a file let go of parses it again.
   */
  retain(keys: ReadonlySet<string>): void;
  /**
   * Removes the stored commit indexes (`tree-…`) but those named in `keep` and the `recent` most recently written
   * others, and forgets the others it loaded: each holds a whole catalog, and a default branch that moves on leaves one
   * behind at every check.
   */
  prune(keep: ReadonlySet<string>, recent: number): void;
  readonly stats: { hits: number; misses: number };
}

/** Data kept with the files values were read from: what {@link ParseIndex.memo} gives. */
export interface FileMemo {
  /** What was remembered for the file `value` was read from, or undefined. */
  recall(value: unknown): unknown;
  /** Remembers `data` for the file `value` was read from (nothing when it was not read through the index). */
  remember(value: unknown, data: unknown): void;
}

/** Git's id for a blob: what `git hash-object` prints, and what the tree listing of a commit holds. */
export function hashGitBlob(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.byteLength}\0`).update(content).digest('hex');
}

/** The name of the index of the files read under `keys` (as a reader's `used` set collects them). */
export function nameKeyIndex(keys: Iterable<string>): string {
  return nameFileIndex([...keys].map((k) => ({ path: k.slice(k.indexOf(' ') + 1), oid: k.slice(0, k.indexOf(' ')) })));
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
  // The indexes loaded, with their own keys (a base a later index may be stored against).
  // `at`: the change count when it was loaded or stored (an entry changed later makes it worth storing again).
  const loaded = new Map<string, { keys: ReadonlySet<string>; base?: string; at: number }>();
  // When each entry was last parsed or given a memo, counted in changes: an index holding one changed since it was
  // loaded or stored is stored again.
  const changed = new Map<string, number>();
  let changes = 0;
  const touch = (key: string): void => void changed.set(key, ++changes);
  // The entry each value read through this index came from.
  const keysOfValues = new WeakMap<object, string>();
  const note = (value: unknown, key: string): void => {
    rememberOrigin(value, key);
    if (value !== null && typeof value === 'object') keysOfValues.set(value, key);
  };
  const stats = { hits: 0, misses: 0 };
  const fileOf = (name: string): string => join(dir, `${name}.v8`);
  const load = (name: string, depth = 0): boolean => {
    if (loaded.has(name)) return true;
    try {
      const stored = deserialize(readFileSync(fileOf(name))) as StoredIndex;
      if (stored.version !== INDEX_VERSION) return false;
      // Stored against a base (a work tree beside the commit it came from): the base first, or nothing.
      if (stored.base !== undefined && (depth > 0 || !load(stored.base, depth + 1))) return false;
      for (const [k, v] of stored.entries) entries.set(k, v);
      loaded.set(name, { keys: new Set(stored.entries.keys()), ...(stored.base ? { base: stored.base } : {}), at: changes });
      return true;
    } catch {
      return false;
    }
  };
  return {
    stats,
    load: (name) => load(name),
    reader(used) {
      // Files parsed ahead by `prefill`: counted as misses, and their first read uses the parse.
      const prefilled = new Set<string>();
      const readKeyed = (file: string, key: string, content: Uint8Array | (() => Uint8Array)): ReadResult => {
        used?.add(key);
        const hit = entries.get(key);
        if (hit) {
          if (!prefilled.delete(key)) stats.hits += 1;
          const value = readEntryValue(hit);
          note(value, key);
          return { findings: hit.findings, ...(hit.parsed ? { document: lazyDocument(file, content, value) } : {}) };
        }
        stats.misses += 1;
        touch(key);
        const r = readYamlDocument(file, typeof content === 'function' ? content() : content, { positions: false });
        entries.set(key, toParsedEntry(r));
        note(r.document?.value, key);
        return r;
      };
      const read: ReadYaml = (file, content) => readKeyed(file, keyOf(file, hashGitBlob(content)), content);
      read.readStored = (file, oid, content) => readKeyed(file, keyOf(file, oid), content);
      read.prefill = (items) => {
        const missing = new Map<string, PrefillItem>();
        for (const item of items) {
          const key = keyOf(item.file, 'oid' in item ? item.oid : hashGitBlob(item.content));
          if (!entries.has(key)) missing.set(key, item);
        }
        if (missing.size < minimumParallel) return;
        const parsed = parseInParallel(
          [...missing.values()].map((m) => ({ file: m.file, content: typeof m.content === 'function' ? m.content() : m.content })),
        );
        [...missing.keys()].forEach((key, i) => {
          entries.set(key, parsed[i] as IndexEntry);
          prefilled.add(key);
          touch(key);
        });
        stats.misses += missing.size;
      };
      return read;
    },
    save(name, keys) {
      // A work tree's index is stored as what it adds to the loaded commit index it shares most files with (the base of
      // a pull request shares all but the changed ones), so a check loads each entry once. Commit indexes stand alone.
      const base = name.startsWith('tree-') ? undefined : pickBase(loaded, keys);
      const had = loaded.get(name);
      const own = [...keys].filter((k) => !base?.keys.has(k));
      if (had && had.base === base?.name && !own.some((k) => (changed.get(k) ?? 0) > had.at || !had.keys.has(k))) return;
      const stored: StoredIndex = { version: INDEX_VERSION, ...(base ? { base: base.name } : {}), entries: new Map() };
      for (const k of own) {
        const e = entries.get(k);
        if (e) stored.entries.set(k, storeEntry(e));
      }
      try {
        mkdirSync(dirname(fileOf(name)), { recursive: true });
        const tmp = `${fileOf(name)}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize(stored));
        renameSync(tmp, fileOf(name));
        loaded.set(name, { keys: new Set(stored.entries.keys()), ...(base ? { base: base.name } : {}), at: changes });
      } catch {
        // A cache that cannot be written only costs the next run its parse time.
      }
    },
    prune(keep, recent) {
      for (const name of loaded.keys()) if (name.startsWith('tree-') && !keep.has(name)) loaded.delete(name);
      try {
        const others = readdirSync(dir)
          .filter((f) => f.startsWith('tree-') && f.endsWith('.v8') && !keep.has(f.slice(0, -3)))
          .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
          .sort((a, b) => b.at - a.at);
        for (const { f } of others.slice(recent)) rmSync(join(dir, f), { force: true });
      } catch {
        // Nothing stored yet, or a file another process removed first.
      }
    },
    retain(keys) {
      for (const key of entries.keys()) if (!keys.has(key)) entries.delete(key);
      for (const key of changed.keys()) if (!keys.has(key)) changed.delete(key);
    },
    memo(name) {
      const entryOf = (value: unknown): [string, IndexEntry] | undefined => {
        const key = value !== null && typeof value === 'object' ? keysOfValues.get(value) : undefined;
        const e = key === undefined ? undefined : entries.get(key);
        return key !== undefined && e ? [key, e] : undefined;
      };
      return {
        recall: (value) => {
          const e = entryOf(value)?.[1];
          return e?.memo?.name === name ? e.memo.data : undefined;
        },
        remember: (value, data) => {
          const found = entryOf(value);
          if (!found) return;
          found[1].memo = { name, data };
          touch(found[0]);
        },
      };
    },
  };
}

/** An entry's key: the file's git blob id (its content) and its path. */
function keyOf(file: string, oid: string): string {
  return `${oid} ${file}`;
}

/** The file each value read through an index came from, as `<reader version> <git blob id> <path>`. */
const origins = new WeakMap<object, string>();

function rememberOrigin(value: unknown, key: string): void {
  if (value !== null && typeof value === 'object') origins.set(value, `${INDEX_VERSION} ${key}`);
}

/**
 * Names a parsed value by the reader and the file it was read from (`<reader version> <git blob id> <path>`) when it
 * came through a parse index, else undefined. The same name means the same bytes read by the same reader, so the same
 * data: callers can key work on a value by its name instead of serializing it. Values are never modified after reading.
 */
export function identifyParsedValue(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' ? origins.get(value) : undefined;
}

/** An index as stored: its entries, and the commit index it adds them to (when it was stored as a delta). */
interface StoredIndex {
  version: string;
  base?: string;
  entries: Map<string, StoredEntry>;
}

/** The loaded commit index that holds the most of `keys`, when it holds at least half of them. */
function pickBase(
  loaded: ReadonlyMap<string, { keys: ReadonlySet<string> }>,
  keys: ReadonlySet<string>,
): { name: string; keys: ReadonlySet<string> } | undefined {
  let best: { name: string; keys: ReadonlySet<string>; shared: number } | undefined;
  for (const [name, { keys: held }] of loaded) {
    if (!name.startsWith('tree-')) continue;
    let shared = 0;
    for (const k of keys) if (held.has(k)) shared += 1;
    if (!best || shared > best.shared) best = { name, keys: held, shared };
  }
  return best && best.shared * 2 >= keys.size ? best : undefined;
}

/** A document from the index: its data at once, its positions parsed from the content the first time one is asked. */
function lazyDocument(file: string, content: Uint8Array | (() => Uint8Array), value: unknown): SourceDocument {
  let locate: SourceDocument['locate'] | undefined;
  return {
    file,
    value,
    locate(pointer: string, part?: 'key' | 'value'): Position {
      locate ??= readYamlDocument(file, typeof content === 'function' ? content() : content).document?.locate ?? (() => ({ line: 1, column: 1 }));
      return locate(pointer, part);
    },
  };
}
