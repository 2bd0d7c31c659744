import { existsSync, readFileSync } from 'node:fs';
import type { CatalogExport, ProductExport } from '@meshplane/core';

/**
 * `mesh site build` starts Astro while it still checks the catalog, so Vite bundles the site meanwhile; the export
 * file appears (renamed into place whole) when the check is done. Pages import this module only when they render,
 * after bundling: wait here, once, for the file. A build whose parent is gone stops instead of waiting forever.
 */
async function waitForExport(file: string | undefined): Promise<void> {
  const parent = process.ppid;
  while (file && !existsSync(file)) {
    if (process.ppid !== parent) throw new Error(`mesh site build ended before it wrote ${file}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
await waitForExport(process.env.MESHPLANE_EXPORT);

let cached: CatalogExport | undefined;

/** The catalog export named by MESHPLANE_EXPORT, read once per build. `mesh site build` writes it and sets the variable. */
export function readCatalogExport(): CatalogExport {
  if (cached) return cached;
  const file = process.env.MESHPLANE_EXPORT;
  if (!file) throw new Error('MESHPLANE_EXPORT is not set: build the site with `mesh site build`, which exports the catalog first.');
  cached = JSON.parse(readFileSync(file, 'utf8')) as CatalogExport;
  return cached;
}

/** Lookups over one export, built once: pages of a 10 000-product mesh must not scan every product for each name. */
export interface ExportIndex {
  products: Map<string, ProductExport>;
  /** The lineage edges each product is the producer of. */
  edgesFrom: Map<string, CatalogExport['edges']>;
  /** The positions in `edges` of the edges each product is the producer or the consumer of, in ascending order. */
  edgeNumbers: Map<string, number[]>;
  /** Each domain's products, in the export's order. */
  productsOfDomain: Map<string, ProductExport[]>;
  /** Each product's scorecard. */
  scorecardOf: Map<string, CatalogExport['scorecards'][number]>;
}

const indexes = new WeakMap<CatalogExport, ExportIndex>();

/** Appends `value` to the list `map` holds at `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lookups of an export (cached per export object). */
export function indexExport(data: CatalogExport): ExportIndex {
  const hit = indexes.get(data);
  if (hit) return hit;
  const index: ExportIndex = {
    products: new Map(data.products.map((p) => [p.id, p])),
    edgesFrom: new Map(),
    edgeNumbers: new Map(),
    productsOfDomain: new Map(),
    scorecardOf: new Map((data.scorecards ?? []).map((c) => [c.productId, c])),
  };
  data.edges.forEach((e, i) => {
    push(index.edgesFrom, e.producer, e);
    push(index.edgeNumbers, e.producer, i);
    if (e.consumer !== e.producer) push(index.edgeNumbers, e.consumer, i);
  });
  for (const p of data.products) push(index.productsOfDomain, p.domain, p);
  indexes.set(data, index);
  return index;
}

/** What teams read, for their pages: built once, not scanned again for each of hundreds of teams. */
export interface TeamReads {
  /** The agreements each team reads under, product by product in the export's order. */
  agreementsOfTeam: Map<string, ProductExport['agreements']>;
  /** The products each team is declared an inline consumer of (no agreement), in the export's order. */
  inlineConsumerOf: Map<string, ProductExport[]>;
}

const teamReads = new WeakMap<CatalogExport, TeamReads>();

/** The reads of every team (cached per export object). */
export function indexTeamReads(data: CatalogExport): TeamReads {
  const hit = teamReads.get(data);
  if (hit) return hit;
  const reads: TeamReads = { agreementsOfTeam: new Map(), inlineConsumerOf: new Map() };
  for (const p of data.products) {
    for (const a of p.agreements) push(reads.agreementsOfTeam, a.team, a);
    for (const team of new Set(p.consumers.filter((c) => !c.agreement).map((c) => c.team))) push(reads.inlineConsumerOf, team, p);
  }
  teamReads.set(data, reads);
  return reads;
}

/** A product of the export by id (lineage and rankings name products by id). */
export function findProduct(data: CatalogExport, id: string): ProductExport | undefined {
  return indexExport(data).products.get(id);
}
