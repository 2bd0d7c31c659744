/** One page of a list, and the `Link` header GitHub sends with it. */
export interface Page<T> {
  items: T[];
  link?: string;
}

/**
 * Slices `items` by the request's `per_page` (default 30, at most 100, as GitHub does) and `page` (from 1), and builds
 * the `Link` header (`first`, `prev`, `next`, `last`) from the request URL, like GitHub.
 * See https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api.
 */
export function paginateItems<T>(items: T[], url: URL): Page<T> {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const at = (n: number): string => {
    const u = new URL(url);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(perPage));
    return u.toString();
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${at(page - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  if (page < last) rels.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  return rels.length > 0 ? { items: slice, link: rels.join(', ') } : { items: slice };
}
