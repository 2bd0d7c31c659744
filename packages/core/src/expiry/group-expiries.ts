import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import type { ExpiryReport, ExpirySubject } from './expiry-types.js';

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Groups the time-based findings by product, with each product's name, domain and owner team (and the team's GitHub
 * handle) from the catalog, sorted by product id. A finding whose product the catalog does not know, or that names
 * no product, is `unowned`.
 */
export function groupExpiries(
  index: CatalogIndex,
  found: { current: readonly Finding[]; upcoming: readonly Finding[] },
  days: { today: string; upcomingBy: string },
): ExpiryReport {
  const handles = new Map(index.teams.map((t) => [t.name, rec(t.data.spec).github]));
  const products = new Map(index.products.filter((p) => p.domain && p.owner).map((p) => [p.id, p]));
  const subjects = new Map<string, ExpirySubject>();
  const unowned: Finding[] = [];
  const add = (f: Finding, list: 'current' | 'upcoming'): void => {
    const p = f.productId === undefined ? undefined : products.get(f.productId);
    if (!p?.domain || !p.owner) {
      unowned.push(f);
      return;
    }
    let s = subjects.get(p.id);
    if (!s) {
      const handle = handles.get(p.owner);
      s = {
        productId: p.id,
        ...(p.name ? { productName: p.name } : {}),
        domain: p.domain,
        owner: p.owner,
        ...(typeof handle === 'string' ? { ownerHandle: handle } : {}),
        file: p.file,
        current: [],
        upcoming: [],
      };
      subjects.set(p.id, s);
    }
    s[list].push(f);
  };
  for (const f of found.current) add(f, 'current');
  for (const f of found.upcoming) add(f, 'upcoming');
  return { ...days, products: [...subjects.values()].sort((a, b) => (a.productId < b.productId ? -1 : 1)), unowned };
}

/** How many of a day's time-based findings are errors (in products, and in what no product owns). */
export function countExpiredErrors(report: ExpiryReport): number {
  return [...report.products.flatMap((p) => p.current), ...report.unowned].filter((f) => f.severity === 'error').length;
}
