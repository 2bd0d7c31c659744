/**
 * The reader's safety limits. Manifests are human-sized files: the largest in the example mesh is under 10 KB.
 * These leave a hundredfold margin and keep a hostile file from exhausting memory or the stack.
 */
export const READER_LIMITS = {
  /** Files larger than this are refused before they are parsed (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Mappings and lists may nest at most this deep (the data-product schema needs 7). */
  maxDepth: 64,
} as const;
