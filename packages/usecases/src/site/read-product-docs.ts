import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CatalogExport, ProductDocsExport } from '@meshplane/core';

/** Larger files are not shown on the site (named as missing, with why). */
const MAX_DOC_BYTES = 256 * 1024;

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/**
 * Reads each product's README and example files (the manifest's `docs.readme` and `docs.examples`, relative to its
 * folder) into the export, for the site to render. Only files inside the repository are read (a `../../etc/passwd`
 * or a symlink out of it is named as missing), at most 256 KiB each; what cannot be read is listed with why.
 */
export function addProductDocs(data: CatalogExport, root: string): void {
  const top = realpathSync(root);
  for (const p of data.products) {
    const docs = rec(rec(p.manifest.spec).docs);
    const readme = typeof docs.readme === 'string' ? docs.readme : undefined;
    const examples = Array.isArray(docs.examples) ? docs.examples.filter((e): e is string => typeof e === 'string') : [];
    if (!readme && examples.length === 0) continue;
    const out: ProductDocsExport = { examples: [], missing: [] };
    const folder = dirname(join(top, p.file));
    const read = (path: string): { path: string; text: string } | undefined => {
      const why = readInside(top, resolve(folder, path));
      if (typeof why === 'string') {
        out.missing.push({ path, why });
        return undefined;
      }
      return { path, text: why.text };
    };
    const r = readme ? read(readme) : undefined;
    if (r) out.readme = r;
    for (const e of examples) {
      const x = read(e);
      if (x) out.examples.push(x);
    }
    p.docs = out;
  }
}

function readInside(top: string, file: string): { text: string } | string {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return 'no such file';
  }
  const rel = relative(top, real);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') return 'outside the repository';
  const size = statSync(real).size;
  if (size > MAX_DOC_BYTES) return `${Math.round(size / 1024)} KiB, over the 256 KiB shown`;
  return { text: readFileSync(real, 'utf8') };
}
