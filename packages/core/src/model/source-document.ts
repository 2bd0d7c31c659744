import type { Finding, Position } from './finding.js';

/**
 * A parsed YAML file, as a catalog source hands it to the core: its plain data and a way back from any JSON pointer
 * to the line and column it came from. The core never reads files; `packages/source` implements this.
 */
export interface SourceDocument {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** The file's data as plain JSON values. */
  value: unknown;
  /**
   * Where the value (or, with `part: 'key'`, the key) at `pointer` starts. A pointer that does not exist resolves to
   * its nearest existing ancestor, so a missing key is reported on the object that should hold it.
   */
  locate(pointer: string, part?: 'key' | 'value'): Position;
}

/** What a catalog source returns: the documents it could parse, findings for those it could not, every file path. */
export interface LoadedSource {
  documents: SourceDocument[];
  findings: Finding[];
  /** Every file path under the catalog and waiver folders, parsed or not (for checking `docs.readme` and friends). */
  files: string[];
  /** Where the check keeps what it works out from each file alone, across runs (a source that can tell files apart). */
  memo?: SourceMemo;
}

/**
 * Data kept per file by a source that knows its files by content (a parse index): what was remembered for a
 * document's file is recalled for any later document read from the same bytes. The core keeps a file's verdict here —
 * its kind, whether it matches its schema, its schema and consistency findings — so an unchanged file is not validated
 * again.
 */
export interface SourceMemo {
  recall(doc: SourceDocument): unknown;
  remember(doc: SourceDocument, data: unknown): void;
}

/** A file of a git tree: its path, mode and content. */
export interface GitFile {
  path: string;
  /** `120000` for a symbolic link, `100644`/`100755` for a file. */
  mode: string;
  content: Buffer;
  /** The blob's git id (content hash), when known. */
  oid?: string;
}
