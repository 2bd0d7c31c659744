import type { CatalogExport, ProductExport } from '@meshplane/core';

/** One product as Pagefind indexes it: what its page says about it, its title and owner, and its search filters. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; owner: string };
  filters: Record<string, string[]>;
}

const WORST_FIRST = ['breached', 'at-risk', 'no-data', 'ok'] as const;

/**
 * The search records of every product page, built from the export rather than parsed back out of the HTML: Pagefind
 * read the 10 000 product pages of a large mesh (about 200 MB with their lineage drawings) at a few MB/s, which made
 * indexing the slowest step of the build. Content is what a product page says to search for: name, the sentence under
 * the title, description, purpose, limitations, and each output port with its columns. Filters match the home
 * page's: domain, archetype, lifecycle, classification, tag and the worst SLO state.
 */
export function buildSearchRecords(data: CatalogExport): SearchRecord[] {
  return data.products.map((p) => ({
    url: `/products/${encodeURIComponent(p.id)}/`,
    content: describeForSearch(p),
    language: 'en',
    meta: { title: p.name, owner: p.owner },
    filters: {
      domain: [p.domain],
      archetype: [p.archetype],
      lifecycle: [p.lifecycle],
      classification: [p.classification],
      'SLO state': [summarizeWorstSlo(p)],
      ...(p.tags.length > 0 ? { tag: p.tags } : {}),
    },
  }));
}

function describeForSearch(p: ProductExport): string {
  const lede = `A ${p.archetype} data product of the ${p.domain} domain, owned by ${p.owner}${p.tags.length > 0 ? `; tags: ${p.tags.join(', ')}` : ''}.`;
  const ports = p.ports.map((port) => {
    const columns = port.columns.map((c) => `${c.name} (${c.type})${c.description ? `: ${c.description}` : ''}`).join('; ');
    return `Output port ${port.name}: ${port.kind}${port.description ? `, ${port.description}` : ''}. Columns: ${columns}.`;
  });
  return [p.name, lede, plainText(p.description), plainText(p.purpose), plainText(p.limitations), ...ports].filter(Boolean).join('\n');
}

/** Markdown as the words it shows: link targets and emphasis, heading and quote marks dropped. */
function plainText(markdown: string | undefined): string {
  return (markdown ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]+/g, '');
}

/** The worst state of a product's SLOs, worded as the product page's facts list words it. */
function summarizeWorstSlo(p: ProductExport): string {
  const states = p.ports.flatMap((port) => port.slos.map((s) => s.state));
  if (states.length === 0) return 'no SLOs';
  const worst = WORST_FIRST.find((s) => states.includes(s)) ?? 'no-data';
  return worst.replace('-', ' ');
}
