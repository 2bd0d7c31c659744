/// <reference types="vite/client" />
/**
 * Every internal link of the site is built here, so the link test and the pages agree on one shape. Each starts with
 * the path the site is served under: Astro's `base` (`mesh site build --base /<repo>/`, default `/`), which Vite writes
 * into the pages and the browser scripts as `import.meta.env.BASE_URL` at build time.
 */
const BASE_PATH: string = import.meta.env.BASE_URL;

/** A path of the site (`products/x/`, `/api/lineage.json`) as a link from anywhere: prefixed with the base path. */
export function sitePath(path: string): string {
  return `${BASE_PATH.replace(/\/?$/, '/')}${path.replace(/^\/+/, '')}`;
}

export const productPath = (id: string): string => sitePath(`products/${encodeURIComponent(id)}/`);
export const domainPath = (name: string): string => sitePath(`domains/${encodeURIComponent(name)}/`);
export const teamPath = (name: string): string => sitePath(`teams/${encodeURIComponent(name)}/`);
export const productJsonPath = (id: string): string => sitePath(`api/products/${encodeURIComponent(id)}.json`);
export const rulePath = (id: string): string => sitePath(`governance/#rule-${ruleAnchor(id)}`);

/** An HTML id for a rule (`global.ownership.owner-team` → `global-ownership-owner-team`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
