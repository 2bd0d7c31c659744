import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogExport, LastSitePages, SitePageKeys } from '@meshplane/core';
import { describeProductPage, type ProductPage } from './product-page.js';

/** The key of a page: a hash of everything it renders from. */
export function keyProductPage(page: ProductPage): string {
  return createHash('sha256').update(JSON.stringify(page)).digest('base64url');
}

const chosen = new WeakMap<CatalogExport, ProductPage[]>();

/**
 * The product pages this build renders, each with its input. A page whose key equals the last build's, and whose files
 * that build wrote are still there (`products/<id>/index.html`, `api/products/<id>.json`), is left out: `mesh site build`
 * moves the last build's files in instead (the page, its README images and its JSON). Without a last build every page
 * renders. Worked out once per build; the keys go to MESHPLANE_PAGE_KEYS.
 */
export function listProductPagesToRender(data: CatalogExport): ProductPage[] {
  const hit = chosen.get(data);
  if (hit) return hit;
  const last = readLastPages(process.env.MESHPLANE_LAST_PAGES);
  const keys: Record<string, string> = {};
  const reused: string[] = [];
  const render: ProductPage[] = [];
  for (const product of data.products) {
    const page = describeProductPage(data, product);
    const key = keyProductPage(page);
    keys[product.id] = key;
    if (last?.keys[product.id] === key && wasWritten(last.dir, product.id)) reused.push(product.id);
    else render.push(page);
  }
  const out = process.env.MESHPLANE_PAGE_KEYS;
  if (out) writeFileSync(out, JSON.stringify({ keys, reused } satisfies SitePageKeys));
  chosen.set(data, render);
  return render;
}

function wasWritten(dir: string, id: string): boolean {
  return existsSync(join(dir, 'products', id, 'index.html')) && existsSync(join(dir, 'api', 'products', `${id}.json`));
}

function readLastPages(file: string | undefined): LastSitePages | undefined {
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as LastSitePages) : undefined;
}
