import type { CatalogExport, ProductExport } from '@meshplane/core';
import type { LineageNodeInput } from './lineage-drawing.js';
import { indexExport } from './load-export.js';
import { domainPath, productPath } from './site-paths.js';

/** Nodes and edges to lay out, and how many products were left out to keep the drawing readable (and fast to lay out). */
export interface LineageSelection {
  nodes: LineageNodeInput[];
  /** `kind` where runs were observed: `observed`, `not-seen` (declared, not read lately) or `undeclared` (read, not declared). */
  edges: { from: string; to: string; kind?: string }[];
  omitted: number;
}

/** At most this many boxes in one drawing; the lists beside each drawing name every product. */
export const MAX_DRAWN = 40;

const productNode = (p: ProductExport, focus = false): LineageNodeInput => ({
  id: p.id,
  label: p.name,
  domain: p.domain,
  href: productPath(p.id),
  ...(focus ? { focus: true } : {}),
});

/** The first {@link MAX_DRAWN} products of `ordered` (most important first) and every mesh edge between two of them. */
function selectProducts(data: CatalogExport, ordered: readonly string[], focus: (p: ProductExport) => boolean): LineageSelection {
  const unique = [...new Set(ordered)];
  const { products, edgesFrom } = indexExport(data);
  const drawn = unique.flatMap((id) => products.get(id) ?? []).slice(0, MAX_DRAWN);
  const ids = new Set(drawn.map((p) => p.id));
  const edges: LineageSelection['edges'] = drawn.flatMap((p) =>
    (edgesFrom.get(p.id) ?? [])
      .filter((e) => ids.has(e.consumer))
      .map((e) => ({ from: e.producer, to: e.consumer, ...(e.runtime ? { kind: e.runtime } : {}) })),
  );
  for (const u of data.undeclaredEdges ?? [])
    if (ids.has(u.producer) && ids.has(u.consumer) && !edges.some((e) => e.from === u.producer && e.to === u.consumer))
      edges.push({ from: u.producer, to: u.consumer, kind: 'undeclared' });
  return { nodes: drawn.map((p) => productNode(p, focus(p))), edges, omitted: unique.length - ids.size };
}

/**
 * A product's lineage neighbourhood: the product, the products its runs were seen reading (or being read by) without a
 * declaration, what its walks reached upstream and downstream (already depth-limited by the export), nearest first up to {@link MAX_DRAWN}, and every mesh edge between two of them.
 */
export function selectNeighbourhood(data: CatalogExport, product: ProductExport): LineageSelection {
  const near = [...product.upstream, ...product.downstream].sort((a, b) => a.depth - b.depth).map((s) => s.id);
  // Products it was seen reading (or being read by) without a declaration are drawn too: that edge is the news.
  const undeclared = (data.undeclaredEdges ?? []).flatMap((u) => (u.consumer === product.id ? [u.producer] : u.producer === product.id ? [u.consumer] : []));
  return selectProducts(data, [product.id, ...undeclared, ...near], (p) => p.id === product.id);
}

/**
 * A domain's products (highlighted) with the products of other domains they read or are read by, one step away; the
 * domain's own products first when there are more than {@link MAX_DRAWN}.
 */
export function selectDomainNeighbourhood(data: CatalogExport, domain: string): LineageSelection {
  const { productsOfDomain, edgeNumbers } = indexExport(data);
  const own = new Set((productsOfDomain.get(domain) ?? []).map((p) => p.id));
  const ids = [...own];
  // The edges touching the domain, in the export's order (the drawing keeps the first products named).
  const touching = [...new Set([...own].flatMap((id) => edgeNumbers.get(id) ?? []))].sort((a, b) => a - b);
  for (const i of touching) {
    const e = data.edges[i];
    if (!e) continue;
    if (own.has(e.consumer)) ids.push(e.producer);
    if (own.has(e.producer)) ids.push(e.consumer);
  }
  return selectProducts(data, ids, (p) => own.has(p.id));
}

/**
 * The mesh at domain level: one box per domain with products, one edge where any product of one domain reads a
 * product of another. This stays readable at hundreds of products, where a graph of every product does not. A large
 * mesh has too many domains and links for one readable drawing (10 000 products in 200 domains: 13 000 links, boxes
 * too small to read when fitted to a screen), so at most {@link MAX_DRAWN_DOMAINS} domains are drawn, the most linked
 * first (product edges in and out), and of the links between them only the strongest, at most
 * {@link MAX_DOMAIN_LINKS_PER_DOMAIN} per drawn domain. `omitted` counts the links left out, `domainsLeftOut` the
 * domains, and `links` holds every link for the lists.
 */
export function selectDomainLineage(data: CatalogExport): LineageSelection & { links: Map<string, number>; domainsLeftOut: number } {
  const domainOf = new Map(data.products.map((p) => [p.id, p.domain]));
  const links = new Map<string, number>();
  const weight = new Map<string, number>();
  for (const e of data.edges) {
    const from = domainOf.get(e.producer);
    const to = domainOf.get(e.consumer);
    if (!from || !to || from === to) continue;
    links.set(`${from} ${to}`, (links.get(`${from} ${to}`) ?? 0) + 1);
    for (const d of [from, to]) weight.set(d, (weight.get(d) ?? 0) + 1);
  }
  const withProducts = data.domains.filter((d) => d.products.length > 0);
  const drawn = [...withProducts]
    .sort((a, b) => (weight.get(b.name) ?? 0) - (weight.get(a.name) ?? 0) || a.name.localeCompare(b.name))
    .slice(0, MAX_DRAWN_DOMAINS);
  const drawnNames = new Set(drawn.map((d) => d.name));
  // Boxes in the mesh's own domain order, so a small mesh draws as it always did.
  const nodes = withProducts
    .filter((d) => drawnNames.has(d.name))
    .map((d) => ({ id: d.name, label: `${d.title} (${d.products.length})`, domain: d.name, href: domainPath(d.name) }));
  const between = [...links].filter(([k]) => k.split(' ').every((d) => drawnNames.has(d)));
  const strongest = between.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_DOMAIN_LINKS_PER_DOMAIN * nodes.length);
  const edges = strongest.map(([k]) => {
    const [from = '', to = ''] = k.split(' ');
    return { from, to };
  });
  return { nodes, edges, omitted: links.size - edges.length, links, domainsLeftOut: withProducts.length - nodes.length };
}

/** The domain drawing holds at most this many domains, the most linked first; the lists beside it name every one. */
export const MAX_DRAWN_DOMAINS = 24;

/** The domain drawing keeps at most this many links per domain, strongest (most product edges) first. */
export const MAX_DOMAIN_LINKS_PER_DOMAIN = 2;
