import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SchemaFile {
  /** File name, such as `data-product.schema.json`. */
  file: string;
  /** Export name, such as `dataProduct`. */
  key: string;
  json: Record<string, unknown>;
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Reads every `*.schema.json` of the repository's `schemas/` folder, sorted by file name. */
export function loadSchemas(root: string): SchemaFile[] {
  const dir = join(root, 'schemas');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((file) => ({
      file,
      key: camel(file.replace('.schema.json', '')),
      json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>,
    }));
}

/**
 * Copies the shared definitions of `common.schema.json` into a schema and points its references at them, so that a
 * tool that does not resolve `$id`s (json-schema-to-typescript) sees one self-contained document.
 */
export function bundleSchema(schema: Record<string, unknown>, common: Record<string, unknown>): Record<string, unknown> {
  const commonDefs = (common.$defs ?? {}) as Record<string, unknown>;
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        out[k] = k === '$ref' && typeof x === 'string' ? x.replace(/^common\.schema\.json#\/\$defs\//, '#/$defs/common_') : rewrite(x);
      }
      return out;
    }
    return v;
  };
  const own = rewrite(schema) as Record<string, unknown>;
  const defs: Record<string, unknown> = { ...((own.$defs as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(commonDefs)) defs[`common_${k}`] = { ...(v as object), tsType: tsTypeOf(v) };
  return { ...own, $defs: defs };
}

/** Shared scalar definitions become plain TS types instead of one named alias per definition. */
function tsTypeOf(def: unknown): string {
  const d = def as { type?: string; enum?: unknown[]; const?: unknown };
  if (d.enum) return d.enum.map((x) => JSON.stringify(x)).join(' | ');
  if (d.const !== undefined) return JSON.stringify(d.const);
  return d.type === 'integer' || d.type === 'number' ? 'number' : 'string';
}
