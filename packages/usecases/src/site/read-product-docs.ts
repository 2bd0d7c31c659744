import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CatalogExport, ProductDocsExport } from '@meshplane/core';
import { detectImageType, findReadmeImages, MAX_IMAGE_BYTES, placeReadmeImage } from './read-readme-images.js';

/** Larger files are not shown on the site (named as missing, with why). */
const MAX_DOC_BYTES = 256 * 1024;

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/**
 * Reads each product's README and example files (the manifest's `docs.readme` and `docs.examples`, relative to its
 * folder) into the export, for the site to render, and the images the README shows from the product's folder. Only
 * files inside the repository are read (a `../../etc/passwd` or a symlink out of it is named as missing), at most
 * 256 KiB each (1 MiB an image); what cannot be read is listed with why.
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
    if (r) {
      const images = readImages(top, folder, r);
      out.missing.push(...images.missing);
      if (images.found.length > 0) out.images = images.found;
    }
    p.docs = out;
  }
}

/** The README's relative images, read from the product's folder: each published kind, or named as missing with why. */
function readImages(
  top: string,
  folder: string,
  readme: { path: string; text: string },
): { found: NonNullable<ProductDocsExport['images']>; missing: ProductDocsExport['missing'] } {
  const found: NonNullable<ProductDocsExport['images']> = [];
  const missing: ProductDocsExport['missing'] = [];
  const readmeFolder = dirname(readme.path.replace(/\\/g, '/'));
  for (const src of findReadmeImages(readme.text)) {
    const placed = placeReadmeImage(readmeFolder, src);
    if ('why' in placed) {
      missing.push({ path: src, why: placed.why });
      continue;
    }
    const bytes = readBytesInside(top, resolve(folder, placed.path), MAX_IMAGE_BYTES);
    if (typeof bytes === 'string') {
      missing.push({ path: placed.path, why: bytes });
      continue;
    }
    const mediaType = detectImageType(bytes);
    if (!mediaType) missing.push({ path: placed.path, why: describeUnpublishedImage(placed.path) });
    else found.push({ path: placed.path, mediaType, base64: bytes.toString('base64') });
  }
  return { found, missing };
}

function describeUnpublishedImage(path: string): string {
  return /\.svgz?$/i.test(path)
    ? 'an SVG image, not published: opened on its own, an SVG can run script on the site (use PNG, JPEG, GIF or WebP)'
    : 'not a PNG, JPEG, GIF or WebP image (by its first bytes)';
}

function readBytesInside(top: string, file: string, max: number): Buffer | string {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return 'no such file';
  }
  const rel = relative(top, real);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') return 'outside the repository';
  const stat = statSync(real);
  if (!stat.isFile()) return 'not a file';
  if (stat.size > max) return `${Math.round(stat.size / 1024)} KiB, over the ${max / 1024} KiB shown`;
  return readFileSync(real);
}

function readInside(top: string, file: string): { text: string } | string {
  const bytes = readBytesInside(top, file, MAX_DOC_BYTES);
  return typeof bytes === 'string' ? bytes : { text: bytes.toString('utf8') };
}
